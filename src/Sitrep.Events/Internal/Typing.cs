using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>What the triggers of a stretch of text say: the winning sub-event type, its strongest and its first trigger, every tag.</summary>
/// <param name="Trigger">The heaviest trigger of the winning type: the evidence for the type.</param>
/// <param name="First">The earliest trigger of the winning type: the verb or noun the actors stand around.</param>
internal sealed record Reading(SubEventType Sub, int Score, TriggerMatch Trigger, TriggerMatch First, IReadOnlyList<EventTag> Tags)
{
    /// <summary>The development the clause's triggers told before people killed in it made it violent (an arrest raid, a foiled plot); else null.</summary>
    public SubEventType? MadeViolentFrom { get; init; }
}

/// <summary>Turns trigger matches into a <see cref="Reading"/> by weighted vote.</summary>
/// <remarks>
/// A clause may tell two events of different kinds: an escape beside a shelling, a ceasefire beside an incursion, a
/// withdrawal beside an air strike. Each then gets its own reading and the tags of its own triggers.
/// Weapons named after a decisive find or seizure ("recovered rifles, rockets and IEDs") are what was seized, so their
/// votes go to disrupted weapons use, not to the attack type the weapon would signal on its own.
/// </remarks>
internal static class Typing
{
    // A disrupted-weapons trigger this heavy is a seizure or find whose objects follow it.
    const int SeizureWeight = 7;

    /// <summary>The sub-type with the highest summed weight (refinements inherit the votes of what they refine), or null when nothing votes.</summary>
    /// <param name="boost">Extra multiplier for each match (e.g. matches in a lede count double); null for none.</param>
    /// <param name="allowed">Which sub-types may win; null for all.</param>
    public static Reading? Read(IReadOnlyList<TriggerMatch> matches, Lexicon lexicon, Func<TriggerMatch, int>? boost = null, Func<SubEventType, bool>? allowed = null)
    {
        Span<int> votes = stackalloc int[AcledTypes.SubEventTypes.Count];
        int seizedFrom = SeizureStart(matches);
        foreach (var m in matches)
            if (VoteOf(m, lexicon, seizedFrom) is { } s) votes[(int)s] += m.Trigger.Weight * (boost?.Invoke(m) ?? 1);

        SubEventType? best = null;
        int bestScore = 0;
        foreach (var sub in AcledTypes.SubEventTypes)
        {
            int own = votes[(int)sub];
            if (own == 0 || allowed?.Invoke(sub) == false) continue;
            int score = own;
            foreach (var parent in lexicon.Refines[sub]) score += votes[(int)parent];
            if (score > bestScore) (best, bestScore) = (sub, score);
        }
        if (best is not { } winner) return null;

        // The winner's heaviest and earliest triggers, each the first such in match order.
        TriggerMatch? strongest = null, first = null;
        foreach (var m in matches)
        {
            if (VoteOf(m, lexicon, seizedFrom) != winner) continue;
            if (strongest is not { } s || m.Trigger.Weight > s.Trigger.Weight) strongest = m;
            if (first is not { } f || m.Start < f.Start) first = m;
        }
        return new Reading(winner, bestScore, strongest!.Value, first!.Value, TagsOf(matches));
    }

    /// <summary>The main reading and, when the clause also tells an event of another kind with at least <paramref name="minScore"/>, that one too.</summary>
    /// <remarks>Each reading keeps the tags of its own kind of trigger; the main one also keeps the tags no other reading claims.</remarks>
    public static IReadOnlyList<Reading> Split(Reading main, IReadOnlyList<TriggerMatch> matches, Lexicon lexicon, int minScore)
    {
        var beside = Read(matches, lexicon, allowed: s => StandsApart(main.Sub, s));
        if (beside is null || beside.Tags.Contains(EventTag.Surrender) || EndsTheFight(main, beside)) return [main];
        // Too weak to be events of their own, words of other kinds name people or things, not acts ("recent escapees are
        // regrouping" beside bombings): they tag the main event only when its own words tell a prison too ("stormed the jail").
        if (beside.Score < minScore)
        {
            var own = main with { Tags = TagsOf(matches.Where(m => KindOf(m) is not { } k || !StandsApart(main.Sub, k))) };
            return [own.Tags.Any(IsCustody) ? main : own];
        }
        bool Belongs(TriggerMatch m) => KindOf(m) is { } k && SameKind(k, beside.Sub);
        return [main with { Tags = TagsOf(matches.Where(m => !Belongs(m))) }, beside with { Tags = TagsOf(matches.Where(Belongs)) }];
    }

    // Fighters withdrawing in the clause that tells their fight ("fought for an hour before withdrawing") end it; no event of its own.
    static bool EndsTheFight(Reading main, Reading beside) =>
        Violence.IsViolent(main.Sub) && beside.Trigger.Trigger.Tags.Contains(EventTag.Withdrawal);

    // An escape or a deal told beside violence is an event of its own (the escape the shelling let happen, the ceasefire
    // an incursion goes on despite); violence or another development told beside a development is too. But arrests,
    // seizures, destruction and withdrawals told with violence are its aftermath, and a base is mostly its target.
    static bool StandsApart(SubEventType main, SubEventType other)
    {
        if (main == other || IsAftermath(main) || IsAftermath(other) || other == SubEventType.HeadquartersOrBaseEstablished) return false;
        return IsDevelopment(main) || other is SubEventType.Other or SubEventType.Agreement;
    }

    // Each kind of development is its own kind; violence is one kind, protests and riots another.
    static bool SameKind(SubEventType a, SubEventType b) =>
        a == b || !IsDevelopment(a) && !IsDevelopment(b) && Violence.IsViolent(a) == Violence.IsViolent(b);

    static bool IsDevelopment(SubEventType sub) => AcledTypes.TypeOf(sub) == EventType.StrategicDevelopments;

    /// <summary>Arrests, seizures and destruction: what follows violence or a raid rather than an act of its own.</summary>
    public static bool IsAftermath(SubEventType sub) =>
        sub is SubEventType.Arrests or SubEventType.DisruptedWeaponsUse or SubEventType.LootingPropertyDestruction;

    // The sub-type a trigger speaks for; a tag-only line about an escape speaks for the escape.
    static SubEventType? KindOf(TriggerMatch m) =>
        m.Trigger.Sub ?? (m.Trigger.Tags.Any(t => t is EventTag.PrisonBreak or EventTag.Escape) ? SubEventType.Other : null);

    static bool IsCustody(EventTag t) => t is EventTag.PrisonAttack or EventTag.PrisonBreak or EventTag.Escape or EventTag.Recapture;

    // In order, without repeats. Most triggers carry no tag, so most clauses make no list at all.
    static EventTag[] TagsOf(IEnumerable<TriggerMatch> matches)
    {
        List<EventTag>? tags = null;
        foreach (var m in matches)
            for (int i = 0; i < m.Trigger.Tags.Count; i++)
                if (!(tags ??= []).Contains(m.Trigger.Tags[i])) tags.Add(m.Trigger.Tags[i]);
        if (tags is null) return [];
        tags.Sort();
        return [.. tags];
    }

    static int SeizureStart(IReadOnlyList<TriggerMatch> matches)
    {
        foreach (var m in matches)
            if (m.Trigger.Sub == SubEventType.DisruptedWeaponsUse && m.Trigger.Weight >= SeizureWeight) return m.Start;
        return int.MaxValue;
    }

    static SubEventType? VoteOf(TriggerMatch m, Lexicon lexicon, int seizedFrom) =>
        m.Start >= seizedFrom && lexicon.IsWeapon(m.Trigger) ? SubEventType.DisruptedWeaponsUse : m.Trigger.Sub;
}
