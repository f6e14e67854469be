using System.Text.Json;
using SiteGen.Cli.Preview;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The preview's browser script under Node. There is no browser here, so the page is a small
/// stand-in for the few DOM calls the script makes; what is checked is the script's own logic:
/// the dialog's role, label, focus and wording, dismissal, and when it reloads.
/// </summary>
public sealed class LiveReloadScriptTests
{
    private const string Page = """
        function El(tag) { this.tagName = tag; this.children = []; this.attrs = {}; this.textContent = ""; this.listeners = {}; this.parent = null; }
        El.prototype.setAttribute = function (k, v) { this.attrs[k] = String(v); };
        El.prototype.getAttribute = function (k) { return k in this.attrs ? this.attrs[k] : null; };
        El.prototype.appendChild = function (c) { c.parent = this; this.children.push(c); return c; };
        El.prototype.remove = function () { if (this.parent) { this.parent.children.splice(this.parent.children.indexOf(this), 1); this.parent = null; } };
        El.prototype.addEventListener = function (t, f) { (this.listeners[t] = this.listeners[t] || []).push(f); };
        El.prototype.focus = function () { document.activeElement = this; };
        Object.defineProperty(El.prototype, "id", { get() { return this.attrs.id; }, set(v) { this.attrs.id = v; } });
        function text(e) { return e.textContent + e.children.map(text).join(""); }
        function find(e, role) { if (e.attrs.role === role) return e; for (const c of e.children) { const f = find(c, role); if (f) return f; } return null; }
        const tag = new El("script"); tag.setAttribute("data-site", "v1");
        globalThis.document = { currentScript: tag, body: new El("body"), activeElement: null,
          createElement: t => new El(t), createTextNode: s => { const e = new El("#text"); e.textContent = s; return e; } };
        let reloads = 0, source = null;
        globalThis.location = { reload() { reloads++; } };
        globalThis.EventSource = function (url) { this.url = url; this.listeners = {}; source = this; };
        globalThis.EventSource.prototype.addEventListener = function (t, f) { this.listeners[t] = f; };
        const send = status => source.listeners.build({ data: JSON.stringify(status) });
        """;

    private const string Scenario = """
        const broken = { build: 2, site: "v1", ok: false, message: "1 error", diagnostics: [
          { severity: "warning", code: "SG0601", file: "content/b.yml", line: 1, column: 1, message: "a warning", suggestion: null },
          { severity: "error", code: "SG0202", file: "content/plans/x/objectives/1-safe.yml", line: 4, column: 15, message: "there is no indicator 'NI 95' in this plan", suggestion: "did you mean `NI 59`" } ] };
        const out = { url: source.url };
        send(broken);
        const dialog = find(document.body, "alertdialog");
        out.dialog = dialog && { modal: dialog.attrs["aria-modal"], labelledBy: dialog.attrs["aria-labelledby"], text: text(dialog), focused: document.activeElement.tagName };
        out.labelExists = !!dialog && dialog.children.some(c => c.id === dialog.attrs["aria-labelledby"]);
        const overlay = document.body.children[0];
        overlay.listeners.keydown[0]({ key: "Escape" });
        out.afterEscape = document.body.children.length;
        send(broken);
        send({ build: 3, site: "v1", ok: true, message: null, diagnostics: [] });
        out.afterSameSite = { shown: document.body.children.length, reloads };
        send({ build: 4, site: "v2", ok: true, message: null, diagnostics: [] });
        out.afterNewSite = { reloads };
        console.log(JSON.stringify(out));
        """;

    [Fact]
    public void Errors_show_in_an_accessible_dialog_that_can_be_dismissed_and_a_new_site_reloads_the_page()
    {
        var result = JsonDocument.Parse(Node.Run(Page + LiveReload.Script + Scenario)).RootElement;

        Assert.Equal(LiveReload.EventsPath, result.GetProperty("url").GetString());
        var dialog = result.GetProperty("dialog");
        Assert.Equal("true", dialog.GetProperty("modal").GetString());
        Assert.True(result.GetProperty("labelExists").GetBoolean());
        Assert.Equal("button", dialog.GetProperty("focused").GetString());
        var text = dialog.GetProperty("text").GetString()!;
        Assert.Contains("content/plans/x/objectives/1-safe.yml:4:15", text, StringComparison.Ordinal);
        Assert.Contains("SG0202: there is no indicator 'NI 95' in this plan (did you mean `NI 59`)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("a warning", text, StringComparison.Ordinal);

        Assert.Equal(0, result.GetProperty("afterEscape").GetInt32());
        Assert.Equal(0, result.GetProperty("afterSameSite").GetProperty("shown").GetInt32());
        Assert.Equal(0, result.GetProperty("afterSameSite").GetProperty("reloads").GetInt32());
        Assert.Equal(1, result.GetProperty("afterNewSite").GetProperty("reloads").GetInt32());
    }
}
