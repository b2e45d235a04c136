using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>`sitrep ingest` killed with SIGKILL in the middle of a run, then run again: nothing twice, nothing half-written.</summary>
/// <remarks>The command runs in a child process (the sitrep build the project reference copies next to the tests), so the kill is real.</remarks>
public sealed class InterruptedIngestTests : IDisposable
{
    const int Articles = 600;

    static readonly string[] Towns = ["Qamishli", "Hasakah", "Raqqa", "Manbij", "Kobani", "Tal Abyad", "Deir ez-Zor", "Mayadin"];
    static readonly string[] Outlets = ["AFP", "Reuters", "AP"];
    static readonly string[] Attacks =
    [
        "A car bomb exploded near a checkpoint in {0} on {1}, killing {2} people, the Syrian Observatory for Human Rights said.",
        "Gunmen ambushed a patrol of the Syrian Democratic Forces outside {0} on {1}, killing {2} fighters, the SDF said.",
        "A roadside bomb struck a vehicle in {0} on {1}, killing {2} civilians, local officials said.",
    ];

    readonly string _folder = Directory.CreateTempSubdirectory("sitrep-kill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_ingest_killed_mid_run_then_run_again_stores_what_one_uninterrupted_run_stores()
    {
        string articles = WriteArticles();
        string killed = Path.Combine(_folder, "killed.db");

        int committed = IngestUntilKilled(articles, killed);

        Assert.InRange(committed, 1, Articles - 1);
        Assert.Empty(HalfWritten(killed));
        var rerun = Sitrep("ingest", articles, "--db", killed);
        Assert.Contains($"{Articles} read, {Articles - committed} new, {committed} unchanged", rerun);

        string clean = Path.Combine(_folder, "clean.db");
        Sitrep("ingest", articles, "--db", clean);
        Assert.Equal(Snapshot(clean), Snapshot(killed));
    }

    /// <summary>Two articles per incident (different outlets and tolls), so fusion runs across the kill.</summary>
    string WriteArticles()
    {
        var path = Path.Combine(_folder, "articles.jsonl");
        var monday = new DateOnly(2023, 1, 2);
        using var w = new StreamWriter(path);
        for (int i = 0; i < Articles; i++)
        {
            int incident = i / 2;
            var day = monday.AddDays(7 * (incident / Towns.Length));
            string town = Towns[incident % Towns.Length];
            string lead = string.Format(CultureInfo.InvariantCulture, Attacks[incident % Attacks.Length], town, day.DayOfWeek, 3 + i % 5);
            w.WriteLine(JsonSerializer.Serialize(new
            {
                article_id = $"kill-{i:D4}", url = $"https://example.org/kill/{i}", title = $"Attack in {town}", outlet = Outlets[i % Outlets.Length],
                published = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                text = $"{lead} Residents said the blast damaged shops nearby. No group has claimed responsibility.",
            }));
        }
        return path;
    }

    /// <summary>Starts an ingest, kills it with SIGKILL once a few articles are committed, and returns how many were.</summary>
    static int IngestUntilKilled(string articles, string db)
    {
        using var child = Process.Start(StartInfo("ingest", articles, "--db", db))!;
        var deadline = Stopwatch.StartNew();
        while (!child.HasExited && CommittedArticles(db) < 5 && deadline.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(10);
        // Killed before anything else: reading its output here would wait for it to finish.
        child.Kill(); // SIGKILL on Unix: no handler, no clean-up
        child.WaitForExit();
        return CommittedArticles(db);
    }

    static int CommittedArticles(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            return (int)(long)Scalar(db, "SELECT COUNT(*) FROM articles")!;
        }
        catch (SqliteException)
        {
            return 0; // the schema is not created yet
        }
    }

    /// <summary>Traces of an article stored in part: canonical events with no report or never summarised, claims or reports of no article.</summary>
    static List<string> HalfWritten(string db) =>
    [
        .. Rows(db, "SELECT 'event ' || id || ' has no report' FROM canonical_events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.canonical_id = e.id)"),
        .. Rows(db, "SELECT 'event ' || id || ' was never summarised' FROM canonical_events WHERE event_type = ''"),
        .. Rows(db, "SELECT 'report ' || id || ' of no article' FROM reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_row)"),
        .. Rows(db, "SELECT 'claim ' || id || ' of no article' FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_row)"),
        .. Rows(db, "SELECT 'article ' || article_id || ' stored twice' FROM articles GROUP BY article_id HAVING COUNT(*) > 1"),
    ];

    /// <summary>Every canonical event as its type, dates, place, reporting articles and claims; ids left out.</summary>
    static List<string> Snapshot(string db) => Rows(db,
        "SELECT e.sub_event_type || ' ' || e.date_from || '..' || e.date_to || ' ' || COALESCE(e.location_name, '?') || ' ' || " +
        "(SELECT group_concat(article_id, ',') FROM (SELECT a.article_id FROM reports r JOIN articles a ON a.id = r.article_row WHERE r.canonical_id = e.id ORDER BY a.article_id)) || ' ' || " +
        "(SELECT COUNT(*) FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.canonical_id = e.id) FROM canonical_events e ORDER BY 1");

    static List<string> Rows(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    static object? Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Runs sitrep to the end and returns its output; fails the test on a non-zero exit.</summary>
    static string Sitrep(params string[] args)
    {
        using var child = Process.Start(StartInfo(args))!;
        var stderr = child.StandardError.ReadToEndAsync();
        string stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        Assert.True(child.ExitCode == 0, $"sitrep {string.Join(' ', args)} exited {child.ExitCode}: {stderr.Result}");
        return stdout;
    }

    static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }
}
