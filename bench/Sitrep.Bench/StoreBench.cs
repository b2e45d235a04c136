using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Documents;
using Sitrep.Model;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>Ingest of generated articles into SQLite, then <c>events</c> query latency at a million canonical events.</summary>
/// <remarks>
/// Articles are generated with hand-built events (no extraction), a third of them re-reporting an earlier incident so
/// fusion has work to do. The ingested events are then copied with their reports and claims, shifted by a few days,
/// until the store holds the target number of canonical events.
/// </remarks>
sealed class StoreBench : IBench
{
    public string Name => "store";

    public string Summary => "SQLite ingest of generated articles (time, size, memory), events query p50/p95 at 1M events. Args: [ARTICLES] [EVENTS] [FOLDER]; ARTICLES 0 queries FOLDER's database again.";

    static readonly (string Name, double Lat, double Lon)[] Towns =
    [
        ("Al-Hasakah", 36.5024, 40.7477), ("Qamishli", 37.0522, 41.2317), ("Raqqa", 35.9528, 39.0079), ("Deir ez-Zor", 35.3359, 40.1408),
        ("Manbij", 36.5281, 37.9549), ("Kobani", 36.8906, 38.3536), ("Tal Abyad", 36.6975, 38.9567), ("Ras al-Ayn", 36.8503, 40.0706),
        ("Al-Bukamal", 34.4525, 40.9187), ("Al-Mayadin", 35.0192, 40.4513), ("Idlib", 35.9306, 36.6339), ("Aleppo", 36.2021, 37.1343),
        ("Homs", 34.7324, 36.7137), ("Palmyra", 34.5561, 38.2692), ("Daraa", 32.6189, 36.1021), ("Mosul", 36.34, 43.13),
        ("Kirkuk", 35.4681, 44.3922), ("Tikrit", 34.6071, 43.6782), ("Fallujah", 33.3538, 43.7823), ("Ramadi", 33.4258, 43.2991),
        ("Baqubah", 33.7466, 44.6437), ("Samarra", 34.1959, 43.8857), ("Sinjar", 36.3209, 41.8764), ("Tal Afar", 36.3767, 42.4497),
        ("Baghdad", 33.3406, 44.4009), ("Erbil", 36.19, 44.0089), ("Al-Qaim", 34.3722, 41.0939), ("Hit", 33.6416, 42.8251),
    ];

    static readonly (SubEventType Sub, EventTag Tag, string Words)[] Kinds =
    [
        (SubEventType.ArmedClash, EventTag.Ambush, "gunmen ambushed a patrol"),
        (SubEventType.RemoteExplosiveLandmineIed, EventTag.CarBomb, "a car bomb exploded at a checkpoint"),
        (SubEventType.RemoteExplosiveLandmineIed, EventTag.Ied, "a roadside bomb hit a vehicle"),
        (SubEventType.AirDroneStrike, EventTag.Airstrike, "a drone struck a house"),
        (SubEventType.ShellingArtilleryMissileAttack, EventTag.Shelling, "shells landed on a market"),
        (SubEventType.Attack, EventTag.Raid, "armed men attacked a village"),
        (SubEventType.Arrests, EventTag.Raid, "security forces raided homes and detained suspects"),
    ];

    static readonly string[] Outlets = ["AFP", "Reuters", "AP", "Al-Monitor", "Kurdistan 24", "Rudaw", "The National", "BBC"];

    sealed record Incident(DateOnly Day, int Town, int Kind);

    public void Run(string[] args, TextWriter output)
    {
        int articles = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        int targetEvents = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
        var folder = args.Length > 2 ? args[2] : Directory.CreateTempSubdirectory("sitrep-storebench-").FullName;
        var path = Path.Combine(folder, "bench.db");
        var rng = new Random(20260122);
        if (articles > 0) Build(output, path, articles, targetEvents, rng);
        Query(output, path, rng);
    }

    static void Build(TextWriter output, string path, int articles, int targetEvents, Random rng)
    {
        var folder = Path.GetDirectoryName(path)!;
        foreach (var f in Directory.GetFiles(folder, "bench.db*")) File.Delete(f);
        var incidents = new List<Incident>();
        var clock = Stopwatch.StartNew();
        int newEvents = 0, claims = 0;
        using (var store = SqliteEventStore.Open(path))
        {
            for (int i = 0; i < articles; i++)
            {
                var r = store.Ingest(Generate(i, rng, incidents));
                newEvents += r.NewEvents;
                claims += r.Claims;
                if ((i + 1) % 10_000 == 0) output.WriteLine($"  {i + 1} articles, {clock.Elapsed.TotalSeconds:0}s");
            }
        }
        var ingestTime = clock.Elapsed;
        long size = Directory.GetFiles(folder, "bench.db*").Sum(f => new FileInfo(f).Length);
        output.WriteLine($"ingest: {articles} articles in {ingestTime.TotalSeconds:0.0}s ({articles / ingestTime.TotalSeconds:0}/s); " +
            $"{newEvents} canonical events, {claims} claims; database {size / 1048576.0:0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");

        clock.Restart();
        long total = TopUp(path, targetEvents);
        output.WriteLine($"copied events up to {total} canonical events in {clock.Elapsed.TotalSeconds:0}s; database {new FileInfo(path).Length / 1048576.0:0} MB");
    }

    static void Query(TextWriter output, string path, Random rng)
    {

        using var big = SqliteEventStore.Open(path);
        var from = new DateOnly(2015, 1, 1);
        EventQuery Window(int day, int days) => new() { From = from.AddDays(day), To = from.AddDays(day + days - 1) };
        Measure(output, "1 day", big, d => Window(d, 1), rng);
        Measure(output, "7 days", big, d => Window(d, 7), rng);
        Measure(output, "30 days --near 25 km", big, d => Window(d, 30) with { Near = Near(rng) }, rng);
        Measure(output, "90 days --type --place", big, d => Window(d, 90) with { Type = "Battles", Place = Towns[rng.Next(Towns.Length)].Name }, rng);
        Measure(output, "7 days --text", big, d => Window(d, 7) with { Text = "checkpoint" }, rng);
        Measure(output, "--near 10 km --limit 100", big, _ => new EventQuery { Near = Near(rng) with { Km = 10 }, Limit = 100 }, rng);
    }

    static Near Near(Random rng)
    {
        var t = Towns[rng.Next(Towns.Length)];
        return new Near(t.Lat, t.Lon, 25);
    }

    static void Measure(TextWriter output, string label, IEventStore store, Func<int, EventQuery> make, Random rng, int runs = 100)
    {
        var times = new List<double>();
        long rows = 0;
        for (int i = 0; i < runs; i++)
        {
            var query = make(rng.Next(0, 3600));
            var sw = Stopwatch.StartNew();
            rows += store.Events(query).Count;
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        output.WriteLine($"events {label,-24} p50 {times[runs / 2],7:0.0} ms  p95 {times[runs * 95 / 100],7:0.0} ms  ({rows / (double)runs:0} events per query)");
    }

    static Document Generate(int i, Random rng, List<Incident> incidents)
    {
        bool again = incidents.Count > 0 && rng.NextDouble() < 0.33;
        var incident = again ? incidents[rng.Next(Math.Max(0, incidents.Count - 200), incidents.Count)]
            : new Incident(new DateOnly(2015, 1, 1).AddDays(rng.Next(0, 3650)), rng.Next(Towns.Length), rng.Next(Kinds.Length));
        if (!again) incidents.Add(incident);
        var (town, lat, lon) = Towns[incident.Town];
        var kind = Kinds[incident.Kind];
        int killed = rng.Next(1, 40);
        string outlet = Outlets[rng.Next(Outlets.Length)];
        string lead = $"In {town} on {incident.Day:MMMM d}, {kind.Words}, killing {killed} people, local officials said.";
        string text = $"Report {i} from {town}\n\n{lead} Residents described the scene and the damage in the streets around the site. " +
            "Officials said an investigation had begun and that more details would follow in the coming days.";
        var doc = new Document(new Article($"gen-{i:D6}", text) { Outlet = outlet, Published = incident.Day.AddDays(rng.Next(0, 3)), Url = $"https://example.org/{i}" });
        int at = text.IndexOf(lead, StringComparison.Ordinal);
        string toll = $"killing {killed} people";
        var tollSpan = new TextSpan(text.IndexOf(toll, StringComparison.Ordinal), toll.Length);
        doc.Events =
        [
            new Event
            {
                Id = "e1", SubEventType = kind.Sub, Tags = [kind.Tag], Date = DateRange.Day(incident.Day),
                Location = new Place(town, "SY", null, lat, lon, PlacePrecision.Town), LocationMentions = [town],
                Actor1 = kind.Sub == SubEventType.Arrests ? "Syrian Democratic Forces" : "Islamic State",
                Fatalities = NumberRange.Exactly(killed, toll),
                Quantities = [new Claim(QuantityKind.Killed, NumberRange.Exactly(killed, toll), "local officials", Certainty.Reported, tollSpan)],
                Sources = ["local officials"], Evidence = [new TextSpan(at, lead.Length)],
            },
        ];
        return doc;
    }

    /// <summary>Copies canonical events with their reports and claims, each copy a few days later, so the same decade grows denser, until there are <paramref name="target"/>.</summary>
    static long TopUp(string path, long target)
    {
        using var db = new SqliteConnection($"Data Source={path}");
        db.Open();
        long Scalar(string sql)
        {
            using var c = db.CreateCommand();
            c.CommandText = sql;
            return Convert.ToInt64(c.ExecuteScalar());
        }
        long baseEvents = Scalar("SELECT MAX(id) FROM canonical_events"), baseReports = Scalar("SELECT MAX(id) FROM reports");
        long count = Scalar("SELECT COUNT(*) FROM canonical_events");
        for (int k = 1; count < target; k++)
        {
            using var tx = db.BeginTransaction();
            using var c = db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = $"""
                INSERT INTO canonical_events (id, event_type, sub_event_type, tags, date_from, date_to, location_name, admin1, country, lat, lon, facility, actors, search_text, body, span_days)
                SELECT id + {k} * {baseEvents}, event_type, sub_event_type, tags, date(date_from, '+{k % 7} days'), date(date_to, '+{k % 7} days'),
                       location_name, admin1, country, lat, lon, facility, actors, search_text, body, span_days
                FROM canonical_events WHERE id <= {baseEvents} LIMIT {target - count};
                INSERT INTO reports (id, article_row, canonical_id, local_id, body, evidence)
                SELECT id + {k} * {baseReports}, article_row, canonical_id + {k} * {baseEvents}, local_id, body, evidence
                FROM reports WHERE id <= {baseReports} AND canonical_id + {k} * {baseEvents} IN (SELECT id FROM canonical_events);
                INSERT INTO claims (article_row, report_id, what, min_value, max_value, best_value, words, source, certainty, evidence_start, evidence_length, evidence, facility, as_of)
                SELECT article_row, report_id + {k} * {baseReports}, what, min_value, max_value, best_value, words, source, certainty, evidence_start, evidence_length, evidence, facility, as_of
                FROM claims WHERE report_id <= {baseReports} AND report_id + {k} * {baseReports} IN (SELECT id FROM reports);
                """;
            c.ExecuteNonQuery();
            tx.Commit();
            count = Scalar("SELECT COUNT(*) FROM canonical_events");
        }
        using (var c = db.CreateCommand()) { c.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;"; c.ExecuteNonQuery(); }
        return count;
    }
}
