using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using SiteGen.ViewModels;

namespace SiteGen.Themes.Default.Shared;

/// <summary>
/// Draws a chart's shapes as SVG. Written against the render tree rather than in Razor markup because
/// Razor reserves the <c>&lt;text&gt;</c> tag, which SVG needs; values are still encoded by the renderer.
/// One component for all of a chart's shapes, not one per shape: a chart has dozens of shapes and a
/// component each cost more to create than to draw.
/// </summary>
public sealed class ChartShapesView : ComponentBase
{
    [Parameter, EditorRequired]
    public IReadOnlyList<ChartShape> Shapes { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        foreach (var shape in Shapes) Draw(builder, shape);
    }

    private static void Draw(RenderTreeBuilder b, ChartShape shape)
    {
        switch (shape)
        {
            case ChartLine l:
                b.OpenElement(0, "line");
                b.AddAttribute(1, "x1", N(l.X1));
                b.AddAttribute(2, "y1", N(l.Y1));
                b.AddAttribute(3, "x2", N(l.X2));
                b.AddAttribute(4, "y2", N(l.Y2));
                break;
            case ChartPath p:
                b.OpenElement(0, "path");
                b.AddAttribute(1, "d", p.Data);
                break;
            case ChartCircle c:
                b.OpenElement(0, "circle");
                b.AddAttribute(1, "cx", N(c.X));
                b.AddAttribute(2, "cy", N(c.Y));
                b.AddAttribute(3, "r", N(c.Radius));
                break;
            case ChartRect r:
                b.OpenElement(0, "rect");
                b.AddAttribute(1, "x", N(r.X));
                b.AddAttribute(2, "y", N(r.Y));
                b.AddAttribute(3, "width", N(r.Width));
                b.AddAttribute(4, "height", N(r.Height));
                break;
            case ChartText t:
                b.OpenElement(0, "text");
                b.AddAttribute(1, "x", N(t.X));
                b.AddAttribute(2, "y", N(t.Y));
                b.AddAttribute(3, "text-anchor", t.Anchor);
                break;
            case ChartLink a:
                b.OpenElement(0, "a");
                b.AddAttribute(1, "href", a.Href);
                b.AddAttribute(2, "aria-label", a.Label);
                break;
            default:
                return;
        }

        b.AddAttribute(5, "class", shape.Class);
        if (shape is ChartText text) b.AddContent(6, text.Text);
        else if (shape is ChartLink link) foreach (var child in link.Shapes) Draw(b, child);
        b.CloseElement();
    }

    /// <summary>Invariant formatting: a comma decimal separator on a build machine must never break the SVG.</summary>
    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
