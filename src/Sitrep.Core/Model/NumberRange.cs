namespace Sitrep.Model;

/// <summary>A reported figure as a range: "at least 23" is min 23 with no max.</summary>
/// <remarks>Conventions follow gold-schema.md: "over 100" → min 101, "dozens" → min 24, "up to 500" → max 500; the words are kept.</remarks>
/// <param name="Min">Lowest value the words allow, null when open.</param>
/// <param name="Max">Highest value the words allow, null when open.</param>
/// <param name="Best">A single best figure, when the words give one.</param>
/// <param name="Words">The words used ("dozens", "at least 23").</param>
public sealed record NumberRange(long? Min, long? Max, long? Best = null, string? Words = null)
{
    /// <summary>No figure stated.</summary>
    public static NumberRange None { get; } = new(null, null);

    /// <summary>An exact figure.</summary>
    public static NumberRange Exactly(long value, string? words = null) => new(value, value, value, words);

    /// <summary>Whether any bound or best figure is known.</summary>
    public bool IsKnown => Min is not null || Max is not null || Best is not null;
}
