using SiteGen.Rendering;
using Xunit;

namespace SiteGen.Tests;

public sealed class RouteTests
{
    [Theory]
    [InlineData("index.html", "index.html", "./")]
    [InlineData("index.html", "herefordshire/plan/index.html", "herefordshire/plan/")]
    [InlineData("herefordshire/plan/index.html", "index.html", "../../")]
    [InlineData("a/b/objectives/1/index.html", "a/b/index.html", "../../../../a/b/")]
    public void Links_are_relative_so_the_site_works_under_any_folder(string from, string to, string expected) =>
        Assert.Equal(expected, Routes.Href(from, to));

    [Theory]
    [InlineData("1-threshold", "1-threshold")]
    [InlineData("NI 59", "ni-59")]
    [InlineData("Caerffili ŵ", "caerffili-w")]
    [InlineData("../../etc", "etc")]
    [InlineData("***", "item")]
    public void Slugs_are_safe_in_urls_and_file_names(string text, string slug) => Assert.Equal(slug, Routes.Slug(text));
}
