using Sitrep.Fuse;
using Sitrep.Gold;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep facility NAME</c>: a facility's ledger — detained population, attacks, escapes, recaptures, at large — by source.</summary>
public sealed class FacilityCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "facility";

    /// <inheritdoc />
    public string Summary => "Show a facility's ledger: population over time, attacks, escaped, recaptured, at large, by source.";

    /// <inheritdoc />
    public string Usage => "NAME " + DbOption.Usage;

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count == 0) throw new UsageException("give a facility name (see `sitrep facilities`).");
        var name = string.Join(" ", args.Positionals);
        return DbOption.Run(args, store =>
        {
            if (store.Facility(name) is not { } report)
            {
                stderr.WriteLine($"sitrep facility: no single facility matches '{name}'; `sitrep facilities` lists them.");
                return 1;
            }
            Write(report, stdout);
            return 0;
        });
    }

    static void Write(Store.FacilityReport report, TextWriter o)
    {
        var ledger = report.Ledger;
        o.WriteLine(ledger.Facility);
        o.WriteLine("\nDetained population, by date and source:");
        foreach (var p in ledger.Population) o.WriteLine($"  {Day(p.When)}  {ShowCommand.Range(p.Claim.Claim.Range),-14} {p.Claim.Source} ({p.Claim.ArticleId})");
        if (ledger.Population.Count == 0) o.WriteLine("  none stated");
        o.WriteLine($"\nEvents here ({report.Events.Count}):");
        foreach (var e in report.Events)
            o.WriteLine($"  {e.Id,6}  {Day(e.Event.Date?.From)}  {Model.AcledTypes.Name(e.Event.SubEventType)}" +
                $" [{string.Join(", ", e.Event.Tags.Select(t => GoldConvert.Snake(t.ToString())))}]  killed {EventsCommand.Figure(e.Fatalities)}  ({e.Sources.Count} sources)");
        o.WriteLine();
        Line("Escaped", ledger.Escaped);
        Line("Recaptured", ledger.Recaptured);
        Line("Killed in recapture", ledger.KilledInRecapture);
        o.WriteLine("\nAt large (escaped − recaptured − killed), by source of the escape figure:");
        foreach (var a in ledger.AtLarge) o.WriteLine($"  {a.Low?.ToString() ?? "?"}–{a.High?.ToString() ?? "open"}  {a.Source}");
        if (ledger.AtLarge.Count == 0) o.WriteLine("  no escape figure");
        o.WriteLine("\nEvery figure:");
        foreach (var c in ledger.Claims)
            o.WriteLine($"  {Day(c.When)}  {GoldConvert.Snake(c.Claim.Claim.What.ToString()),-20} {ShowCommand.Range(c.Claim.Claim.Range),-14} {c.Claim.Source} ({c.Claim.ArticleId})");

        void Line(string label, Figure f) => o.WriteLine($"{label + ":",-21}{(f.Claims == 0 ? "not stated" : $"low {f.Low?.ToString() ?? "open"}, best {f.Best?.ToString() ?? "?"}, high {f.High?.ToString() ?? "open"} ({f.Claims} claims{(f.Disputed ? ", sources disagree" : "")})")}");
    }

    static string Day(DateOnly? d) => d is { } x ? EventsCommand.Iso(x) : "????-??-??";
}
