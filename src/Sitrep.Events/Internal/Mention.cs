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
/// <param name="Habitual">The clause speaks of a pattern, trend or possibility ("attacks have been a recurring tactic").</param>
/// <param name="Ongoing">The clause tells the event is still going on ("clashes continued on Wednesday").</param>
/// <param name="SetApart">The clause sets its incident apart from those told before ("another car bomb", "a second camp").</param>
/// <param name="Tally">The clause counts attacks over a period ("27 attacks in the week after the invasion"): an aggregate, not one incident.</param>
/// <param name="Campaign">It is a state's campaign abroad named as a noun ("Turkey's incursion"): one event however often told.</param>
/// <param name="Period">Its own date is the time since a dated start ("have escaped since the offensive began on Oct. 9"): when
/// the event went on, not a period it is compared over.</param>
internal sealed record Mention(
    TextSpan Clause, TextSpan Sentence, Reading Reading, bool Anaphoric,
    Toponym? Place, bool OwnPlace, DateRange? Date, TextSpan? DateSpan, bool OwnDate,
    Roles Roles, Claim? Fatalities, Claim? Injured, IReadOnlyList<Claim> Claims,
    IReadOnlyList<string> Sources, Certainty Certainty, bool Historical, bool Habitual, bool Ongoing, bool SetApart, bool Tally, bool Campaign = false, bool Period = false)
{
    // Trigger weight at which the wording alone reports a specific incident ("shot dead", "a car bomb exploded").
    const int SpecificScore = 5;

    /// <summary>Whether the clause pins an event down by itself (specific wording, its own place or time, a casualty figure, a
    /// named party or a count of attacks) and is not about a pattern.</summary>
    public bool Anchored => !Habitual && (Reading.Score >= SpecificScore || OwnPlace || OwnDate || Fatalities is not null || Injured is not null ||
        Roles.Actor1Span is not null || Roles.Actor2Span is not null || Tally);
}

/// <summary>Who did what to whom in one clause: canonical names and, when named in the clause, the words.</summary>
/// <param name="Actor1Cued">Whether the grammar names the perpetrator ("by X", "X claimed", "X fighters attacked") rather than word order alone.</param>
internal sealed record Roles(string? Actor1, TextSpan? Actor1Span, string? Actor2, TextSpan? Actor2Span, IReadOnlyList<string> Assoc, bool Actor1Cued = false);
