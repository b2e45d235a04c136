using Sitrep.Documents;

namespace Sitrep.Read;

/// <summary>One outcome of reading: an article, or a problem with the input. Exactly one of the two is set.</summary>
public sealed record ReadResult(Article? Article, Diagnostic? Problem)
{
    /// <summary>An article read successfully.</summary>
    internal static ReadResult Of(Article article) => new(article, null);

    /// <summary>A problem found in the input.</summary>
    internal static ReadResult Of(Diagnostic problem) => new(null, problem);
}
