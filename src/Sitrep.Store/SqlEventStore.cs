using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Documents;
using Sitrep.Fuse;
using Sitrep.Model;

namespace Sitrep.Store;

/// <summary>The store over any ADO.NET database: schema migrations, ingest with fusion, and queries; dialects supply the rest.</summary>
/// <remarks>All SQL is parameterised. Dates are ISO text ("2022-01-20") so they compare as text in every dialect.</remarks>
public abstract class SqlEventStore : IEventStore
{
    /// <summary>The open connection.</summary>
    protected DbConnection Connection { get; }

    DbTransaction? _transaction;

    /// <summary>Takes an open connection and brings its schema up to date.</summary>
    protected SqlEventStore(DbConnection connection, Assembly migrations, string migrationPrefix)
    {
        Connection = connection;
        Migrate(migrations, migrationPrefix);
    }

    /// <summary>The case-insensitive pattern operator (LIKE or ILIKE).</summary>
    protected abstract string Like { get; }

    /// <summary>A condition true for canonical events (alias e) within the circle; adds its own parameters.</summary>
    /// <param name="dated">Whether the query also bounds the dates, which then narrow the search better than a point's band.</param>
    protected abstract string NearCondition(DbCommand command, Near near, bool dated);

    /// <summary>A statement that makes concurrent ingests take turns for the rest of the transaction, or null when the database already does.</summary>
    /// <remarks>Fusion reads candidates before it writes; two writers interleaving could both create the same canonical event.</remarks>
    protected virtual string? IngestLock => null;

    /// <summary>Adds a parameter to a command; null becomes SQL NULL.</summary>
    protected static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value switch
        {
            null => DBNull.Value,
            DateOnly d => Iso(d),
            _ => value,
        };
        command.Parameters.Add(p);
    }

    /// <inheritdoc/>
    public IngestResult Ingest(Document document) => InTransaction(() => IngestCurrent(document));

    IngestResult IngestCurrent(Document document)
    {
        var article = document.Article;
        string hash = ContentHash(document);
        if (IngestLock is { } sql) Execute(sql);
        var previous = Current("article_id", article.ArticleId).Concat(article.Url is null ? [] : Current("url", article.Url)).FirstOrDefault();
        if (previous.Hash == hash) return new IngestResult(ArticleOutcome.Unchanged, previous.Version, 0, 0, 0);

        IReadOnlyList<long> retired = previous.Hash is null ? [] : Retire(previous.Row);
        int version = previous.Version + 1;
        long articleRow = Scalar(
            "INSERT INTO articles (article_id, version, url, title, outlet, published, content_hash, text, ingested, is_current) " +
            "VALUES (@aid, @version, @url, @title, @outlet, @published, @hash, @text, @ingested, 1) RETURNING id",
            ("@aid", article.ArticleId), ("@version", version), ("@url", article.Url), ("@title", article.Title),
            ("@outlet", article.Outlet), ("@published", document.Published), ("@hash", hash), ("@text", document.Text),
            ("@ingested", DateTime.UtcNow.ToString("O")));

        int newEvents = 0, claims = 0;
        foreach (var e in document.Events)
        {
            var report = new Report(article.ArticleId, article.Outlet, document.Published, e);
            long? canonical = Fusion.BestMatch(report, Candidates(e));
            if (canonical is null) newEvents++;
            long id = canonical ?? Scalar(
                "INSERT INTO canonical_events (event_type, sub_event_type, tags, actors, search_text, body) VALUES ('', '', '', '', '', '') RETURNING id");
            long reportId = Scalar(
                "INSERT INTO reports (article_row, canonical_id, local_id, body, evidence) VALUES (@article, @canonical, @local, @body, @evidence) RETURNING id",
                ("@article", articleRow), ("@canonical", id), ("@local", e.Id), ("@body", StoreJson.Write(e)),
                ("@evidence", StoreJson.Write(e.Evidence.Select(s => Words(document, s)).ToArray())));
            foreach (var claim in Figures.ClaimsOf(e))
                claims += InsertClaim(document, articleRow, reportId, claim, e.Facility, null);
            Summarize(id);
        }
        foreach (var fact in document.Facts)
            claims += InsertClaim(document, articleRow, null,
                new Claim(fact.What, fact.Range, fact.Source, Certainty.Reported, fact.Evidence), fact.Facility, fact.AsOf);
        foreach (var id in retired) Summarize(id);
        return new IngestResult(previous.Hash is null ? ArticleOutcome.New : ArticleOutcome.Updated, version, newEvents, document.Events.Count, claims);
    }

    /// <summary>The current version of the article with this id or URL, if any; each column is looked up on its own index.</summary>
    IEnumerable<(long Row, int Version, string? Hash)> Current(string column, string value) =>
        Query($"SELECT id, version, content_hash FROM articles WHERE is_current = 1 AND {column} = @value ORDER BY id DESC",
            r => (r.GetInt64(0), ToInt(r[1]), (string?)r.GetString(2)), ("@value", value));

    /// <summary>Takes an article version out of the current set: its reports and claims go, the canonical events they fed are returned for re-summary.</summary>
    IReadOnlyList<long> Retire(long articleRow)
    {
        var canonicals = Query("SELECT DISTINCT canonical_id FROM reports WHERE article_row = @row", r => r.GetInt64(0), ("@row", articleRow));
        Execute("DELETE FROM claims WHERE article_row = @row", ("@row", articleRow));
        Execute("DELETE FROM reports WHERE article_row = @row", ("@row", articleRow));
        Execute("UPDATE articles SET is_current = 0 WHERE id = @row", ("@row", articleRow));
        return canonicals;
    }

    /// <summary>Canonical events the event could join: those fusion accepts, with the articles already among their sources.</summary>
    /// <remarks>
    /// SQL narrows by date on the index (fusion never joins events longer than <see cref="Fusion.MaxSpanDays"/>); only events at
    /// the same facility are fetched from the wider window of <see cref="Fusion.MaxSlackDays"/>. Fusion then decides.
    /// </remarks>
    List<Candidate<long>> Candidates(Event e)
    {
        if (e.Date is null) return [];
        // Fusion widens both ranges by the slack, so a stored range may end up to twice the slack before this one starts.
        int near = 2 * Fusion.DateSlackDays, wide = 2 * Fusion.MaxSlackDays;
        var wideFrom = e.Date.From.AddDays(-wide);
        return Query(
                "SELECT id, body FROM canonical_events WHERE date_from >= @earliest AND date_from <= @wide_to AND date_to >= @wide_from " +
                "AND ((date_from <= @to AND date_to >= @from) OR lower(facility) = lower(CAST(@facility AS TEXT)))",
                r => (Id: r.GetInt64(0), Event: StoreJson.Read<Event>(r.GetString(1))),
                ("@earliest", wideFrom.AddDays(-Fusion.MaxSpanDays)), ("@wide_from", wideFrom), ("@wide_to", e.Date.To.AddDays(wide)),
                ("@from", e.Date.From.AddDays(-near)), ("@to", e.Date.To.AddDays(near)), ("@facility", e.Facility))
            .Where(c => Fusion.Match(e, c.Event) is not null)
            .Select(c => new Candidate<long>(c.Id, c.Event,
                Query("SELECT DISTINCT a.article_id FROM reports r JOIN articles a ON a.id = r.article_row WHERE r.canonical_id = @id",
                    r => r.GetString(0), ("@id", c.Id)).ToHashSet()))
            .ToList();
    }

    int InsertClaim(Document document, long articleRow, long? reportId, Claim claim, string? facility, DateOnly? asOf)
    {
        Execute(
            "INSERT INTO claims (article_row, report_id, what, min_value, max_value, best_value, words, source, certainty, " +
            "evidence_start, evidence_length, evidence, facility, as_of) VALUES (@article, @report, @what, @min, @max, @best, @words, " +
            "@source, @certainty, @start, @length, @evidence, @facility, @asof)",
            ("@article", articleRow), ("@report", reportId), ("@what", StoreJson.Name(claim.What)), ("@min", claim.Range.Min),
            ("@max", claim.Range.Max), ("@best", claim.Range.Best), ("@words", claim.Range.Words), ("@source", claim.Source),
            ("@certainty", StoreJson.Name(claim.Certainty)), ("@start", claim.Evidence.Start), ("@length", claim.Evidence.Length),
            ("@evidence", Quote(document, claim.Evidence)), ("@facility", facility), ("@asof", asOf));
        return 1;
    }

    /// <summary>Re-merges a canonical event from its current reports, or deletes it when none is left.</summary>
    void Summarize(long id)
    {
        var sources = Sources(id);
        if (sources.Count == 0)
        {
            Execute("DELETE FROM canonical_events WHERE id = @id", ("@id", id));
            return;
        }
        var merged = Fusion.Merge(sources.Select(s => new Report(s.ArticleId, s.Outlet, s.Published, s.Event)).ToList()) with { Id = id.ToString() };
        var place = merged.Location;
        var actors = new[] { merged.Actor1, merged.Actor2 }.OfType<string>().Concat(merged.AssocActors);
        var searchText = string.Join("\n", sources.SelectMany(s => s.Evidence).Concat(merged.LocationMentions));
        Execute(
            "UPDATE canonical_events SET event_type = @type, sub_event_type = @sub, tags = @tags, date_from = @from, date_to = @to, " +
            "location_name = @place, admin1 = @admin1, country = @country, lat = @lat, lon = @lon, facility = @facility, " +
            "actors = @actors, search_text = @search, body = @body, span_days = @span WHERE id = @id",
            ("@type", AcledTypes.Name(merged.EventType)), ("@sub", AcledTypes.Name(merged.SubEventType)),
            ("@tags", Bars(merged.Tags.Select(t => StoreJson.Name(t)))), ("@from", merged.Date?.From), ("@to", merged.Date?.To),
            ("@place", place?.Name), ("@admin1", place?.Admin1), ("@country", place?.Country), ("@lat", place?.Lat), ("@lon", place?.Lon),
            ("@facility", merged.Facility), ("@actors", Bars(actors)), ("@search", searchText), ("@body", StoreJson.Write(merged)),
            ("@span", merged.Date is { } d ? d.To.DayNumber - d.From.DayNumber : null), ("@id", id));
    }

    /// <summary>Events spanning at most this many days are found, for a window, among those starting at most this long before it.</summary>
    /// <remarks>The partial indexes of migration 002 are written with this number; a query uses them only when it repeats it literally.</remarks>
    const int ShortSpanDays = 31;

    /// <inheritdoc/>
    public IReadOnlyList<CanonicalEvent> Events(EventQuery query)
    {
        using var command = Connection.CreateCommand();
        var where = new List<string>();
        void Filter(string condition, params (string Name, object? Value)[] args)
        {
            where.Add(condition);
            foreach (var (name, value) in args) Add(command, name, value);
        }
        if (query.From is { } from) Filter("e.date_to >= @from", ("@from", from));
        if (query.To is { } to) Filter("e.date_from <= @to", ("@to", to));
        if (query.Type is { } type)
            Filter($"(lower(e.event_type) = lower(@type) OR lower(e.sub_event_type) = lower(@type) OR e.tags {Like} @tag)",
                ("@type", type), ("@tag", $"%|{type.Replace(' ', '_')}|%"));
        if (query.Actor is { } actor) Filter($"e.actors {Like} @actor", ("@actor", Contains(actor)));
        if (query.Place is { } place)
            Filter($"(e.location_name {Like} @place OR e.admin1 {Like} @place OR lower(e.country) = lower(@country))",
                ("@place", Contains(place)), ("@country", place));
        if (query.Facility is { } facility) Filter($"e.facility {Like} @facility", ("@facility", Contains(facility)));
        if (query.Text is { } text) Filter($"e.search_text {Like} @text", ("@text", Contains(text)));
        if (query.Near is { } near) where.Add(NearCondition(command, near, dated: query.From is not null));
        string Select(params string[] conditions) =>
            "SELECT e.id, e.body, e.date_from FROM canonical_events e" +
            (where.Count + conditions.Length > 0 ? " WHERE " + string.Join(" AND ", conditions.Concat(where)) : "");
        // With a first day, short events are searched from ShortSpanDays before it on the index, long ones on their own index.
        string events = Select();
        if (query.From is { } first)
        {
            events = $"{Select($"e.span_days <= {ShortSpanDays}", "e.date_from >= @short_from")} UNION ALL {Select($"e.span_days > {ShortSpanDays}")}";
            Add(command, "@short_from", first.AddDays(-ShortSpanDays));
        }
        command.CommandText = $"SELECT id, body FROM ({events}) found ORDER BY date_from, id" + (query.Limit is null ? "" : " LIMIT @limit");
        if (query.Limit is { } limit) Add(command, "@limit", limit);
        command.Transaction = _transaction;
        return Load(Read(command, r => (Id: r.GetInt64(0), Body: r.GetString(1))));
    }

    /// <inheritdoc/>
    public CanonicalEvent? Event(long id) =>
        Query("SELECT body FROM canonical_events WHERE id = @id", r => r.GetString(0), ("@id", id))
            .Select(body => Load([(id, body)])[0]).FirstOrDefault();

    /// <summary>Canonical events with their sources and claims, fetched a few hundred events per query.</summary>
    List<CanonicalEvent> Load(IReadOnlyList<(long Id, string Body)> rows)
    {
        var sources = new Dictionary<long, List<EventSource>>();
        var claims = new Dictionary<long, List<StoredClaim>>();
        foreach (var chunk in rows.Select(r => r.Id).Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@id{i}"));
            var args = chunk.Select((id, i) => ($"@id{i}", (object?)id)).ToArray();
            foreach (var (id, source) in Query(SourceSql + $"WHERE r.canonical_id IN ({names}) ORDER BY a.published, r.id", ReadSource, args))
                (sources.TryGetValue(id, out var list) ? list : sources[id] = []).Add(source);
            foreach (var (claim, _) in Query(EventClaims + $"WHERE r.canonical_id IN ({names}) ORDER BY a.published, c.id", ReadClaim, args))
                (claims.TryGetValue(claim.EventId!.Value, out var list) ? list : claims[claim.EventId.Value] = []).Add(claim);
        }
        return rows.Select(row =>
        {
            var own = claims.GetValueOrDefault(row.Id) ?? [];
            Figure Of(QuantityKind what) => Figures.Combine(own.Where(c => c.Claim.What == what).Select(c => c.ToSourced()).ToList());
            return new CanonicalEvent(row.Id, StoreJson.Read<Event>(row.Body), Of(QuantityKind.Killed), Of(QuantityKind.Injured),
                sources.GetValueOrDefault(row.Id) ?? [], own);
        }).ToList();
    }

    const string SourceSql =
        "SELECT a.article_id, a.version, a.outlet, a.url, a.published, r.body, r.evidence, r.canonical_id FROM reports r " +
        "JOIN articles a ON a.id = r.article_row ";

    static (long CanonicalId, EventSource Source) ReadSource(DbDataReader r) =>
        (r.GetInt64(7), new EventSource(r.GetString(0), ToInt(r[1]), Text(r, 2), Text(r, 3), Day(r, 4),
            StoreJson.Read<Event>(r.GetString(5)), StoreJson.Read<string[]>(r.GetString(6))));

    List<EventSource> Sources(long canonicalId) =>
        Query(SourceSql + "WHERE r.canonical_id = @id ORDER BY a.published, r.id", ReadSource, ("@id", canonicalId)).Select(x => x.Source).ToList();

    const string ClaimColumns =
        "SELECT c.id, r.canonical_id, a.article_id, a.outlet, a.published, c.what, c.min_value, c.max_value, c.best_value, c.words, " +
        "c.source, c.certainty, c.evidence_start, c.evidence_length, c.evidence, COALESCE(e.facility, c.facility), c.as_of, e.tags ";

    // Every claim, facts included.
    const string AllClaims = ClaimColumns +
        "FROM claims c JOIN articles a ON a.id = c.article_row LEFT JOIN reports r ON r.id = c.report_id " +
        "LEFT JOIN canonical_events e ON e.id = r.canonical_id ";

    // Claims of events only, joined from reports first so a filter on the canonical id uses its index.
    const string EventClaims = ClaimColumns +
        "FROM reports r JOIN claims c ON c.report_id = r.id JOIN articles a ON a.id = c.article_row " +
        "LEFT JOIN canonical_events e ON e.id = r.canonical_id ";

    static (StoredClaim Claim, IReadOnlyList<EventTag> Tags) ReadClaim(DbDataReader r)
    {
        var range = new NumberRange(Long(r, 6), Long(r, 7), Long(r, 8), Text(r, 9));
        var claim = new Claim(StoreJson.Parse<QuantityKind>(r.GetString(5)), range, Text(r, 10), StoreJson.Parse<Certainty>(r.GetString(11)),
            new TextSpan(ToInt(r[12]), ToInt(r[13])));
        var tags = (Text(r, 17) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).Select(StoreJson.Parse<EventTag>).ToArray();
        return (new StoredClaim(r.GetInt64(0), Long(r, 1), r.GetString(2), Text(r, 3), Day(r, 4), claim, r.GetString(14), Text(r, 15), Day(r, 16)), tags);
    }

    /// <inheritdoc/>
    public IReadOnlyList<FacilitySummary> Facilities()
    {
        var events = Query("SELECT facility, COUNT(*), MIN(date_from), MAX(date_to) FROM canonical_events WHERE facility IS NOT NULL GROUP BY facility",
            r => (Name: r.GetString(0), Count: ToInt(r[1]), First: Day(r, 2), Last: Day(r, 3)));
        var claims = Query("SELECT COALESCE(e.facility, c.facility), COUNT(*) FROM claims c LEFT JOIN reports r ON r.id = c.report_id " +
            "LEFT JOIN canonical_events e ON e.id = r.canonical_id WHERE COALESCE(e.facility, c.facility) IS NOT NULL GROUP BY COALESCE(e.facility, c.facility)",
            r => (Name: r.GetString(0), Count: ToInt(r[1])));
        return events.Select(e => e.Name).Concat(claims.Select(c => c.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(name =>
            {
                var ev = events.Where(e => Same(e.Name, name)).ToList();
                return new FacilitySummary(name, ev.Sum(e => e.Count), claims.Where(c => Same(c.Name, name)).Sum(c => c.Count),
                    ev.Select(e => e.First).Min(), ev.Select(e => e.Last).Max());
            })
            .ToList();
    }

    /// <inheritdoc/>
    public FacilityReport? Facility(string name)
    {
        var known = Facilities().Select(f => f.Name).ToList();
        var matches = known.Where(n => Same(n, name)).ToList();
        if (matches.Count == 0) matches = known.Where(n => n.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count != 1) return null;
        string facility = matches[0];
        var rows = Query(AllClaims + "WHERE lower(COALESCE(e.facility, c.facility)) = lower(@key) ORDER BY a.published, c.id", ReadClaim, ("@key", facility));
        var ledger = FacilityLedger.Build(facility, rows.Select(x => new LedgerClaim(x.Claim.ToSourced(), x.Claim.AsOf ?? DateOf(x.Claim.EventId), x.Tags)));
        var events = Events(new EventQuery { Facility = facility }).Where(e => Same(e.Event.Facility, facility)).ToList();
        return new FacilityReport(ledger, events, rows.Select(x => x.Claim).ToList());
    }

    DateOnly? DateOf(long? eventId) => eventId is null ? null
        : Query("SELECT date_from FROM canonical_events WHERE id = @id", r => Day(r, 0), ("@id", eventId)).FirstOrDefault();

    /// <summary>Releases the connection.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection; derived stores release their own resources too.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) Connection.Dispose();
    }

    void Migrate(Assembly assembly, string prefix)
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
        int current = Query("SELECT MAX(version) FROM schema_version", r => r.IsDBNull(0) ? 0 : ToInt(r[0])).Single();
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[prefix.Length..].Split('_')[0]), Name: n))
            .OrderBy(s => s.Version)
            .ToList();
        int latest = scripts.Count == 0 ? 0 : scripts[^1].Version;
        if (current > latest)
            throw new SitrepException($"The database has schema version {current}, newer than this sitrep knows ({latest}); use a newer sitrep.");
        foreach (var (version, name) in scripts.Where(s => s.Version > current))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            string script = reader.ReadToEnd();
            InTransaction(() =>
            {
                Execute(script);
                Execute("INSERT INTO schema_version (version, applied) VALUES (@v, @at)", ("@v", version), ("@at", DateTime.UtcNow.ToString("O")));
                return version;
            });
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is committed, or none of it when it throws.</summary>
    T InTransaction<T>(Func<T> work)
    {
        using var tx = _transaction = Connection.BeginTransaction();
        try
        {
            var result = work();
            tx.Commit();
            return result;
        }
        finally
        {
            _transaction = null;
        }
    }

    DbCommand Command(string sql, (string Name, object? Value)[] args)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in args) Add(command, name, value);
        return command;
    }

    void Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(sql, args);
        command.ExecuteNonQuery();
    }

    long Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(sql, args);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var command = Command(sql, args);
        return Read(command, map);
    }

    static List<T> Read<T>(DbCommand command, Func<DbDataReader, T> map)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    static string ContentHash(Document d)
    {
        var a = d.Article;
        var key = string.Join("\u001f", a.Title, a.Outlet, d.Published?.ToString("yyyy-MM-dd"), d.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    static string Words(Document d, TextSpan s) =>
        s.Start >= 0 && s.Length >= 0 && s.End <= d.Text.Length ? d[s] : "";

    /// <summary>The sentence a figure was read from, so the claim shows who said what in context; the figure's own words when no sentence holds it.</summary>
    static string Quote(Document d, TextSpan s) =>
        d.SentenceAt(s.Start) is { } sentence && sentence.Span.Contains(s) && sentence.Span.End <= d.Text.Length ? d[sentence.Span] : Words(d, s);

    static string Bars(IEnumerable<string> values) => "|" + string.Join("|", values) + "|";

    static string Contains(string value) => "%" + value.Trim() + "%";

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    static bool Same(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    static int ToInt(object value) => Convert.ToInt32(value);

    static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r[i]);

    static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    static DateOnly? Day(DbDataReader r, int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd");
}
