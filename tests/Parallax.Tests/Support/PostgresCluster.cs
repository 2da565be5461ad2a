using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Parallax.Storage.Postgres;

[assembly: AssemblyFixture(typeof(Parallax.Tests.Support.PostgresClusterShutdown))]

namespace Parallax.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: Debian's binaries (/usr/lib/postgresql/N/bin, or
/// PARALLAX_PG_BIN), initdb into a temp folder, a free loopback port, trust authentication, no fsync. Started
/// by the first test that asks, shared by all, stopped when the test assembly ends. initdb refuses to run as
/// root, so as root the cluster runs as an unprivileged user (PARALLAX_PG_USER, else nobody). Each test gets
/// a database of its own (<see cref="CreateDatabaseAsync"/>).
/// </summary>
internal sealed class PostgresCluster
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresCluster? _shared;
    private static string? _failure;

    private readonly string _dir;
    private readonly string _bin;
    private readonly string? _user;
    private int _databases;

    public int Port { get; }

    private PostgresCluster(string dir, string bin, string? user, int port)
    {
        _dir = dir;
        _bin = bin;
        _user = user;
        Port = port;
    }

    /// <summary>CI sets PARALLAX_REQUIRE_POSTGRES: there a missing PostgreSQL fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("PARALLAX_REQUIRE_POSTGRES") is { Length: > 0 };

    /// <summary>
    /// Why the PostgreSQL tests cannot run here (no binaries, and PARALLAX_REQUIRE_POSTGRES unset), or null: for
    /// fixtures, which cannot skip; tests skip with it.
    /// </summary>
    public static string? Unavailable => FindBinaries() is null && !Required ? NotInstalled : null;

    private const string NotInstalled = "PostgreSQL is not installed (apt-get install postgresql, or set PARALLAX_PG_BIN): PostgreSQL store tests skipped";

    /// <summary>
    /// A new empty database on the shared cluster, as a connection URI. Skips the test when PostgreSQL is not
    /// installed (fails it under PARALLAX_REQUIRE_POSTGRES); fails it when the cluster would not start.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var cluster = await SharedAsync();
        var name = $"t{Interlocked.Increment(ref cluster._databases)}_{Guid.NewGuid():N}"[..24];
        await using var db = new NpgsqlConnection($"Host=127.0.0.1;Port={cluster.Port};Username=postgres;Database=postgres;Pooling=false");
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name};", db);
        await cmd.ExecuteNonQueryAsync();
        return $"postgresql://postgres@127.0.0.1:{cluster.Port}/{name}";
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing the engine's pool on it first.</summary>
    public static async Task DropDatabaseAsync(string uri)
    {
        await PostgresEngine.ForgetAsync(uri);
        if (_shared is null)
            return;
        var name = uri[(uri.LastIndexOf('/') + 1)..];
        await using var db = new NpgsqlConnection($"Host=127.0.0.1;Port={_shared.Port};Username=postgres;Database=postgres;Pooling=false");
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", db);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresCluster> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null && _failure is null)
            {
                var bin = FindBinaries();
                if (bin is null)
                {
                    if (Required)
                        Assert.Fail("PARALLAX_REQUIRE_POSTGRES is set but PostgreSQL was not found in /usr/lib/postgresql/*/bin (or PARALLAX_PG_BIN)");
                    Assert.Skip(NotInstalled);
                }
                try
                {
                    _shared = await StartAsync(bin);
                }
                catch (InvalidOperationException e)
                {
                    _failure = e.Message;
                }
            }
            if (_failure is not null)
                Assert.Fail($"the test PostgreSQL cluster did not start: {_failure}");
            return _shared!;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PARALLAX_PG_BIN") is { Length: > 0 } env)
            return File.Exists(Path.Combine(env, "initdb")) ? env : null;
        if (File.Exists("/usr/lib/postgresql/15/bin/initdb"))
            return "/usr/lib/postgresql/15/bin";
        if (!Directory.Exists("/usr/lib/postgresql"))
            return null;
        return Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault();
    }

    private static async Task<PostgresCluster> StartAsync(string bin)
    {
        StopAbandoned();
        var dir = Path.Combine(Path.GetTempPath(), "parallax-tests", "pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        string? user = Environment.UserName == "root" ? Environment.GetEnvironmentVariable("PARALLAX_PG_USER") is { Length: > 0 } u ? u : "nobody" : null;
        if (user is not null)
            await RunAsync("chown", ["-R", user, dir], null);
        var data = Path.Combine(dir, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], user);
        // A free port can be taken between the probe and the start: try a few.
        for (int attempt = 1; ; attempt++)
        {
            int port = FreePort();
            var options = $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            try
            {
                await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "-o", options, "start"], user);
                return new PostgresCluster(dir, bin, user, port);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Stops the cluster and deletes its folder.</summary>
    public static async Task StopSharedAsync()
    {
        if (_shared is not { } c)
            return;
        _shared = null;
        try
        {
            await RunAsync(Path.Combine(c._bin, "pg_ctl"), ["-D", Path.Combine(c._dir, "data"), "-m", "immediate", "-w", "stop"], c._user);
        }
        catch (InvalidOperationException)
        {
        }
        try { Directory.Delete(c._dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Clusters left by a test run that was killed (its owner process is gone) are stopped and deleted.</summary>
    private static void StopAbandoned()
    {
        var root = Path.Combine(Path.GetTempPath(), "parallax-tests");
        if (!Directory.Exists(root))
            return;
        foreach (var dir in Directory.GetDirectories(root, "pg-*"))
        {
            var owner = Path.Combine(dir, "owner.pid");
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), CultureInfo.InvariantCulture, out int pid) || Alive(pid))
                continue;
            var postmaster = Path.Combine(dir, "data", "postmaster.pid");
            if (File.Exists(postmaster) && int.TryParse(File.ReadLines(postmaster).FirstOrDefault(), CultureInfo.InvariantCulture, out int server) && Alive(server))
            {
                try { Process.GetProcessById(server).Kill(); } catch (InvalidOperationException) { } catch (ArgumentException) { }
            }
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Runs a program (as <paramref name="user"/> when given, through runuser); its output in the exception when it fails.</summary>
    private static async Task RunAsync(string program, IEnumerable<string> args, string? user)
    {
        var psi = new ProcessStartInfo(user is null ? program : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (user is not null)
        {
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(user);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(program);
        }
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await p.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} took more than 120 s");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {p.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}");
    }
}

/// <summary>Stops the shared PostgreSQL cluster, if a test started it, when the test assembly ends.</summary>
public sealed class PostgresClusterShutdown : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(PostgresCluster.StopSharedAsync());
}
