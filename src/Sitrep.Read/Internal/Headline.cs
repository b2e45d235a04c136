namespace Sitrep.Read.Internal;

/// <summary>Puts the headline first in an article's text, as <see cref="Documents.Article.Text"/> expects.</summary>
internal static class Headline
{
    /// <summary>The headline, a blank line, then the body; the body alone when it already opens with the headline as its own line.</summary>
    public static string Prepend(string? title, string body) =>
        title is null || body == title || body.StartsWith(title + "\n", StringComparison.Ordinal) ? body : $"{title}\n\n{body}";
}
