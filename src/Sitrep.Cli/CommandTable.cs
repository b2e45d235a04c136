using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>Every command, and the dispatch from the first argument to one of them.</summary>
public static class CommandTable
{
    /// <summary>The commands in the order help lists them.</summary>
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new ExtractCommand(),
        new EvalCommand(),
        new IngestCommand(),
        new GeoparseCommand(),
        new GazetteerCommand(),
        new EvalGeoparseCommand(),
        new EvalTypesCommand(),
        new EventsCommand(),
        new ShowCommand(),
        new FacilitiesCommand(),
        new FacilityCommand(),
    ];

    /// <summary>Runs the command named by <paramref name="args"/>[0]; usage errors exit 2, bad input 1.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            if (args.Length > 1) return Find(args[1]) is { } topic ? Help(topic, stdout) : Unknown(args[1], stderr);
            int width = All.Max(c => c.Name.Length) + 2;
            stdout.WriteLine("sitrep: coded, sourced, geocoded conflict events from news reports.\n\nCommands:");
            foreach (var c in All) stdout.WriteLine($"  {c.Name.PadRight(width)}{c.Summary}");
            stdout.WriteLine("\nRun 'sitrep help COMMAND' or 'sitrep COMMAND --help' for a command's arguments.");
            return args.Length == 0 ? 2 : 0;
        }
        if (Find(args[0]) is not { } command) return Unknown(args[0], stderr);
        if (args.Skip(1).Any(a => a is "--help" or "-h")) return Help(command, stdout);
        try
        {
            return command.Run(CommandLine.Parse(args.Skip(1), OptionsOf(command), FlagsOf(command)), stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"sitrep {command.Name}: {e.Message}\nusage: sitrep {command.Name} {command.Usage}");
            return 2;
        }
        catch (SitrepException e)
        {
            stderr.WriteLine($"sitrep {command.Name}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The environment failed under a command (a closed pipe, a full disk, a file taken away): one line, not a trace.
            stderr.WriteLine($"sitrep {command.Name}: {e.Message}");
            return 1;
        }
    }

    static ICommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    static int Unknown(string name, TextWriter stderr)
    {
        stderr.WriteLine($"sitrep: unknown command '{name}'. Commands: {string.Join(", ", All.Select(c => c.Name))}.");
        return 2;
    }

    static int Help(ICommand command, TextWriter stdout)
    {
        stdout.WriteLine($"usage: sitrep {command.Name} {command.Usage}\n\n{command.Summary}");
        return 0;
    }

    // Every option a command's usage names ("--db", "[--json]").
    static string[] OptionsOf(ICommand command) =>
        System.Text.RegularExpressions.Regex.Matches(command.Usage, @"--([a-z-]+)").Select(m => m.Groups[1].Value).ToArray();

    // Options written as bare flags in a command's usage ("[--json]") take no value.
    static string[] FlagsOf(ICommand command) =>
        System.Text.RegularExpressions.Regex.Matches(command.Usage, @"\[--([a-z-]+)\]").Select(m => m.Groups[1].Value).ToArray();
}
