using SiteGen.Configuration;
using SiteGen.Routing;
using Xunit;

namespace SiteGen.Tests;

public sealed class RouteTests
{
    [Theory]
    [InlineData("", "", "./")]
    [InlineData("", "herefordshire/plan/", "herefordshire/plan/")]
    [InlineData("herefordshire/plan/", "", "../../")]
    [InlineData("a/b/objectives/1/", "a/b/", "../../../../a/b/")]
    [InlineData("a/b/", "404.html", "../../404.html")]
    [InlineData("a/b/", "a/b/indicators/ni-59/ni-59.csv", "../../a/b/indicators/ni-59/ni-59.csv")]
    public void Links_are_relative_so_the_site_works_under_any_folder(string from, string to, string expected) =>
        Assert.Equal(expected, new Linker(LinkStyle.Folders).Href(PagePath.FromAddress(from), PagePath.FromAddress(to)));

    [Theory]
    [InlineData("", "", "index.html")]
    [InlineData("herefordshire/plan/", "", "../../index.html")]
    [InlineData("", "herefordshire/plan/", "herefordshire/plan/index.html")]
    [InlineData("a/", "404.html", "../404.html")]
    public void Links_name_the_file_for_a_site_opened_from_disk(string from, string to, string expected) =>
        Assert.Equal(expected, new Linker(LinkStyle.Files).Href(PagePath.FromAddress(from), PagePath.FromAddress(to)));

    [Theory]
    [InlineData("", "index.html", "")]
    [InlineData("search/", "search/index.html", "search/")]
    [InlineData("search/index.html", "search/index.html", "search/")]
    [InlineData("404.html", "404.html", "404.html")]
    [InlineData("a/b/x.csv", "a/b/x.csv", "a/b/x.csv")]
    public void A_folder_page_is_written_as_index_html_and_addressed_without_it(string address, string file, string cleanAddress)
    {
        var path = PagePath.FromAddress(address);
        Assert.Equal(file, path.File);
        Assert.Equal(cleanAddress, path.Address);
    }

    [Fact]
    public void The_same_page_made_two_ways_is_one_value()
    {
        Assert.Equal(PagePath.Root, PagePath.ForFolder(string.Empty));
        Assert.Equal(PagePath.ForFolder("a/b"), PagePath.FromAddress("a/b/index.html"));
        Assert.Equal(PagePath.ForFile("a", "x.csv"), PagePath.FromAddress("a/x.csv"));
        Assert.NotEqual(PagePath.ForFolder("a"), PagePath.ForFile("a", "x.csv"));
    }

    [Theory]
    [InlineData("1-threshold", "1-threshold")]
    [InlineData("NI 59", "ni-59")]
    [InlineData("Caerffili ŵ", "caerffili-w")]
    [InlineData("../../etc", "etc")]
    [InlineData("***", "item")]
    public void Slugs_are_safe_in_urls_and_file_names(string text, string slug) => Assert.Equal(slug, Slug.Of(text));

    [Fact]
    public void Keys_whose_slugs_collide_get_pages_of_their_own()
    {
        var slugs = Slug.Unique(["HCS 35a", "HCS-35a", "hcs 35a", "HCS 35a"]);
        Assert.Equal(3, slugs.Count);
        Assert.Equal("hcs-35a", slugs["HCS 35a"]);
        Assert.Equal("hcs-35a-2", slugs["HCS-35a"]);
        Assert.Equal("hcs-35a-3", slugs["hcs 35a"]);
    }
}
