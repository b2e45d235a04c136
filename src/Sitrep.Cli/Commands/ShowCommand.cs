using System.Globalization;
using Sitrep.Gold;
using Sitrep.Model;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show EVENT_ID</c>: one canonical event with every source, claim and the words behind them.</summary>
public sealed class ShowCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "show";

    /// <inheritdoc />
    public string Summary => "Show one stored event: its sources in order, their claims and evidence.";

    /// <inheritdoc />
    public string Usage => "EVENT_ID [--format table|json] " + DbOption.Usage;

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count != 1 || !long.TryParse(args.Positionals[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            throw new UsageException("give one event id (a whole number, as `sitrep events` lists).");
        bool json = args.Option("format") switch
        {
            null or "table" => false,
            "json" => true,
            var other => throw new UsageException($"--format must be table or json, not '{other}'."),
        };
        return DbOption.Run(args, store =>
        {
            if (store.Event(id) is not { } e)
            {
                stderr.WriteLine($"sitrep show: no event {id} in the store.");
                return 1;
            }
            if (json) stdout.WriteLine(EventsCommand.ToJson(e).ToJsonString(GoldJson.Options));
            else Write(e, stdout);
            return 0;
        });
    }

    static void Write(CanonicalEvent c, TextWriter o)
    {
        var e = c.Event;
        o.WriteLine($"Event {c.Id}: {AcledTypes.Name(e.EventType)} / {AcledTypes.Name(e.SubEventType)}" +
            (e.Tags.Count > 0 ? $" [{string.Join(", ", e.Tags.Select(t => GoldConvert.Snake(t.ToString())))}]" : ""));
        o.WriteLine($"  when:     {(e.Date is null ? "unknown" : $"{EventsCommand.Iso(e.Date.From)} to {EventsCommand.Iso(e.Date.To)} ({GoldConvert.Snake(e.Date.Precision.ToString())})")}");
        o.WriteLine($"  where:    {(e.Location is { } p ? $"{p.Name}, {p.Admin1}, {p.Country} ({p.Lat:0.####}, {p.Lon:0.####}; {GoldConvert.Snake(p.Precision.ToString())})" : "unknown")}" +
            (e.LocationMentions.Count > 0 ? $"; written {string.Join(" / ", e.LocationMentions)}" : ""));
        if (e.Facility is not null) o.WriteLine($"  facility: {e.Facility}");
        o.WriteLine($"  actors:   {e.Actor1 ?? "?"} vs {e.Actor2 ?? "?"}" + (e.AssocActors.Count > 0 ? $" (with {string.Join(", ", e.AssocActors)})" : ""));
        o.WriteLine($"  killed:   {Describe(c.Fatalities)}");
        o.WriteLine($"  injured:  {Describe(c.Injured)}");
        o.WriteLine($"  certainty: {GoldConvert.Snake(e.Certainty.ToString())}{(e.Historical ? ", historical" : "")}");
        o.WriteLine($"\nSources ({c.Sources.Count}), oldest first:");
        foreach (var s in c.Sources)
        {
            var r = s.Event;
            string date = r.Date is null ? "undated" : $"{EventsCommand.Iso(r.Date.From)}..{EventsCommand.Iso(r.Date.To)}";
            o.WriteLine($"  {s.ArticleId} v{s.Version}  {s.Outlet ?? "unknown outlet"}  published {(s.Published is { } d ? EventsCommand.Iso(d) : "?")}  reports {date}, {GoldConvert.Snake(r.Certainty.ToString())}{(s.Url is null ? "" : "  " + s.Url)}");
            foreach (var words in s.Evidence) o.WriteLine($"    \"{words}\"");
        }
        o.WriteLine($"\nClaims ({c.Claims.Count}):");
        foreach (var (what, figure) in c.Figures())
        {
            o.WriteLine($"  {GoldConvert.Snake(what.ToString())}: {Describe(figure)}");
            foreach (var x in c.Claims.Where(x => x.Claim.What == what))
                o.WriteLine($"    {Range(x.Claim.Range),-14} {x.ToSourced().Source} ({x.ArticleId}, {x.Outlet ?? "?"}, {(x.Published is { } d ? EventsCommand.Iso(d) : "?")}): \"{x.Evidence}\"");
        }
    }

    static string Describe(Fuse.Figure f) =>
        f.Claims == 0 ? "not stated"
        : $"low {f.Low?.ToString() ?? "open"}, best {f.Best?.ToString() ?? "?"}, high {f.High?.ToString() ?? "open"} from {f.Claims} claim(s){(f.Disputed ? ", sources disagree" : "")}";

    internal static string Range(NumberRange r) =>
        r.Words ?? (r.Min == r.Max && r.Min is not null ? r.Min.ToString()! : $"{r.Min?.ToString() ?? "?"}–{r.Max?.ToString() ?? "?"}");
}
