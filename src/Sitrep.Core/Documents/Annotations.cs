using Sitrep.Model;

namespace Sitrep.Documents;

/// <summary>A sentence of the document.</summary>
public sealed record Sentence(TextSpan Span);

/// <summary>The kinds of token the text stage distinguishes.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes and hyphens.</summary>
    Word,
    /// <summary>Digits, with separators and decimals.</summary>
    Number,
    /// <summary>Anything else that is not white space.</summary>
    Punctuation,
}

/// <summary>A token of the document.</summary>
public sealed record Token(TextSpan Span, TokenKind Kind);

/// <summary>A count found in the text, what it counts when that is clear, and the counted words.</summary>
/// <param name="Span">The number with its modifiers ("at least 23").</param>
/// <param name="Range">The value as a range.</param>
/// <param name="Kind">What is counted (killed, escaped…), null when the words around it do not say.</param>
/// <param name="Counted">The counted noun phrase ("Kurdish security forces"), when found.</param>
/// <param name="Stake">A held population that an act told with it aims to free ("an assault to free 700 inmates"): what that
/// event is about, rather than a standing count of how many a site holds.</param>
public sealed record NumberMention(TextSpan Span, NumberRange Range, QuantityKind? Kind, TextSpan? Counted, bool Stake = false);

/// <summary>A time expression and the calendar range it denotes.</summary>
/// <param name="Range">Null when it cannot be resolved (e.g. no publication date to anchor a weekday).</param>
/// <param name="Anchor">For "since" ("since Turkey's Oct. 9 invasion"), the day, month or year counted from, which dates
/// the event the phrase names; <paramref name="Range"/> runs from it to publication. Null otherwise.</param>
public sealed record TimeMention(TextSpan Span, DateRange? Range, DateRange? Anchor = null);

/// <summary>Who a stretch of text is attributed to.</summary>
/// <param name="Cue">The attributing words ("according to", "said", "told CNN").</param>
/// <param name="Source">Canonical source name ("Syrian Observatory for Human Rights").</param>
/// <param name="SourceSpan">The source as written.</param>
/// <param name="Scope">The clause or sentence the attribution covers.</param>
public sealed record Attribution(TextSpan Cue, string Source, TextSpan SourceSpan, TextSpan Scope);

/// <summary>Words that set how sure a stretch of text is ("unconfirmed reports", "claimed", "suspected").</summary>
public sealed record Hedge(TextSpan Span, Certainty Certainty, TextSpan Scope);

/// <summary>How a place name is used in its sentence.</summary>
public enum ToponymRole
{
    /// <summary>A place where something is or happens.</summary>
    Location,
    /// <summary>A named site: prison, camp, base.</summary>
    Facility,
    /// <summary>The place stands for its government or people ("Damascus said").</summary>
    Metonym,
}

/// <summary>A place name in the text and, when resolved, the place it refers to.</summary>
/// <param name="Facility">Canonical facility name when <paramref name="Role"/> is <see cref="ToponymRole.Facility"/>.</param>
/// <param name="Operator">Canonical actor that runs the facility, when known.</param>
public sealed record Toponym(TextSpan Span, Place? Place, ToponymRole Role, string? Facility = null, string? Operator = null);

/// <summary>A named actor in the text, resolved to its canonical name.</summary>
public sealed record ActorMention(TextSpan Span, string Actor);
