using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>What the triggers of a stretch of text say: the winning sub-event type, its strongest and its first trigger, every tag.</summary>
/// <param name="Trigger">The heaviest trigger of the winning type: the evidence for the type.</param>
/// <param name="First">The earliest trigger of the winning type: the verb or noun the actors stand around.</param>
internal sealed record Reading(SubEventType Sub, int Score, TriggerMatch Trigger, TriggerMatch First, IReadOnlyList<EventTag> Tags);

/// <summary>Turns trigger matches into a <see cref="Reading"/> by weighted vote.</summary>
/// <remarks>
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

        var ofWinner = matches.Where(m => VoteOf(m, lexicon, seizedFrom) == winner).ToList();
        var tags = matches.SelectMany(m => m.Trigger.Tags).Distinct().Order().ToArray();
        return new Reading(winner, bestScore, ofWinner.MaxBy(m => m.Trigger.Weight), ofWinner.MinBy(m => m.Start), tags);
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
