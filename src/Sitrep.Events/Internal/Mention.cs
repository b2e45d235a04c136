using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>One clause that reports an event, with the arguments found for it; mentions of one event merge into an <see cref="Event"/>.</summary>
/// <param name="Clause">The clause the triggers were found in.</param>
/// <param name="Sentence">The sentence holding the clause, used as evidence.</param>
/// <param name="Anaphoric">The trigger refers back ("the attack", "this operation").</param>
/// <param name="Place">The clause's own place, or the focus place; null when none is known.</param>
/// <param name="OwnPlace">Whether <paramref name="Place"/> was named in the clause itself.</param>
/// <param name="OwnDate">Whether <paramref name="Date"/> came from a time expression in the clause itself.</param>
internal sealed record Mention(
    TextSpan Clause, TextSpan Sentence, Reading Reading, bool Anaphoric,
    Toponym? Place, bool OwnPlace, DateRange? Date, TextSpan? DateSpan, bool OwnDate,
    Roles Roles, Claim? Fatalities, Claim? Injured, IReadOnlyList<Claim> Claims,
    IReadOnlyList<string> Sources, Certainty Certainty, bool Historical);

/// <summary>Who did what to whom in one clause: canonical names and, when named in the clause, the words.</summary>
internal sealed record Roles(string? Actor1, TextSpan? Actor1Span, string? Actor2, TextSpan? Actor2Span, IReadOnlyList<string> Assoc);
