using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// A language server run as editors run it: a real process spoken to in JSON-RPC over stdin and stdout, with
/// the Language Server Protocol's Content-Length framing. Requests the server makes of the editor
/// (its settings, registering capabilities) are answered as an editor would.
/// </summary>
public sealed class LanguageServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly StringBuilder _stderr = new();
    private readonly Func<JsonNode?, JsonNode?> _settings;
    private readonly Task _reading;
    private int _nextId;

    /// <param name="settings">The answer to the server's <c>workspace/configuration</c> request for one section.</param>
    public LanguageServer(string command, IEnumerable<string> arguments, Func<JsonNode?, JsonNode?> settings)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        _settings = settings;
        _reading = Task.Run(ReadAsync);
    }

    public string Errors
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var done = await Task.WhenAny(answer.Task, Task.Delay(timeout));
        if (done != answer.Task) throw new TimeoutException($"{method} had no answer within {timeout.TotalSeconds:0} s. The server said: {Errors}");
        return await answer.Task;
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The first notification of <paramref name="method"/> that <paramref name="wanted"/> accepts; the others are passed over.</summary>
    public async Task<JsonObject> NotificationAsync(string method, Func<JsonObject, bool> wanted, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var notification = await _notifications.Reader.ReadAsync(cancel.Token);
                if ((string?)notification["method"] == method && wanted(notification)) return notification;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no {method} within {timeout.TotalSeconds:0} s. The server said: {Errors}");
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writing.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task ReadAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(output) is { } message)
            {
                if (message["id"] is { } id && message["method"] is { } method)
                {
                    await AnswerAsync(id.DeepClone(), (string)method!, message["params"]);
                }
                else if (message["id"] is { } answered)
                {
                    if (_pending.TryRemove((int)answered, out var waiting)) waiting.TrySetResult(message["result"]?.DeepClone());
                }
                else
                {
                    await _notifications.Writer.WriteAsync(message);
                }
            }
        }
        finally
        {
            _notifications.Writer.TryComplete();
        }
    }

    /// <summary>What an editor answers the server: its settings, and yes to registering a capability or a progress token.</summary>
    private Task AnswerAsync(JsonNode id, string method, JsonNode? parameters)
    {
        JsonNode? result = method switch
        {
            "workspace/configuration" => new JsonArray(parameters?["items"]?.AsArray().Select(item => _settings(item?["section"])).ToArray() ?? []),
            _ => null,
        };
        return SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream output)
    {
        var length = -1;
        var line = new StringBuilder();
        while (true)
        {
            var b = output.ReadByte();
            if (b < 0) return null;
            if (b == '\n')
            {
                var text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (text.Length == 0 && length >= 0) break;
                if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(text["Content-Length:".Length..].Trim());
            }
            else
            {
                line.Append((char)b);
            }
        }

        var body = new byte[length];
        await output.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                await NotifyAsync("exit", null);
                if (!_process.WaitForExit(5_000)) _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            _process.Kill(entireProcessTree: true);
        }

        await Task.WhenAny(_reading, Task.Delay(5_000));
        _process.Dispose();
    }
}
