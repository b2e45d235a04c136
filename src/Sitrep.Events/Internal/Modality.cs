namespace Sitrep.Events.Internal;

/// <summary>What a modality cue does to the words after it (modality.tsv).</summary>
internal enum Frame
{
    /// <summary>Triggers under it tell no event: intent, threat, call, possibility, future.</summary>
    Irrealis,
    /// <summary>Irrealis over a bare verb only: the "to" of purpose.</summary>
    Purpose,
    /// <summary>Triggers under it are events whatever irrealis frame also covers them: attempts, realised acts, "to" as a preposition.</summary>
    Realis,
    /// <summary>The whole clause tells a trend or a state rather than an incident.</summary>
    Trend,
}

/// <summary>One line of modality.tsv: a cue, how many words after it it covers, and its frame.</summary>
internal sealed record ModalityCue(IReadOnlyList<PatternElement> Pattern, int Reach, Frame Frame, string Origin);

/// <summary>Finds the modality frames a clause's triggers stand under.</summary>
/// <remarks>
/// Like negation, a frame reaches a few words forward from its cue: "plans to attack", "could launch attacks". A trigger
/// under an irrealis frame is dropped unless a realis cue also covers it ("tried to storm", "an attempt to free").
/// Cues are indexed by their first word (<see cref="FirstWordIndex{T}"/>), so a position costs two look-ups.
/// </remarks>
internal sealed class Modality
{
    readonly FirstWordIndex<ModalityCue> _index;
    // How far back from a trigger a covering cue may start: the longest cue plus the longest reach.
    readonly int _lookBack;

    public Modality(IEnumerable<ModalityCue> cues)
    {
        var all = cues.ToList();
        _index = new(all.Select(c => (c.Pattern, c, c.Origin)));
        _lookBack = all.Count == 0 ? 0 : all.Max(c => c.Pattern.Count + c.Reach);
    }

    /// <summary>Whether the trigger starting at word <paramref name="trigger"/> stands under an irrealis frame and under no realis one.</summary>
    public bool IsIrrealis(List<Word> words, int trigger)
    {
        bool irrealis = false;
        for (int s = Math.Max(0, trigger - _lookBack); s < trigger; s++)
        {
            var (exact, prefixed) = _index.At(words[s].Text);
            if (Covers(exact, words, s, trigger, ref irrealis) || Covers(prefixed, words, s, trigger, ref irrealis)) return false;
        }
        return irrealis;
    }

    /// <summary>Whether any trend cue stands in the words ("has been stepping up", "in recent years").</summary>
    public bool IsTrend(List<Word> words)
    {
        for (int s = 0; s < words.Count; s++)
        {
            var (exact, prefixed) = _index.At(words[s].Text);
            if (HasTrend(exact, words, s) || HasTrend(prefixed, words, s)) return true;
        }
        return false;
    }

    // Notes an irrealis frame over the trigger in `irrealis`; true when a realis cue covers it, which settles the matter.
    static bool Covers(List<(PatternElement First, ModalityCue Cue)>? cues, List<Word> words, int s, int trigger, ref bool irrealis)
    {
        if (cues is null) return false;
        foreach (var (_, cue) in cues)
        {
            int end = End(cue, words, s);
            if (end < 0 || end > trigger || trigger >= end + cue.Reach) continue;
            switch (cue.Frame)
            {
                case Frame.Realis: return true;
                case Frame.Irrealis: irrealis = true; break;
                case Frame.Purpose: irrealis |= IsBareVerb(words[trigger].Text); break;
            }
        }
        return false;
    }

    static bool HasTrend(List<(PatternElement First, ModalityCue Cue)>? cues, List<Word> words, int s)
    {
        if (cues is null) return false;
        foreach (var (_, cue) in cues)
            if (cue.Frame == Frame.Trend && End(cue, words, s) >= 0) return true;
        return false;
    }

    // The index after the cue's last word when the cue matches from word s, else -1.
    static int End(ModalityCue cue, List<Word> words, int s)
    {
        if (s + cue.Pattern.Count > words.Count) return -1;
        for (int k = 0; k < cue.Pattern.Count; k++)
            if (!cue.Pattern[k].Matches(words[s + k].Text)) return -1;
        return s + cue.Pattern.Count;
    }

    // "to capture", "to free", not "to attacks", "to fighting", "to shelled": an infinitive has no ending.
    static bool IsBareVerb(string word) =>
        !word.EndsWith('s') && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal);
}
