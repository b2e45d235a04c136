using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>Assigns the actors named in a clause to perpetrator (actor1), target (actor2) and associated roles from voice and cue words.</summary>
/// <remarks>
/// "X attacked Y" and "an X attack on Y": X before the trigger, Y after. "Y killed by X", "Y came under attack from X":
/// the agent follows "by"/"from" and the actor before the trigger is the target. "X claimed responsibility" makes X
/// the perpetrator. "backed by X", "with support from X" make X associated. Nobody named stays null.
/// </remarks>
internal sealed class RoleFinder(ActorDictionary actors)
{
    // Canonical names are looked up for every actor mention, so by dictionary rather than by alias matching.
    readonly Dictionary<string, ActorEntry> _byCanonical = actors.Entries.ToDictionary(e => e.Canonical, StringComparer.Ordinal);

    static readonly HashSet<string> PassiveMarkers = ["was", "were", "been", "being", "is", "are", "be", "under", "got", "get"];
    static readonly HashSet<string> TargetCues = ["on", "against", "targeting", "targeted", "at", "upon"];
    static readonly string[][] AssocCues =
    [
        ["backed", "by"], ["supported", "by"], ["assisted", "by"], ["aided", "by"], ["support", "from"], ["help", "of"],
        ["support", "of"], ["alongside"], ["joined", "by"], ["cover", "from"], ["along", "with"], ["together", "with"],
    ];

    /// <summary>The roles of the actors named in a clause around its trigger; <paramref name="words"/> are the clause's words.</summary>
    public Roles Find(TextSpan trigger, IReadOnlyList<ActorMention> inClause, IReadOnlyList<Word> words)
    {
        string? actor1 = null, actor2 = null;
        TextSpan? span1 = null, span2 = null;
        var assoc = new List<string>();
        var before = new List<ActorMention>();
        var after = new List<ActorMention>();
        bool passive = IsPassive(words, trigger.Start, inClause);

        foreach (var a in inClause)
        {
            var cue = WordsBefore(words, a.Span.Start, 3);
            if (AssocCues.Any(c => EndsWith(cue, c))) { if (!assoc.Contains(a.Actor)) assoc.Add(a.Actor); continue; }
            bool agent = cue.Count > 0 && (cue[^1] == "by" || cue[^1] == "from" && a.Span.Start > trigger.Start);
            if (agent || ClaimsResponsibility(words, a.Span.End))
            {
                if (actor1 is null) (actor1, span1) = (a.Actor, a.Span);
                continue;
            }
            if (cue.Count > 0 && TargetCues.Contains(cue[^1]) && a.Span.Start > trigger.Start)
            {
                if (actor2 is null) (actor2, span2) = (a.Actor, a.Span);
                continue;
            }
            (a.Span.Start < trigger.Start ? before : after).Add(a);
        }

        // Passive or agent-marked clauses put the actor before the trigger in the target role.
        bool subjectIsTarget = passive || actor1 is not null && before.Count > 0;
        foreach (var a in subjectIsTarget ? before.Concat(after) : [])
            if (actor2 is null && a.Actor != actor1) (actor2, span2) = (a.Actor, a.Span);
        if (!subjectIsTarget)
        {
            // The subject is the actor nearest before the trigger; the object the first after it.
            if (actor1 is null && before.Count > 0) (actor1, span1) = (before[^1].Actor, before[^1].Span);
            foreach (var a in after.Concat(before))
                if (actor2 is null && a.Actor != actor1) (actor2, span2) = (a.Actor, a.Span);
        }
        // The grammar of the actors' own verbs outranks position: "X fighters attacked", "Y were killed when X …".
        if (inClause.FirstOrDefault(a => DoesViolence(words, a.Span.End)) is { } doer && !assoc.Contains(doer.Actor))
        {
            if (actor2 == doer.Actor) (actor2, span2) = (actor1, span1);
            (actor1, span1) = (doer.Actor, doer.Span);
        }
        if (inClause.FirstOrDefault(a => SuffersViolence(words, a.Span.End)) is { } victim && victim.Actor != actor1)
            (actor2, span2) = (victim.Actor, victim.Span);
        if (actor2 == actor1) (actor2, span2) = (null, null);
        assoc.RemoveAll(a => a == actor1 || a == actor2);
        return new Roles(actor1, span1, actor2, span2, assoc);
    }

    static readonly HashSet<string> ViolentVerbs =
    [
        "attacked", "stormed", "ambushed", "killed", "shelled", "struck", "raided", "targeted", "bombed", "hit", "launched",
        "fired", "opened", "detonated", "seized", "captured", "overran", "assaulted", "abducted", "kidnapped", "executed",
        "shot", "besieged", "arrested", "detained", "attack", "attacks", "storm", "kill", "kills",
    ];
    // Nouns between a group's name and its verb ("IS fighters attacked", "SDF units raided").
    static readonly HashSet<string> MemberNouns =
    [
        "fighters", "gunmen", "militants", "cells", "cell", "forces", "troops", "soldiers", "operatives", "members", "units",
        "jets", "warplanes", "drones", "aircraft", "militiamen", "jihadists", "insurgents", "police",
    ];
    static readonly HashSet<string> SufferedVerbs = ["killed", "wounded", "injured", "targeted", "attacked", "ambushed", "abducted", "kidnapped", "arrested", "detained", "hit"];

    // The actor is the subject of a violent verb right after its name.
    static bool DoesViolence(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        if (i < words.Count && MemberNouns.Contains(words[i].Text)) i++;
        return i < words.Count && ViolentVerbs.Contains(words[i].Text);
    }

    // The actor is the subject of a passive violent verb a few words on ("three soldiers and two militants were killed").
    static bool SuffersViolence(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        for (int k = i; k < words.Count - 1 && k < i + PassiveReach; k++)
            if (words[k].Text is "was" or "were" && SufferedVerbs.Contains(words[k + 1].Text)) return true;
        return false;
    }

    // Words between an actor and the "were" of its passive verb ("soldiers and two militants were").
    const int PassiveReach = 5;

    /// <summary>Whether an actor is a party to events rather than a reporter of them.</summary>
    public bool IsParty(string canonical) => _byCanonical.GetValueOrDefault(canonical) is not { IsReporter: true };

    /// <summary>Whether the actor is a state's armed force or government.</summary>
    public bool IsState(string canonical) => _byCanonical.GetValueOrDefault(canonical)?.Kind is ActorKinds.StateForce or ActorKinds.Government or ActorKinds.Coalition;

    /// <summary>Whether the actor is a civilian or protester group rather than an armed one.</summary>
    public bool IsCivilianGroup(string canonical) => _byCanonical.GetValueOrDefault(canonical)?.Kind is ActorKinds.Civilians or ActorKinds.Protesters;

    /// <summary>The civilians of a country as coded ("Civilians (Syria)").</summary>
    public string? CiviliansOf(string? country) => actors.GroupOf(ActorKinds.Civilians, country) ?? (country is null ? null : "Civilians");

    /// <summary>The protesters of a country as coded ("Protesters (Iraq)").</summary>
    public string? ProtestersOf(string? country) => actors.GroupOf(ActorKinds.Protesters, country) ?? (country is null ? null : "Protesters");

    // "was/were/been … killed", "under attack"; a marker inside an actor's name ("IS") does not count.
    static bool IsPassive(IReadOnlyList<Word> words, int triggerStart, IReadOnlyList<ActorMention> actors)
    {
        int i = IndexAt(words, triggerStart);
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
            if (PassiveMarkers.Contains(words[k].Text) && !actors.Any(a => a.Span.Start <= words[k].Start && words[k].End <= a.Span.End)) return true;
        return false;
    }

    static bool ClaimsResponsibility(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        for (int k = i; k < words.Count && k < i + 4; k++)
            if (words[k].Text is "claimed" or "claims" or "claiming" && k + 1 < words.Count && words[k + 1].Text is "responsibility" or "the") return true;
        return false;
    }

    static readonly HashSet<string> Determiners = ["the", "a", "an"];

    // The cue words just before a position, determiners left out ("backed by the coalition" reads "backed by").
    static List<string> WordsBefore(IReadOnlyList<Word> words, int position, int count)
    {
        var cue = new List<string>(count);
        for (int k = IndexAt(words, position) - 1; k >= 0 && cue.Count < count; k--)
            if (!Determiners.Contains(words[k].Text)) cue.Insert(0, words[k].Text);
        return cue;
    }

    static bool EndsWith(List<string> cue, string[] tail) =>
        cue.Count >= tail.Length && tail.Select((t, k) => cue[cue.Count - tail.Length + k] == t).All(x => x);

    // Index of the first word starting at or after a position.
    static int IndexAt(IReadOnlyList<Word> words, int position)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (words[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
