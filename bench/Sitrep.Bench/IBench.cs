namespace Sitrep.Bench;

/// <summary>One benchmark workload, selected by name on the command line.</summary>
public interface IBench
{
    /// <summary>The word that selects it ("places").</summary>
    string Name { get; }

    /// <summary>What it measures, for the list.</summary>
    string Summary { get; }

    /// <summary>Runs it and prints its figures.</summary>
    void Run(string[] args, TextWriter output);
}
