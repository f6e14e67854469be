using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The built sample site as a web team deploys it: under a sub-folder of a plain static server, and as files on disk.</summary>
[Collection(BuiltSites.Name)]
public sealed class HostingTests
{
    private readonly BuiltSample _sample;

    public HostingTests(BuiltSample sample) => _sample = sample;

    /// <summary>A real HTTP server (Kestrel) serving the unchanged output at /performance/; every page reachable from the home page loads, and no link leaves the folder.</summary>
    [Fact]
    public async Task Every_page_works_served_from_a_sub_folder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        var files = new PhysicalFileProvider(_sample.Output);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/performance" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/performance", ContentTypeProvider = new FileExtensionContentTypeProvider() });
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var start = new Uri(http.BaseAddress!, "/performance/");
        var queue = new Queue<Uri>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.AbsolutePath };
        var failures = new List<string>();
        var parser = new HtmlParser();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            using var response = await http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url.AbsolutePath}: {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var links = document.QuerySelectorAll("a[href], script[src], link[rel=stylesheet]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => !h.Contains("://", StringComparison.Ordinal) && !h.StartsWith("mailto:", StringComparison.Ordinal) && !h.StartsWith('#'));
            foreach (var href in links)
            {
                var target = new Uri(url, href);
                if (!target.AbsolutePath.StartsWith("/performance/", StringComparison.Ordinal))
                {
                    failures.Add($"{url.AbsolutePath} links outside the folder: {href}");
                    continue;
                }

                if (seen.Add(target.AbsolutePath)) queue.Enqueue(new Uri(target.GetLeftPart(UriPartial.Path)));
            }
        }

        await app.StopAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var pages = Directory.GetFiles(_sample.Output, "index.html", SearchOption.AllDirectories).Length;
        Assert.True(seen.Count >= pages, $"only {seen.Count} addresses reached for {pages} pages");
    }

    /// <summary>With link_style: files every page link names its index.html, so a copy opened from disk works without JavaScript.</summary>
    [Fact]
    public async Task With_file_links_every_page_link_names_a_file()
    {
        using var site = TempSite.CopyOfSample();
        File.AppendAllText(site.SettingsPath, "\nlink_style: files\n");
        var output = site.Path("_site");
        var result = await site.BuildAsync(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var parser = new HtmlParser();
        var folderLinks = new List<string>();
        foreach (var page in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var path = href.Split('#')[0];
                if (!Path.HasExtension(path)) folderLinks.Add($"{Path.GetRelativePath(output, page)} → {href}");
                else Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path))), $"{page} → {href}");
            }
        }

        Assert.True(folderLinks.Count == 0, "Folder links:\n" + string.Join("\n", folderLinks.Take(20)));
    }
}
