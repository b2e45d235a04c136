using Sitrep.Model;

namespace Sitrep.Documents;

/// <summary>How the publication date was established.</summary>
public enum PublishedBasis
{
    /// <summary>Given by metadata or the user.</summary>
    Stated,
    /// <summary>Inferred from dates and weekdays in the text.</summary>
    Inferred,
    /// <summary>Nothing to go on.</summary>
    Unknown,
}

/// <summary>An article's text and every annotation the pipeline stages add to it.</summary>
/// <remarks>
/// The document owns the text once; annotations are typed layers of spans into it.
/// Each stage fills its own layers (see <see cref="IStage"/>) and never rewrites another's.
/// </remarks>
public sealed class Document(Article article)
{
    /// <summary>The article as read.</summary>
    public Article Article { get; } = article;

    /// <summary>The text every span points into.</summary>
    public string Text => Article.Text;

    /// <summary>Publication day: stated, or inferred by the text stage; null when unknown.</summary>
    public DateOnly? Published { get; set; } = article.Published;

    /// <summary>How <see cref="Published"/> was established.</summary>
    public PublishedBasis PublishedBasis { get; set; } = article.Published is null ? PublishedBasis.Unknown : PublishedBasis.Stated;

    /// <summary>Why the publication date was inferred as it was, for verbose output.</summary>
    public string? PublishedReasoning { get; set; }

    /// <summary>Sentences, in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
    /// <summary>Tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; set; } = [];
    /// <summary>Counts, in text order.</summary>
    public IReadOnlyList<NumberMention> Numbers { get; set; } = [];
    /// <summary>Time expressions, in text order.</summary>
    public IReadOnlyList<TimeMention> Times { get; set; } = [];
    /// <summary>Attributions, in text order.</summary>
    public IReadOnlyList<Attribution> Attributions { get; set; } = [];
    /// <summary>Hedges and certainty cues, in text order.</summary>
    public IReadOnlyList<Hedge> Hedges { get; set; } = [];
    /// <summary>Place names, in text order.</summary>
    public IReadOnlyList<Toponym> Toponyms { get; set; } = [];
    /// <summary>Named actors, in text order.</summary>
    public IReadOnlyList<ActorMention> Actors { get; set; } = [];
    /// <summary>Coded events, one per real-world event in this article.</summary>
    public IReadOnlyList<Event> Events { get; set; } = [];
    /// <summary>Article-level figures that belong to no single event.</summary>
    public IReadOnlyList<Fact> Facts { get; set; } = [];

    /// <summary>Problems found while processing this document.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The exact words of a span.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>The sentence containing a position, or null.</summary>
    public Sentence? SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = Sentences[mid].Span;
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return Sentences[mid];
        }
        return null;
    }
}
