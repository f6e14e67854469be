using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Chromium and axe-core. Where they are missing and CI is not set, the test is reported
/// as skipped (a real skip, with the reason and how to install them), never as passed; in CI it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var reason = Prerequisites.SkipReason();
        if (reason is not null) Skip = reason;
    }
}

/// <summary>The theory counterpart of <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        var reason = Prerequisites.SkipReason();
        if (reason is not null) Skip = reason;
    }
}
