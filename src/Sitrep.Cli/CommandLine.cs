namespace Sitrep.Cli;

/// <summary>A command's arguments: positionals and <c>--name value</c> options (or bare <c>--flag</c>s).</summary>
public sealed class CommandLine
{
    readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    CommandLine(List<string> positionals) => Positionals = positionals;

    /// <summary>Splits arguments; <paramref name="flags"/> names the options that take no value.</summary>
    /// <param name="known">Every option the command takes; another is refused by name before its value is looked for.</param>
    public static CommandLine Parse(IEnumerable<string> args, IReadOnlyCollection<string> known, IReadOnlyCollection<string> flags)
    {
        var positionals = new List<string>();
        var line = new CommandLine(positionals);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (!a.StartsWith("--", StringComparison.Ordinal) || a == "--") { positionals.Add(a); continue; }
            var eq = a.IndexOf('=');
            var name = eq > 0 ? a[2..eq] : a[2..];
            if (!known.Contains(name)) throw new UsageException($"Unknown option --{name}.");
            if (flags.Contains(name)) { line._options[name] = null; continue; }
            var value = eq > 0 ? a[(eq + 1)..] : e.MoveNext() ? e.Current : "";
            if (value.Length == 0) throw new UsageException($"--{name} needs a value.");
            line._options[name] = value;
        }
        return line;
    }

    /// <summary>Whether the option or flag was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The option's value, or null.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
