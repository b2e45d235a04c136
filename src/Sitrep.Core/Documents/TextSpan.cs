namespace Sitrep.Documents;

/// <summary>A half-open range of a document's text, in UTF-16 code units.</summary>
/// <remarks>Every annotation points into <see cref="Document.Text"/> with a <see cref="TextSpan"/>, so evidence is always the source's exact words.</remarks>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The first code unit after the span.</summary>
    public int End => Start + Length;

    /// <summary>Builds a span from its start and exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));
}
