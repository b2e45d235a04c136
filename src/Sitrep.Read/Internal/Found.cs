using Sitrep.Documents;

namespace Sitrep.Read.Internal;

/// <summary>What a format reader found: an article with its publication date as written, or a problem.</summary>
/// <remarks>Dates are parsed in one place, <see cref="ArticleReader"/>, so that a user-given date can override them.</remarks>
internal sealed record Found(Article? Article, string? PublishedText, Diagnostic? Problem)
{
    public static Found Of(Article article, string? publishedText) => new(article, publishedText, null);

    public static Found Of(string code, string message, string origin) => new(null, null, new Diagnostic(code, message, origin));
}
