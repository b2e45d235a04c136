using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>What the triggers of a stretch of text say: the winning sub-event type, its strongest and its first trigger, every tag.</summary>
/// <param name="Trigger">The heaviest trigger of the winning type: the evidence for the type.</param>
/// <param name="First">The earliest trigger of the winning type: the verb or noun the actors stand around.</param>
internal sealed record Reading(SubEventType Sub, int Score, TriggerMatch Trigger, TriggerMatch First, IReadOnlyList<EventTag> Tags);

/// <summary>Turns trigger matches into a <see cref="Reading"/> by weighted vote.</summary>
internal static class Typing
{
    /// <summary>The sub-type with the highest summed weight (refinements inherit the votes of what they refine), or null when nothing votes.</summary>
    /// <param name="boost">Extra multiplier for each match (e.g. matches in a lede count double); null for none.</param>
    public static Reading? Read(IReadOnlyList<TriggerMatch> matches, Lexicon lexicon, Func<TriggerMatch, int>? boost = null)
    {
        Span<int> votes = stackalloc int[AcledTypes.SubEventTypes.Count];
        foreach (var m in matches)
            if (m.Trigger.Sub is { } s) votes[(int)s] += m.Trigger.Weight * (boost?.Invoke(m) ?? 1);

        SubEventType? best = null;
        int bestScore = 0;
        foreach (var sub in AcledTypes.SubEventTypes)
        {
            int own = votes[(int)sub];
            if (own == 0) continue;
            int score = own;
            foreach (var parent in lexicon.Refines[sub]) score += votes[(int)parent];
            if (score > bestScore) (best, bestScore) = (sub, score);
        }
        if (best is not { } winner) return null;

        var ofWinner = matches.Where(m => m.Trigger.Sub == winner).ToList();
        var tags = matches.SelectMany(m => m.Trigger.Tags).Distinct().Order().ToArray();
        return new Reading(winner, bestScore, ofWinner.MaxBy(m => m.Trigger.Weight), ofWinner.MinBy(m => m.Start), tags);
    }
}
