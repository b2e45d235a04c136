namespace Sitrep.Cli.Commands;

/// <summary>One <c>sitrep</c> sub-command.</summary>
public interface ICommand
{
    /// <summary>The word that selects it ("extract").</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Its arguments, for help and usage errors.</summary>
    string Usage { get; }

    /// <summary>Runs it; returns the process exit code (0 only when everything succeeded).</summary>
    int Run(CommandLine args, TextWriter stdout, TextWriter stderr);
}
