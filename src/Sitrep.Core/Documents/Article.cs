namespace Sitrep.Documents;

/// <summary>One news report as read from its source, before any annotation.</summary>
/// <param name="ArticleId">Stable id: the JSONL <c>article_id</c>, or the file name without extension.</param>
/// <param name="Text">The main text, title first when the source gives one.</param>
public sealed record Article(string ArticleId, string Text)
{
    /// <summary>Where the article came from, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline, when the source gives one apart from the text.</summary>
    public string? Title { get; init; }

    /// <summary>Who published it, null if unknown.</summary>
    public string? Outlet { get; init; }

    /// <summary>Publication day, from metadata or the user; null when the source gives none.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The file (and JSONL line) it was read from, for messages.</summary>
    public string? Origin { get; init; }
}
