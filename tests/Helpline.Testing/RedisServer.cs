using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Helpline.Testing;

/// <summary>
/// A real <c>redis-server</c> started for the tests on a free loopback port in a temporary folder, and
/// stopped (folder removed) on dispose. Missing or failing to start is an error that says how to install
/// it: Redis tests never skip.
/// </summary>
public sealed class RedisServer : IAsyncLifetime, IDisposable
{
    private Process? _process;
    private ConnectionMultiplexer? _connection;

    public RedisServer() : this(appendOnly: false) { }

    /// <summary>A server that persists every write to its append-only file (for restart tests).</summary>
    public static RedisServer WithAppendOnly() => new(appendOnly: true);

    private RedisServer(bool appendOnly)
    {
        AppendOnly = appendOnly;
        Directory = Path.Combine(Path.GetTempPath(), "helpline-redis-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public bool AppendOnly { get; }
    public string Directory { get; }
    public int Port { get; private set; }
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=5000,syncTimeout=5000";

    /// <summary>A connection shared by the tests of one fixture.</summary>
    public ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("Redis is not started.");

    /// <summary>A key prefix unique to one test class or test, so tests never see each other's keys.</summary>
    public static string UniquePrefix(string name) => $"t:{name}:{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        await StartAsync();
    }

    public async Task StartAsync()
    {
        var exe = FindRedisServer() ?? throw new InvalidOperationException(
            "redis-server was not found on PATH. The Redis tests need a real server: install it with " +
            "'apt-get install -y redis-server' (./test.sh does this for you).");
        if (Port == 0) Port = FreePort();
        var args = $"--port {Port} --bind 127.0.0.1 --dir \"{Directory}\" --save \"\" --protected-mode yes " +
                   $"--appendonly {(AppendOnly ? "yes" : "no")} --appendfsync always --daemonize no --loglevel warning";
        var info = new ProcessStartInfo(exe, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start with code {_process.ExitCode} (port {Port}, dir {Directory}).");
            }
            try
            {
                _connection = await ConnectionMultiplexer.ConnectAsync(Configuration + ",abortConnect=true");
                await _connection.GetDatabase().PingAsync();
                return;
            }
            catch (Exception ex)
            {
                last = ex;
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not answer on 127.0.0.1:{Port} within 15 seconds.", last);
    }

    /// <summary>Stops the server (SHUTDOWN, which writes the append-only file) and starts it again on the same port and folder.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task StopAsync()
    {
        if (_connection is not null)
        {
            try
            {
                await _connection.GetServer($"127.0.0.1:{Port}").ExecuteAsync("SHUTDOWN", AppendOnly ? "SAVE" : "NOSAVE");
            }
            catch (RedisConnectionException)
            {
                // Expected: the server closes the connection as it shuts down.
            }
            catch (RedisException)
            {
            }
            _connection.Dispose();
            _connection = null;
        }
        if (_process is not null)
        {
            if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
            _process.Dispose();
            _process = null;
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        Dispose();
    }

    public void Dispose()
    {
        try
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        try
        {
            if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string? FindRedisServer()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/bin").Append("/usr/local/bin"))
        {
            var candidate = Path.Combine(dir, "redis-server");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
