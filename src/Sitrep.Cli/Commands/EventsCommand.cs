using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Gold;
using Sitrep.Model;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: canonical events from the store, filtered, as a table or JSON lines.</summary>
public sealed class EventsCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public string Summary => "List stored events, one per real-world event, with filters; table or JSON lines.";

    /// <inheritdoc />
    public string Usage =>
        "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type TYPE|SUB-TYPE|TAG] [--actor NAME] [--place NAME] [--facility NAME] " +
        "[--near LAT,LON,KM] [--text WORDS] [--limit N] [--format table|json] " + DbOption.Usage;

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'.");
        var query = Query(args);
        bool json = Format(args) == "json";
        return DbOption.Run(args, store =>
        {
            var events = store.Events(query);
            if (json) foreach (var e in events) stdout.WriteLine(ToJson(e).ToJsonString(GoldJson.Options));
            else WriteTable(events, stdout);
            return 0;
        });
    }

    static string Format(CommandLine args) => args.Option("format") switch
    {
        null or "table" => "table",
        "json" => "json",
        var other => throw new UsageException($"--format must be table or json, not '{other}'."),
    };

    static EventQuery Query(CommandLine args) => new()
    {
        From = CliOptions.Date(args, "from"),
        To = CliOptions.Date(args, "to"),
        Type = Type(args.Option("type")),
        Actor = args.Option("actor"),
        Place = args.Option("place"),
        Facility = args.Option("facility"),
        Near = Near(args.Option("near")),
        Text = args.Option("text"),
        Limit = args.Option("limit") is { } n
            ? int.TryParse(n, CultureInfo.InvariantCulture, out int limit) && limit > 0 ? limit : throw new UsageException($"--limit must be a positive whole number, not '{n}'.")
            : null,
    };

    static string? Type(string? type)
    {
        if (type is null) return null;
        bool known = AcledTypes.TryParseEventType(type, out _) || AcledTypes.TryParseSubEventType(type, out _)
            || Enum.GetValues<EventTag>().Any(t => GoldConvert.Snake(t.ToString()) == type.Trim().ToLowerInvariant().Replace(' ', '_'));
        return known ? type.Trim() : throw new UsageException($"--type '{type}' is not an ACLED event type, sub-event type or Sitrep tag (e.g. \"Battles\", \"Air/drone strike\", prison_break).");
    }

    static Near? Near(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(',');
        if (parts.Length == 3
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) && lat is >= -90 and <= 90
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) && lon is >= -180 and <= 180
            && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double km) && km > 0)
            return new Near(lat, lon, km);
        throw new UsageException($"--near must be LAT,LON,KM (e.g. 36.5,40.75,25), not '{text}'.");
    }

    static void WriteTable(IReadOnlyList<CanonicalEvent> events, TextWriter stdout)
    {
        stdout.WriteLine($"{"ID",6}  {"DATE",-23}  {"SUB-EVENT TYPE",-32}  {"PLACE",-20}  {"FACILITY",-24}  {"KILLED",-13}  SOURCES");
        foreach (var e in events)
        {
            var ev = e.Event;
            string date = ev.Date is null ? "?" : ev.Date.From == ev.Date.To ? Iso(ev.Date.From) : $"{Iso(ev.Date.From)}..{Iso(ev.Date.To)}";
            stdout.WriteLine($"{e.Id,6}  {date,-23}  {Cut(AcledTypes.Name(ev.SubEventType), 32),-32}  {Cut(ev.Location?.Name ?? "?", 20),-20}  " +
                $"{Cut(ev.Facility ?? "", 24),-24}  {Figure(e.Fatalities),-13}  {string.Join(",", e.Sources.Select(s => s.ArticleId).Distinct())}");
        }
        stdout.WriteLine($"{events.Count} events");
    }

    /// <summary>A figure as "low/best/high", with "?" for an open bound and "!" when sources disagree.</summary>
    internal static string Figure(Fuse.Figure f) =>
        f.Claims == 0 ? "" : $"{f.Low?.ToString() ?? "?"}/{f.Best?.ToString() ?? "?"}/{f.High?.ToString() ?? "?"}{(f.Disputed ? "!" : "")}";

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";

    /// <summary>The gold-format fields of a canonical event, plus its id, sources (article ids), outlets, low / best / high of each quantity (flagged when sources disagree) and claims.</summary>
    internal static JsonObject ToJson(CanonicalEvent e)
    {
        // The merged event carries no spans of its own; its evidence is each source's words.
        var gold = GoldConvert.ToGold(e.Event, new Documents.Document(new Documents.Article("", ""))) with
        {
            Id = e.Id.ToString(CultureInfo.InvariantCulture),
            Evidence = e.Sources.SelectMany(s => s.Evidence).Distinct().ToArray(),
        };
        var json = System.Text.Json.JsonSerializer.SerializeToNode(gold, GoldJson.Options)!.AsObject();
        // Gold "sources" names who said it; here "sources" are the reporting articles, as the store contract has it.
        json["reported_by"] = json["sources"]!.DeepClone();
        json["sources"] = new JsonArray(e.Sources.Select(s => s.ArticleId).Distinct().Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        json["outlets"] = new JsonArray(e.Sources.Select(s => s.Outlet).OfType<string>().Distinct().Select(o => (JsonNode?)JsonValue.Create(o)).ToArray());
        json["fatalities_disputed"] = e.Fatalities.Disputed;
        json["injured_disputed"] = e.Injured.Disputed;
        json["figures"] = new JsonObject(e.Figures().Select(x => KeyValuePair.Create(GoldConvert.Snake(x.What.ToString()), (JsonNode?)new JsonObject
        {
            ["low"] = x.Figure.Low,
            ["best"] = x.Figure.Best,
            ["high"] = x.Figure.High,
            ["disputed"] = x.Figure.Disputed,
            ["claims"] = x.Figure.Claims,
        })));
        json["claims"] = new JsonArray(e.Claims.Select(c => (JsonNode?)new JsonObject
        {
            ["what"] = GoldConvert.Snake(c.Claim.What.ToString()),
            ["min"] = c.Claim.Range.Min,
            ["max"] = c.Claim.Range.Max,
            ["best"] = c.Claim.Range.Best,
            ["approx"] = c.Claim.Range.Words,
            ["source"] = c.ToSourced().Source,
            ["certainty"] = GoldConvert.Snake(c.Claim.Certainty.ToString()),
            ["article_id"] = c.ArticleId,
            ["outlet"] = c.Outlet,
            ["published"] = c.Published is { } p ? Iso(p) : null,
            ["evidence"] = c.Evidence,
        }).ToArray());
        return json;
    }
}
