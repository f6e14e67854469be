/* SiteGen search client. The tokeniser, stemmer and ranking mirror the generator's C# code
   (generator/SiteGen.Core/Search) rule for rule; tests run both on the same index and words.
   It runs in the browser on the search page, and under Node for those tests. */
(function (root) {
  "use strict";

  /* Stop words per language, as the generator's SearchLanguage: Welsh drops English's too (Welsh pages quote English text not yet translated). */
  var EN_STOP = ("a an and are as at be been but by for from has have in into is it its of on or s so t than that the their " +
   "them there these they this those to was we were which will with our us").split(" ");
  var CY_STOP = "ac ag am ar gan i o y yr r yn ei eu ein eich ond neu mae sy sydd hyn hwn hon wrth hefyd".split(" ");
  function set(list) { var o = {}; list.forEach(function (w) { o[w] = true; }); return o; }
  var PREFIX_FACTOR = 0.8, TYPO_FACTOR = 0.6, TYPO_MIN = 5, TITLE = "^";
  /* As the generator's SearchIndexFormat.ExcerptLength and Snippet.Size. */
  var EXCERPT = 1000, SNIPPET = 30;

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text, lang) {
    var stop = (lang || ENGLISH).stop;
    return (normalise(text).match(/[a-z0-9]+/g) || []).filter(function (w) { return !stop[w]; });
  }

  /* Welsh initial consonant mutations, as the generator's WelshMutations: radical → soft, nasal and aspirate forms. */
  var MUTATIONS = [["ll", ["l"]], ["rh", ["r"]], ["c", ["g", "ngh", "ch"]], ["p", ["b", "mh", "ph"]], ["t", ["d", "nh", "th"]],
    ["g", ["", "ng"]], ["b", ["f", "m"]], ["d", ["dd", "n"]], ["m", ["f"]]];
  var VOWELS = "aeiouwy";
  function addNew(list, w) { if (list.indexOf(w) < 0) list.push(w); }
  /* Whether a word starts with a letter or digraph as Welsh spells it: "c" does not begin "ch", "n" not "ng" or "nh"… */
  function startsAs(word, start) {
    if (word.indexOf(start) !== 0 || word.length === start.length) return false;
    var next = word.charAt(start.length);
    switch (start) {
      case "c": case "p": case "t": case "r": case "m": return next !== "h";
      case "d": return next !== "d";
      case "l": return next !== "l";
      case "f": return next !== "f";
      case "n": return next !== "g" && next !== "h";
      case "ng": return next !== "h";
      default: return true;
    }
  }
  function radicals(word) {
    var out = [word];
    MUTATIONS.forEach(function (m) {
      m[1].forEach(function (form) {
        if (form === "") { if (VOWELS.indexOf(word.charAt(0)) >= 0) addNew(out, m[0] + word); }
        else if (startsAs(word, form)) addNew(out, m[0] + word.slice(form.length));
      });
    });
    return out;
  }
  function mutationsOf(radical) {
    var out = [];
    MUTATIONS.forEach(function (m) {
      if (!startsAs(radical, m[0])) return;
      m[1].forEach(function (form) { var w = form + radical.slice(m[0].length); if (w.length > 0) addNew(out, w); });
    });
    return out;
  }
  /* The word, then each other form sharing a possible radical with it: radicals first, each followed by its mutations. */
  function welshForms(word) {
    var out = [word];
    if (word.length < 2 || !/^[a-z]/.test(word)) return out;
    radicals(word).forEach(function (r) { addNew(out, r); mutationsOf(r).forEach(function (m) { addNew(out, m); }); });
    return out;
  }

  function referenceKey(text) { return normalise(text).replace(/[^a-z0-9]/g, ""); }

  /* The longest shard key of the manifest that begins the term (two characters, up to four where a big shard was split). */
  function shardFor(term, keys) {
    for (var n = Math.min(term.length, 4); n >= 1; n--) { if (keys.indexOf(term.slice(0, n)) >= 0) return term.slice(0, n); }
    return null;
  }

  /* Porter (1980): in each step only the longest matching suffix is considered. */
  var STEP2 = [["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"], ["abli", "able"],
    ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"], ["ization", "ize"], ["ation", "ate"], ["ator", "ate"],
    ["alism", "al"], ["iveness", "ive"], ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"]];
  var STEP3 = [["icate", "ic"], ["ative", ""], ["alize", "al"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""], ["ness", ""]];
  var STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

  function cons(w, i) {
    var c = w.charAt(i);
    if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
    if (c === "y") return i === 0 || !cons(w, i - 1);
    return true;
  }
  function measure(w) {
    var m = 0, i = 0;
    while (i < w.length && cons(w, i)) i++;
    while (i < w.length) {
      while (i < w.length && !cons(w, i)) i++;
      if (i >= w.length) break;
      while (i < w.length && cons(w, i)) i++;
      m++;
    }
    return m;
  }
  function hasVowel(w) { for (var i = 0; i < w.length; i++) { if (!cons(w, i)) return true; } return false; }
  function doubleCons(w) { return w.length >= 2 && w.charAt(w.length - 1) === w.charAt(w.length - 2) && cons(w, w.length - 1); }
  function cvc(w) {
    var l = w.length, last = w.charAt(l - 1);
    return l >= 3 && cons(w, l - 3) && !cons(w, l - 2) && cons(w, l - 1) && last !== "w" && last !== "x" && last !== "y";
  }
  function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
  function replaceLongest(w, rules) {
    var best = null;
    rules.forEach(function (r) { if (ends(w, r[0]) && (!best || r[0].length > best[0].length)) best = r; });
    if (!best) return w;
    var stem = w.slice(0, w.length - best[0].length);
    return measure(stem) > 0 ? stem + best[1] : w;
  }

  function stem(word) {
    if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
    var w = word, extra = false, s, m;
    if (ends(w, "sses")) w = w.slice(0, -2);
    else if (ends(w, "ies")) w = w.slice(0, -2);
    else if (ends(w, "ss")) { /* unchanged */ }
    else if (ends(w, "s")) w = w.slice(0, -1);

    if (ends(w, "eed")) { if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1); }
    else if (ends(w, "ed") && hasVowel(w.slice(0, -2))) { w = w.slice(0, -2); extra = true; }
    else if (ends(w, "ing") && hasVowel(w.slice(0, -3))) { w = w.slice(0, -3); extra = true; }
    if (extra) {
      if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) w += "e";
      else if (doubleCons(w) && !(ends(w, "l") || ends(w, "s") || ends(w, "z"))) w = w.slice(0, -1);
      else if (measure(w) === 1 && cvc(w)) w += "e";
    }
    if (ends(w, "y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";

    w = replaceLongest(w, STEP2);
    w = replaceLongest(w, STEP3);

    var suffix = null;
    STEP4.forEach(function (x) { if (ends(w, x) && (!suffix || x.length > suffix.length)) suffix = x; });
    if (suffix) {
      s = w.slice(0, w.length - suffix.length);
      if (measure(s) > 1 && (suffix !== "ion" || ends(s, "s") || ends(s, "t"))) w = s;
    }
    if (ends(w, "e")) {
      s = w.slice(0, -1);
      m = measure(s);
      if (m > 1 || (m === 1 && !cvc(s))) w = s;
    }
    if (measure(w) > 1 && doubleCons(w) && ends(w, "l")) w = w.slice(0, -1);
    return w;
  }

  /* How a language's words become terms, as the generator's SearchLanguage: English stems (Porter); Welsh
     looks a word up as each of its mutated and radical forms, unstemmed. Any other language: English's rules. */
  var ENGLISH = { code: "en", stop: set(EN_STOP), term: stem, forms: function (w) { return [w]; } };
  var WELSH = { code: "cy", stop: set(EN_STOP.concat(CY_STOP)), term: function (w) { return w; }, forms: welshForms };
  function language(code) { return /^cy(-|$)/i.test(code || "") ? WELSH : ENGLISH; }

  function withinOneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return i + 1 < a.length && a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function referenceKeys(ws) {
    var keys = [ws.join("")], i, out = [];
    for (i = 0; i + 1 < ws.length; i++) keys.push(ws[i] + ws[i + 1]);
    keys = keys.concat(ws);
    keys.forEach(function (k) { if (k.length >= 3 && out.indexOf(k) < 0) out.push(k); });
    return out;
  }

  function addMax(scores, term, factor, used, name) {
    if (used) used.add(name);
    var flat = term[1], doc = 0, k, s;
    for (k = 0; k + 1 < flat.length; k += 2) {
      doc += flat[k];
      s = flat[k + 1] * factor;
      if (s > (scores.get(doc) || 0)) scores.set(doc, s);
    }
  }
  function addSum(scores, term) {
    var flat = term[1], doc = 0, k;
    for (k = 0; k + 1 < flat.length; k += 2) { doc += flat[k]; scores.set(doc, (scores.get(doc) || 0) + flat[k + 1]); }
  }

  /* The words a result quotes from its prose: the window of SNIPPET words with the most words searched for
     (a word counts when one of its stems matched), preferring one that starts a sentence, then the earliest. */
  function snippet(excerpt, stems, lang) {
    lang = lang || ENGLISH;
    var ws = excerpt.split(" ").filter(Boolean);
    /* The excerpt was cut at its length, perhaps inside a word: that word is not quoted. */
    var cut = excerpt.length >= EXCERPT && ws.length > 1;
    var count = cut ? ws.length - 1 : ws.length;
    var matched = ws.slice(0, count).map(function (w) { return words(w, lang).some(function (t) { return stems.indexOf(lang.term(t)) >= 0; }); });
    function startsSentence(i) { return i === 0 || /[.!?:;]$/.test(ws[i - 1]); }
    var best = -1, bestStart = 0, start, i, hits;
    for (start = 0; start <= Math.max(0, count - SNIPPET); start++) {
      for (hits = 0, i = start; i < Math.min(count, start + SNIPPET); i++) { if (matched[i]) hits++; }
      if (hits > best || (hits === best && startsSentence(start) && !startsSentence(bestStart))) { best = hits; bestStart = start; }
    }
    var end = Math.min(count, bestStart + SNIPPET);
    return { words: ws, start: bestStart, end: end, marked: matched.slice(bestStart, end), more: cut || end < ws.length };
  }

  /* A search over the index whose files load(path) returns as parsed JSON (a promise), in the language
     whose code is given ("en" when none): the index was built by that language's rules. */
  function Engine(load, code) {
    var cache = {}, lang = language(code);
    function file(path) { if (!(path in cache)) cache[path] = load(path); return cache[path]; }

    /* The limit results after the first offset ones, and how many there are in all. */
    this.search = function (query, filters, limit, offset) {
      filters = filters || {};
      limit = limit || 10;
      offset = offset || 0;
      var ws = words(query, lang);
      if (!ws.length) return Promise.resolve({ total: 0, hits: [], stems: [] });
      var forms = ws.map(lang.forms);
      return file("manifest.json").then(function (manifest) {
        var keys = {};
        ws.concat(referenceKeys(ws), [].concat.apply([], forms)).forEach(function (t) { var k = shardFor(t, manifest.shards); if (k !== null) keys[k] = true; });
        var names = Object.keys(keys).sort();
        return Promise.all(names.map(function (k) { return file("shards/" + k + ".json"); })).then(function (loaded) {
          var shards = {};
          names.forEach(function (k, i) { shards[k] = loaded[i]; });
          function shard(t) { var k = shardFor(t, manifest.shards); return k === null ? undefined : shards[k]; }
          var refs = new Set();
          referenceKeys(ws).forEach(function (key) {
            var s = shard(key);
            if (s && Object.prototype.hasOwnProperty.call(s.r, key)) s.r[key].forEach(function (d) { refs.add(d); });
          });
          var used = new Set();
          var has = Object.prototype.hasOwnProperty;
          var perWord = ws.map(function (word, i) {
            var scores = new Map(), exact = false;
            /* Each form of the word (in English the word alone) by its term, and as the start of longer words if last. */
            forms[i].forEach(function (form) {
              var s = shard(form), t = lang.term(form);
              if (s && has.call(s.t, t)) { exact = true; addMax(scores, s.t[t], 1, used, t); }
            });
            if (i === ws.length - 1) {
              forms[i].forEach(function (form) {
                var s = shard(form);
                if (form.length < 2 || !s) return;
                Object.keys(s.w).forEach(function (w) { if (w.length > form.length && w.indexOf(form) === 0 && has.call(s.t, s.w[w])) addMax(scores, s.t[s.w[w]], PREFIX_FACTOR, used, s.w[w]); });
              });
            }
            /* Typos and the title's words are the word as typed. */
            var s = shard(word);
            if (!s) return scores;
            if (!exact && word.length >= TYPO_MIN) {
              Object.keys(s.w).forEach(function (w) { if (withinOneEdit(word, w) && has.call(s.t, s.w[w])) addMax(scores, s.t[s.w[w]], TYPO_FACTOR, used, s.w[w]); });
            }
            if (has.call(s.t, TITLE + word)) addSum(scores, s.t[TITLE + word]);
            return scores;
          });
          return allowed(manifest, filters).then(function (ok) {
            var seen = new Set(), ranked = [];
            perWord.forEach(function (m) { m.forEach(function (v, d) { seen.add(d); }); });
            refs.forEach(function (d) { seen.add(d); });
            seen.forEach(function (d) {
              if (!ok(d)) return;
              var matched = 0, score = 0;
              perWord.forEach(function (m) { if (m.has(d)) { matched++; score += m.get(d); } });
              ranked.push({ doc: d, ref: refs.has(d), matched: matched, score: score });
            });
            ranked.sort(function (a, b) {
              return (b.ref - a.ref) || (b.matched - a.matched) || (b.score - a.score) || (a.doc - b.doc);
            });
            var top = ranked.slice(offset, offset + limit);
            return Promise.all(top.map(function (h) { return file("docs/" + Math.floor(h.doc / manifest.chunk) + ".json"); })).then(function (chunks) {
              top.forEach(function (h, i) { h.meta = chunks[i][h.doc % manifest.chunk]; });
              return { total: ranked.length, hits: top, words: ws, stems: Array.from(used) };
            });
          });
        });
      });
    };

    function allowed(manifest, f) {
      var tests = [];
      function byRange(list, name) {
        if (!name) return;
        var r = manifest[list].filter(function (x) { return x.name === name; })[0];
        tests.push(r ? function (d) { return d >= r.from && d <= r.to; } : function () { return false; });
      }
      byRange("councils", f.council);
      byRange("plans", f.plan);
      if (!f.type && !f.status && !f.outcome) return Promise.resolve(function (d) { return tests.every(function (t) { return t(d); }); });
      return file("facets.json").then(function (facets) {
        if (f.type) { var ti = manifest.types.indexOf(f.type); tests.push(function (d) { return facets.type[d] === ti; }); }
        if (f.status) { var si = manifest.statuses.indexOf(f.status); tests.push(function (d) { return facets.status[d] === si; }); }
        if (f.outcome) {
          var oi = manifest.outcomes.indexOf(f.outcome), bit = Math.pow(2, Math.min(62, oi));
          tests.push(function (d) { return oi >= 0 && Math.floor(facets.outcome[d] / bit) % 2 === 1; });
        }
        return function (d) { return tests.every(function (t) { return t(d); }); };
      });
    }
  }

  /* The plural category of a count, as the generator's PluralRules (CLDR, whole numbers): Welsh has six, English two. */
  function pluralCategory(code, n) {
    if (language(code) === WELSH) return n === 0 ? "zero" : n === 1 ? "one" : n === 2 ? "two" : n === 3 ? "few" : n === 6 ? "many" : "other";
    return n === 1 ? "one" : "other";
  }

  /* A message with {0}, {1}… filled in. */
  function format(text, args) { return text.replace(/\{(\d+)\}/g, function (m, i) { return i < args.length ? String(args[i]) : m; }); }

  var api = { words: words, stem: stem, referenceKey: referenceKey, withinOneEdit: withinOneEdit, snippet: snippet, Engine: Engine,
    language: language, welshForms: welshForms, pluralCategory: pluralCategory };
  if (typeof module === "object" && module.exports) { module.exports = api; return; }
  root.SiteGenSearch = api;

  /* ---- The search page: reads and writes ?q= and the filters, shows results as you type. ---- */
  var results = document.getElementById("search-results");
  if (!results) return;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-page-query");
  var status = document.getElementById("search-status");
  var fallback = document.querySelector(".search-fallback");
  var base = results.getAttribute("data-index") || "";
  /* The page's language and its words, written by the theme's template from its words file (data-*): the script has none of its own. */
  var code = results.getAttribute("data-language") || "en";
  function word(name) { return results.getAttribute("data-" + name) || ""; }
  var countForms = JSON.parse(word("results") || "{}");
  var engine = new Engine(function (path) {
    return fetch(base + path).then(function (r) { if (!r.ok) throw new Error(path); return r.json(); });
  }, code);
  var filterNames = ["council", "plan", "type", "outcome", "status"];

  function el(name, text, cls) { var e = document.createElement(name); if (text) e.textContent = text; if (cls) e.className = cls; return e; }

  /* A result's snippet from its prose, the words searched for marked; built as text nodes, never as HTML. */
  function snippetOf(text, stems) {
    var sn = snippet(text, stems, language(code)), p = el("p", null, "excerpt"), i;
    if (sn.start > 0) p.appendChild(document.createTextNode("… "));
    for (i = sn.start; i < sn.end; i++) {
      if (i > sn.start) p.appendChild(document.createTextNode(" "));
      p.appendChild(sn.marked[i - sn.start] ? el("mark", sn.words[i]) : document.createTextNode(sn.words[i]));
    }
    if (sn.more) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  /* A kind of page (data-type-plan…) or a status (data-status-on-track…) in the page's words; the name itself if the page has none. */
  function typeName(t) { return word("type-" + t) || t; }
  function statusName(s) { return word("status-" + s) || s; }

  /* Results come PAGE at a time; "Show more" (worded by the page, data-more) adds the next batch and moves focus to its first result. */
  var PAGE = 20, moreWords = word("more");

  function item(h, stems) {
    var m = h.meta, li = el("li"), a = el("a", (m.r ? m.r + ": " : "") + m.ti);
    a.href = m.u;
    var heading = el("h2");
    heading.appendChild(a);
    li.appendChild(heading);
    li.appendChild(el("p", [typeName(m.t), m.p, m.c].filter(Boolean).join(" · "), "meta"));
    if (m.e) li.appendChild(snippetOf(m.e, stems));
    return li;
  }

  function render(query, res, filters) {
    results.textContent = "";
    if (!words(query, language(code)).length) { status.textContent = ""; return; }
    var counted = countForms[pluralCategory(code, res.total)] || countForms.other || "";
    status.textContent = res.total === 0 ? format(word("no-results"), [query]) : format(counted, [res.total, query]);
    if (res.total === 0) {
      var help = el("div", null, "no-results");
      help.appendChild(el("p", word("no-results-help")));
      if (fallback) help.appendChild(fallback.cloneNode(true)).hidden = false;
      results.appendChild(help);
      return;
    }
    var list = el("ol", null, "results");
    res.hits.forEach(function (h) { list.appendChild(item(h, res.stems)); });
    results.appendChild(list);
    var shown = res.hits.length;
    if (shown >= res.total) return;
    var more = el("button", null, "more-results");
    more.type = "button";
    function label() { more.textContent = format(moreWords, [shown, res.total]); }
    label();
    more.addEventListener("click", function () {
      var ticket = latest;
      more.disabled = true;
      engine.search(query, filters, PAGE, shown).then(function (next) {
        if (ticket !== latest) return;
        var first = null;
        next.hits.forEach(function (h) { var li = item(h, next.stems); list.appendChild(li); if (!first) first = li.querySelector("a"); });
        shown += next.hits.length;
        more.disabled = false;
        if (shown >= res.total || next.hits.length === 0) more.remove(); else label();
        if (first) first.focus();
      });
    });
    results.appendChild(more);
  }

  function current() {
    var f = {};
    filterNames.forEach(function (n) { var s = document.getElementById("filter-" + n); if (s && s.value) f[n] = s.value; });
    return f;
  }

  var latest = 0;
  function run(push) {
    var query = input.value, filters = current(), ticket = ++latest;
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    Object.keys(filters).forEach(function (k) { params.set(k, filters[k]); });
    if (push && location.protocol !== "file:") history.replaceState(null, "", "?" + params.toString());
    engine.search(query, filters, PAGE).then(function (res) { if (ticket === latest) render(query, res, filters); })
      .catch(function () { status.textContent = word("load-failed"); if (fallback) fallback.hidden = false; });
  }

  fetch(base + "manifest.json").then(function (r) { return r.json(); }).then(function (manifest) {
    var lists = { council: manifest.councils.map(function (c) { return c.name; }), plan: manifest.plans.map(function (p) { return p.name; }),
      type: manifest.types, outcome: manifest.outcomes, status: manifest.statuses };
    var params = new URLSearchParams(location.search);
    filterNames.forEach(function (n) {
      var select = document.getElementById("filter-" + n);
      if (!select) return;
      lists[n].forEach(function (v) { var o = el("option", n === "type" ? typeName(v) : n === "status" ? statusName(v) : v); o.value = v; select.appendChild(o); });
      if (params.get(n)) select.value = params.get(n);
      select.addEventListener("change", function () { run(true); });
    });
    document.getElementById("search-filters").hidden = false;
    if (fallback) fallback.hidden = true;
    input.value = params.get("q") || "";
    if (input.value) run(false);
  }).catch(function () { status.textContent = word("no-files"); });

  var timer;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { run(true); }, 150); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(true); });
})(this);
