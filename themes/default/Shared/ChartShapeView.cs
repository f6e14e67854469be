using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using SiteGen.ViewModels;

namespace SiteGen.Themes.Default.Shared;

/// <summary>
/// Draws one chart shape as SVG. Written against the render tree rather than in Razor markup because
/// Razor reserves the <c>&lt;text&gt;</c> tag, which SVG needs; values are still encoded by the renderer.
/// </summary>
public sealed class ChartShapeView : ComponentBase
{
    [Parameter, EditorRequired]
    public ChartShape Shape { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder) => Draw(builder, Shape);

    private static void Draw(RenderTreeBuilder b, ChartShape shape)
    {
        switch (shape)
        {
            case ChartLine l:
                Element(b, "line", l.Class, ("x1", N(l.X1)), ("y1", N(l.Y1)), ("x2", N(l.X2)), ("y2", N(l.Y2)));
                b.CloseElement();
                break;
            case ChartPath p:
                Element(b, "path", p.Class, ("d", p.Data));
                b.CloseElement();
                break;
            case ChartCircle c:
                Element(b, "circle", c.Class, ("cx", N(c.X)), ("cy", N(c.Y)), ("r", N(c.Radius)));
                b.CloseElement();
                break;
            case ChartRect r:
                Element(b, "rect", r.Class, ("x", N(r.X)), ("y", N(r.Y)), ("width", N(r.Width)), ("height", N(r.Height)));
                b.CloseElement();
                break;
            case ChartText t:
                Element(b, "text", t.Class, ("x", N(t.X)), ("y", N(t.Y)), ("text-anchor", t.Anchor));
                b.AddContent(90, t.Text);
                b.CloseElement();
                break;
            case ChartLink a:
                Element(b, "a", a.Class, ("href", a.Href), ("aria-label", a.Label));
                foreach (var child in a.Shapes) Draw(b, child);
                b.CloseElement();
                break;
        }
    }

    private static void Element(RenderTreeBuilder b, string name, string cls, params (string Name, string Value)[] attributes)
    {
        b.OpenElement(0, name);
        b.AddMultipleAttributes(1, attributes.Select(a => new KeyValuePair<string, object>(a.Name, a.Value)).Append(new KeyValuePair<string, object>("class", cls)));
    }

    /// <summary>Invariant formatting: a comma decimal separator on a build machine must never break the SVG.</summary>
    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
