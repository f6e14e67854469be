/* SiteGen default theme: enhancements only. Every page is complete and usable without this file. */
(function () {
  "use strict";

  /* Opened from disk, a folder link shows a directory listing; point internal folder links at index.html. */
  if (location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:/i.test(href) || href.charAt(0) === "#") return;
      var parts = href.split("#");
      if (parts[0] === "" || parts[0].slice(-1) === "/") {
        parts[0] = (parts[0] === "" ? "./" : parts[0]) + "index.html";
        a.setAttribute("href", parts.join("#"));
      }
    });
    document.querySelectorAll("form[action]").forEach(function (f) {
      var action = f.getAttribute("action");
      if (action.slice(-1) === "/") f.setAttribute("action", action + "index.html");
    });
  }

  /* Table and chart wrappers scroll sideways on narrow screens, so the markup makes them focusable regions
     that keyboard users can scroll. Where nothing overflows, the extra tab stop is taken away (and given
     back when the window narrows). */
  var scrollers = document.querySelectorAll(".table-wrap[role=region], .chart-scroll[role=region]");
  function updateScrollers() {
    Array.prototype.forEach.call(scrollers, function (el) {
      if (el.scrollWidth > el.clientWidth + 1) el.setAttribute("tabindex", "0");
      else if (el !== document.activeElement) el.removeAttribute("tabindex");
    });
  }
  updateScrollers();
  window.addEventListener("resize", updateScrollers);

  var collator = new Intl.Collator(document.documentElement.lang || "en", { numeric: true, sensitivity: "base" });

  /* What a cell sorts by: the number the generator put in data-sort (a figure shown with its period, or
     beside a sparkline), else the number its text is, else its text. */
  function sortKey(row, index) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    var given = cell ? cell.getAttribute("data-sort") : null;
    var number = given !== null && given !== "" ? parseFloat(given) : numberOf(text);
    return { text: text, number: number !== null && isFinite(number) ? number : null };
  }

  /* A number as printed (55.2%, £1,200, -328), or null when the cell is words. */
  function numberOf(text) {
    var m = /^[-+−]?£?[\d,]*\.?\d+%?$/.test(text) ? text.replace(/[£,%+]/g, "").replace("−", "-") : null;
    return m === null ? null : parseFloat(m);
  }

  /* Sortable tables: each column heading becomes a button; aria-sort says the order to screen readers. */
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headings, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headings, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a, index), y = sortKey(b, index);
          /* Numbers by value, before words, which sort as words do. */
          var order = x.number !== null && y.number !== null ? x.number - y.number
            : x.number !== null ? -1 : y.number !== null ? 1 : collator.compare(x.text, y.text);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  /* Filterable tables: a labelled box above the table hides rows without the words typed; a live region says how many remain. */
  document.querySelectorAll("table[data-filterable]").forEach(function (table, n) {
    var wrap = table.closest(".table-wrap") || table;
    var box = document.createElement("div");
    box.className = "table-filter";
    var id = "table-filter-" + n;
    var caption = table.caption ? table.caption.textContent : "the table";
    box.innerHTML = '<label for="' + id + '"></label><input type="search" id="' + id + '" autocomplete="off"><p class="meta" aria-live="polite"></p>';
    box.querySelector("label").textContent = "Filter " + caption.toLowerCase();
    wrap.parentNode.insertBefore(box, wrap);
    var input = box.querySelector("input");
    var status = box.querySelector("p");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) shown++;
      });
      status.textContent = words.length ? shown + " of " + rows.length + " rows shown" : "";
    });
  });
})();
