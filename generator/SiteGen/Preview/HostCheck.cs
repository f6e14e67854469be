using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Preview;

/// <summary>
/// The preview answers only requests addressed to itself. Listening on 127.0.0.1 keeps other computers out,
/// but not a page on another site open in the officer's browser: by DNS rebinding, a name of the attacker's
/// can be made to point at 127.0.0.1, and the browser would then let that page read the preview of
/// unpublished plans. Such a request still names the attacker's host in its Host header, so it is refused.
/// </summary>
public static class HostCheck
{
    /// <summary>Whether <paramref name="host"/> is this preview: 127.0.0.1 or localhost, on the port the request came in on.</summary>
    public static bool IsOwn(HostString host, int localPort)
    {
        if (!host.HasValue) return false;
        var name = host.Host;
        var port = host.Port ?? 80;
        return port == localPort && (name == "127.0.0.1" || string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase));
    }
}
