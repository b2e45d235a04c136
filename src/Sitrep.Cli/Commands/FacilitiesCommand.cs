namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep facilities</c>: every facility the store knows, with how much it holds about each.</summary>
public sealed class FacilitiesCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "facilities";

    /// <inheritdoc />
    public string Summary => "List prisons, camps and bases with stored events or figures.";

    /// <inheritdoc />
    public string Usage => DbOption.Usage;

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'.");
        return DbOption.Run(args, store =>
        {
            var facilities = store.Facilities();
            stdout.WriteLine($"{"FACILITY",-40}  {"EVENTS",6}  {"CLAIMS",6}  {"FIRST",-10}  LAST");
            foreach (var f in facilities)
                stdout.WriteLine($"{f.Name,-40}  {f.Events,6}  {f.Claims,6}  {(f.FirstEvent is { } a ? EventsCommand.Iso(a) : ""),-10}  {(f.LastEvent is { } b ? EventsCommand.Iso(b) : "")}");
            stdout.WriteLine($"{facilities.Count} facilities");
            return 0;
        });
    }
}
