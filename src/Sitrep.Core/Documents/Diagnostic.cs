namespace Sitrep.Documents;

/// <summary>A problem with the input, reported instead of thrown.</summary>
/// <param name="Code">Stable code such as <c>SR1001</c>; codes never change meaning.</param>
/// <param name="Message">What was expected and what to do.</param>
/// <param name="Origin">The file, and line for JSON Lines, the problem was found in.</param>
public sealed record Diagnostic(string Code, string Message, string? Origin = null)
{
    /// <summary>One line for a terminal: origin, code and message.</summary>
    public override string ToString() => Origin is null ? $"{Code}: {Message}" : $"{Origin}: {Code}: {Message}";
}
