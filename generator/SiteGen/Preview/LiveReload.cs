using System.Net;
using System.Text;

namespace SiteGen.Cli.Preview;

/// <summary>
/// The script the preview adds to every HTML response (never to the files on disk): it listens for
/// builds on <see cref="EventsPath"/>, reloads the page when a new site is served, and shows a build's
/// errors in an accessible dialog over the last good page. It is a separate file rather than inline
/// code, so it also works under the theme's strict Content-Security-Policy.
/// </summary>
public static class LiveReload
{
    public const string Prefix = "/__sitegen/";
    public const string EventsPath = Prefix + "events";
    public const string StatusPath = Prefix + "status";
    public const string ScriptPath = Prefix + "live.js";

    /// <summary>The tag added to pages; <c>data-site</c> is the version of the site the page came from.</summary>
    public static string Tag(string? siteVersion) =>
        $"<script src=\"{ScriptPath}\" data-site=\"{WebUtility.HtmlEncode(siteVersion ?? string.Empty)}\" defer></script>";

    /// <summary>
    /// Where the tag goes: the offset of the last <c>&lt;/body&gt;</c> (any case), or the end for a fragment
    /// without one. Searched in the UTF-8 bytes themselves (ASCII never occurs inside a multi-byte
    /// character), so a page is never decoded and encoded again to add one tag.
    /// </summary>
    public static int InsertionPoint(ReadOnlySpan<byte> html)
    {
        var end = html.Length;
        while (true)
        {
            var at = html[..end].LastIndexOf("</"u8);
            if (at < 0) return html.Length;
            if (html.Length - at >= 7 && Ascii.EqualsIgnoreCase(html.Slice(at, 7), "</body>"u8)) return at;
            end = at;
        }
    }

    /// <summary>
    /// Messages are placed with textContent, never as HTML, so a problem quoting content cannot run
    /// in the page. Escape or the Close button dismisses the dialog until the next build.
    /// </summary>
    public const string Script = """
        (function () {
          "use strict";
          var me = document.currentScript;
          var site = me ? me.getAttribute("data-site") : "";
          var overlay = null;
          var previousFocus = null;

          function el(tag, text, style) {
            var e = document.createElement(tag);
            if (text) e.textContent = text;
            if (style) e.setAttribute("style", style);
            return e;
          }

          function hide() {
            if (!overlay) return;
            overlay.remove();
            overlay = null;
            if (previousFocus && previousFocus.focus) previousFocus.focus();
          }

          function show(status) {
            hide();
            previousFocus = document.activeElement;
            overlay = el("div", null, "position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6);display:flex;align-items:flex-start;justify-content:center;padding:2rem 1rem;overflow:auto");
            var box = el("div", null, "background:#fff;color:#0b0c0c;max-width:60rem;width:100%;padding:1.5rem;border-top:.5rem solid #d4351c;font:1rem/1.5 system-ui,sans-serif;box-shadow:0 .25rem 1rem rgba(0,0,0,.4)");
            box.setAttribute("role", "alertdialog");
            box.setAttribute("aria-modal", "true");
            box.setAttribute("aria-labelledby", "sitegen-errors-title");
            box.setAttribute("aria-describedby", "sitegen-errors-summary");
            var title = el("h2", "The site has errors", "margin:0 0 .5rem;font-size:1.5rem");
            title.id = "sitegen-errors-title";
            var summary = el("p", "This page is the last good build. Fix the problems below and save: the page reloads by itself.", "margin:0 0 1rem");
            summary.id = "sitegen-errors-summary";
            box.appendChild(title);
            box.appendChild(summary);
            var errors = (status.diagnostics || []).filter(function (d) { return d.severity === "error"; });
            if (errors.length === 0 && status.message) box.appendChild(el("p", status.message));
            var list = el("ul", null, "margin:0 0 1rem;padding-left:1.25rem");
            errors.forEach(function (d) {
              var item = el("li", null, "margin-bottom:.75rem");
              item.appendChild(el("code", d.file + ":" + d.line + ":" + d.column, "font-weight:bold;word-break:break-all"));
              item.appendChild(document.createTextNode(" " + d.code + ": " + d.message + (d.suggestion ? " (" + d.suggestion + ")" : "")));
              list.appendChild(item);
            });
            if (errors.length) box.appendChild(list);
            var close = el("button", "Close", "font:inherit;padding:.375rem 1rem;border:2px solid #0b0c0c;background:#f3f2f1;cursor:pointer");
            close.type = "button";
            close.addEventListener("click", hide);
            box.appendChild(close);
            overlay.appendChild(box);
            overlay.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
            document.body.appendChild(overlay);
            close.focus();
          }

          var source = new EventSource("/__sitegen/events");
          source.addEventListener("build", function (e) {
            var status = JSON.parse(e.data);
            if (!status.ok) { show(status); return; }
            if (status.site !== site) { location.reload(); return; }
            hide();
          });
        })();
        """;
}
