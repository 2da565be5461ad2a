using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>The store's commands run as a user runs them: the real CLI, a real SQLite file.</summary>
[Trait("Category", "Slow")]
public sealed class StoreCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.Combine("parallax.db");

    /// <summary>The two invented events as a folder: a JSONL feed with given fields, and one article as a plain-text scrape.</summary>
    private string WriteArticles()
    {
        var stream = IngestorTests.Stream();
        var feed = stream.Take(4).Select(a => JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = a.Id, ["title"] = a.Title, ["outlet"] = a.Outlet, ["url"] = a.Url, ["published"] = a.Published?.ToIso(), ["text"] = a.Text,
        }));
        _dir.File("in/feed-a.jsonl", string.Join('\n', feed) + "\n");
        var last = stream[4];
        _dir.File($"in/{last.Id}.txt", $"{last.Title}\n\nBy Harbour Radio staff | {last.Published?.ToIso()}\n\n{last.Text}\n\nRead more: Storm season tips for sailors\n");
        return _dir.Combine("in");
    }

    [Fact]
    public void Ingest_then_list_report_search_and_export()
    {
        var folder = WriteArticles();
        var first = CliRunner.Run("ingest", folder, "--db", Db);
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("ingested 5 new, 0 new versions, 0 unchanged, 0 failed; the store holds 5 articles in 2 stories", first.Stdout, StringComparison.Ordinal);

        var again = CliRunner.Run("ingest", folder, "--db", Db);
        Assert.StartsWith("ingested 0 new, 0 new versions, 5 unchanged, 0 failed", again.Stdout, StringComparison.Ordinal);

        var stories = CliRunner.Run("stories", "--db", Db, "--format", "jsonl", "--sort", "busiest");
        Assert.Equal(0, stories.ExitCode);
        var lines = stories.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        var ferry = lines[0];
        Assert.Equal(["ferry-1", "ferry-2", "ferry-3"], ferry.GetProperty("articles").EnumerateArray().Select(x => x.GetString()).Order());
        Assert.Equal(["Bay Times", "Coast FM"], ferry.GetProperty("outlets").EnumerateArray().Select(x => x.GetString()));
        foreach (var field in new[] { "id", "title", "first_published", "last_published" })
            Assert.True(ferry.TryGetProperty(field, out _), field);

        var id = ferry.GetProperty("id").GetString()!;
        var report = CliRunner.Run("story", id, "--db", Db, "--format", "json");
        Assert.Equal(0, report.ExitCode);
        var json = JsonDocument.Parse(report.Stdout).RootElement;
        var story = Assert.Single(json.GetProperty("stories").EnumerateArray());
        Assert.Equal(id, story.GetProperty("id").GetString());
        Assert.Equal(3, story.GetProperty("articles").GetArrayLength());
        Assert.Equal(3, json.GetProperty("articles").GetArrayLength());
        Assert.Contains(story.GetProperty("figures").EnumerateArray(), f => f.GetProperty("agree").ValueKind == JsonValueKind.False);

        var text = CliRunner.Run("story", id, "--db", Db);
        Assert.Contains("Bay Times", text.Stdout, StringComparison.Ordinal);

        var search = CliRunner.Run("search", "quarry lorries", "--db", Db, "--format", "jsonl");
        Assert.Equal(["quarry-1", "quarry-2"], search.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()).Order());
        var filtered = CliRunner.Run("search", "ferry", "--db", Db, "--outlet", "coast fm");
        Assert.Contains("ferry-2", filtered.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry-1", filtered.Stdout, StringComparison.Ordinal);

        var export = CliRunner.Run("export", "--db", Db);
        var exported = export.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, exported.Count);
        Assert.All(exported, e => Assert.StartsWith("s", e.GetProperty("story").GetString(), StringComparison.Ordinal));
        Assert.All(exported, e => Assert.True(e.GetProperty("quotes").ValueKind == JsonValueKind.Array));

        var csv = CliRunner.Run("export", "--db", Db, "--format", "csv");
        var rows = csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, rows.Length);
        Assert.StartsWith("id,story,version,outlet,published,title,url,source,words,quotes", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_comes_from_the_environment_when_no_db_is_named()
    {
        var folder = WriteArticles();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parallax.Cli.dll"));
        foreach (var a in new[] { "ingest", folder })
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        psi.Environment["PARALLAX_DB"] = _dir.Combine("env/store.db");
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.True(File.Exists(_dir.Combine("env/store.db")));
    }

    [Fact]
    public void Bad_inputs_are_reported_each_on_a_line_while_the_rest_is_stored()
    {
        var folder = WriteArticles();
        _dir.File("in/empty.txt", "");
        _dir.File("in/binary.txt", [0, 1, 2, 0, 0, 0xFF, 0xFE, 0]);
        _dir.File("in/feed.jsonl", "{\"id\":\"j1\",\"title\":\"Tessel library reopens\",\"text\":\"The Tessel library reopened on Monday.\"}\n{broken\n");
        var r = CliRunner.Run("ingest", folder, "--db", Db);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(3, r.ErrorLines.Length);
        Assert.Contains(r.ErrorLines, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(r.ErrorLines, l => l.Contains("binary.txt", StringComparison.Ordinal));
        Assert.Contains(r.ErrorLines, l => l.Contains("feed.jsonl:2:", StringComparison.Ordinal));
        Assert.StartsWith("ingested 6 new", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("story s999", "no story s999")]
    [InlineData("story ../../etc/passwd", "is not a story id")]
    [InlineData("stories --from yesterday", "--from takes a day")]
    [InlineData("search bridge --from 2025-02-01 --to 2025-01-01", "is after --to")]
    public void Store_commands_explain_bad_requests_in_one_line(string command, string expected)
    {
        CliRunner.Run("ingest", WriteArticles(), "--db", Db);
        var r = CliRunner.Run([.. command.Split(' '), "--db", Db]);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains(expected, Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_store_that_does_not_exist_names_it_and_creates_nothing()
    {
        var missing = _dir.Combine("nowhere/parallax.db");
        var r = CliRunner.Run("stories", "--db", missing);
        Assert.Equal(4, r.ExitCode);
        Assert.Equal($"parallax: {missing}: no store here (run parallax ingest first, or name one with --db)", Assert.Single(r.ErrorLines));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void An_ingest_killed_midway_then_run_again_ends_with_the_store_of_an_uninterrupted_run()
    {
        const int total = 1600;
        var input = StoreStreamGenerator.Write(_dir.Combine("stream.jsonl"), total);
        var crashDb = _dir.Combine("crash.db");

        using (var p = CliRunner.Start("ingest", input, "--db", crashDb, "--batch-size", "40"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CountArticles(crashDb) < 200 && !p.HasExited && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            Assert.False(p.HasExited, "the ingest ended before it could be killed: make the stream longer");
            p.Kill(); // SIGKILL: no handler runs, the open transaction dies with the process
            p.WaitForExit();
        }
        int atKill = CountArticles(crashDb);
        Assert.InRange(atKill, 200, total - 1);
        Assert.Equal(0, atKill % 40); // only whole batches were committed

        var rerun = CliRunner.Run("ingest", input, "--db", crashDb, "--batch-size", "40");
        Assert.Equal(0, rerun.ExitCode);
        Assert.StartsWith($"ingested {total - atKill} new, 0 new versions, {atKill} unchanged", rerun.Stdout, StringComparison.Ordinal);

        var cleanDb = _dir.Combine("clean.db");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", cleanDb, "--batch-size", "40").ExitCode);

        var crashed = CliRunner.Run("export", "--db", crashDb, "--format", "csv").Stdout;
        var clean = CliRunner.Run("export", "--db", cleanDb, "--format", "csv").Stdout;
        Assert.Equal(total + 1, clean.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(clean, crashed);
        var crashedStories = CliRunner.Run("stories", "--db", crashDb, "--format", "jsonl", "--limit", "100000").Stdout;
        Assert.Equal(CliRunner.Run("stories", "--db", cleanDb, "--format", "jsonl", "--limit", "100000").Stdout, crashedStories);
        Assert.Equal("ok", Scalar(crashDb, "PRAGMA integrity_check;"));
    }

    [Fact]
    public void Ctrl_c_writes_the_batch_in_hand_stops_and_a_rerun_carries_on()
    {
        const int total = 1600;
        var input = StoreStreamGenerator.Write(_dir.Combine("stream.jsonl"), total);
        using (var p = CliRunner.Start("ingest", input, "--db", Db, "--batch-size", "40"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CountArticles(Db) < 120 && !p.HasExited && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            Assert.False(p.HasExited, "the ingest ended before it could be interrupted: make the stream longer");
            Process.Start("kill", ["-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(p.WaitForExit(60_000));
            Assert.Equal(130, p.ExitCode);
            Assert.Contains("interrupted", p.StandardError.ReadToEnd(), StringComparison.Ordinal);
        }
        int stored = CountArticles(Db);
        Assert.InRange(stored, 120, total - 1);
        var rerun = CliRunner.Run("ingest", input, "--db", Db);
        Assert.StartsWith($"ingested {total - stored} new, 0 new versions, {stored} unchanged", rerun.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingest_that_fills_a_size_limited_volume_stops_on_a_whole_batch_and_a_rerun_with_room_carries_on()
    {
        // A real full disk: a 1 MiB tmpfs mounted in a private mount namespace, gone when the ingest in it ends.
        if (!CanMountPrivately())
            Assert.Skip("needs unshare(1) with user and mount namespaces to mount a size-limited tmpfs");
        const int total = 400;
        var input = StoreStreamGenerator.Write(_dir.Combine("stream.jsonl"), total);
        var volume = Directory.CreateDirectory(_dir.Combine("volume")).FullName;
        var kept = Directory.CreateDirectory(_dir.Combine("kept")).FullName;
        var psi = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in (string[])["-rm", "sh", "-c",
            "mount -t tmpfs -o size=1m tmpfs \"$1\" || exit 99; " +
            "dotnet \"$2\" ingest \"$3\" --db \"$1/parallax.db\" --batch-size 40 > \"$4/out\" 2> \"$4/err\"; echo $? > \"$4/rc\"; " +
            "cp \"$1\"/parallax.db \"$1\"/parallax.db-wal \"$4/\"",
            "sh", volume, Path.Combine(AppContext.BaseDirectory, "Parallax.Cli.dll"), input, kept])
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using (var p = Process.Start(psi)!)
        {
            var stderr = p.StandardError.ReadToEnd();
            Assert.True(p.WaitForExit(120_000));
            Assert.True(p.ExitCode == 0, stderr);
        }
        Assert.Equal("4", File.ReadAllText(Path.Combine(kept, "rc")).Trim());
        var errors = File.ReadAllLines(Path.Combine(kept, "err"));
        Assert.Contains("the disk is full; the batch of 40 articles was not written", errors[0], StringComparison.Ordinal);

        var full = Path.Combine(kept, "parallax.db");
        Assert.Equal("ok", Scalar(full, "PRAGMA integrity_check;"));
        int stored = CountArticles(full);
        Assert.InRange(stored, 40, total - 1);
        Assert.Equal(0, stored % 40); // whole batches only: nothing half-written

        var rerun = CliRunner.Run("ingest", input, "--db", full, "--batch-size", "40");
        Assert.Equal(0, rerun.ExitCode);
        Assert.StartsWith($"ingested {total - stored} new, 0 new versions, {stored} unchanged", rerun.Stdout, StringComparison.Ordinal);
        var cleanDb = _dir.Combine("clean.db");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", cleanDb, "--batch-size", "40").ExitCode);
        Assert.Equal(CliRunner.Run("export", "--db", cleanDb, "--format", "csv").Stdout, CliRunner.Run("export", "--db", full, "--format", "csv").Stdout);
    }

    private static bool CanMountPrivately()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("unshare", ["-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"])
            {
                UseShellExecute = false,
                RedirectStandardError = true,
            })!;
            p.StandardError.ReadToEnd();
            return p.WaitForExit(10_000) && p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no unshare
        }
    }

    private static int CountArticles(string db)
    {
        if (!File.Exists(db))
            return 0;
        try
        {
            return Convert.ToInt32(Scalar(db, "SELECT count(*) FROM articles;"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or mid-migration
        }
    }

    private static object? Scalar(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
