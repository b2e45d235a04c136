namespace Sitrep.Events.Internal;

/// <summary>Finds every trigger of a lexicon in a run of words.</summary>
/// <remarks>Triggers are indexed by their first element (<see cref="FirstWordIndex{T}"/>), so a word costs two look-ups.</remarks>
internal sealed class TriggerMatcher
{
    readonly FirstWordIndex<Trigger> _index;

    public TriggerMatcher(IEnumerable<Trigger> triggers) => _index = new(triggers.Select(t => (t.Pattern, t, t.Origin)));

    /// <summary>Every match in <paramref name="words"/>, in order of first word.</summary>
    public List<TriggerMatch> Find(IReadOnlyList<Word> words)
    {
        var found = new List<TriggerMatch>();
        for (int i = 0; i < words.Count; i++)
        {
            var (exact, prefixed) = _index.At(words[i].Text);
            if (exact is not null) TryAll(exact, words, i, found);
            if (prefixed is not null) TryAll(prefixed, words, i, found);
        }
        return found.Exists(m => m.Trigger.Masks) ? Unmasked(found) : found;
    }

    // Drops the masks and every match inside one: "fighting" in "infantry fighting vehicles" tells no fighting.
    static List<TriggerMatch> Unmasked(List<TriggerMatch> found)
    {
        var masks = found.FindAll(m => m.Trigger.Masks);
        found.RemoveAll(m => masks.Exists(k => k.Start <= m.Start && m.End <= k.End));
        return found;
    }

    static void TryAll(List<(PatternElement First, Trigger Trigger)> candidates, IReadOnlyList<Word> words, int i, List<TriggerMatch> found)
    {
        foreach (var (first, trigger) in candidates)
        {
            if (!first.Matches(words[i].Text)) continue;
            int end = MatchFrom(trigger.Pattern, 1, words, i + 1);
            if (end >= 0) found.Add(new TriggerMatch(trigger, words[i].Start, words[end - 1].End));
        }
    }

    // Returns the index after the last matched word, or -1; gaps take the fewest words that let the rest match.
    static int MatchFrom(IReadOnlyList<PatternElement> pattern, int p, IReadOnlyList<Word> words, int w)
    {
        if (p == pattern.Count) return w;
        if (pattern[p] is GapElement)
        {
            for (int skip = 0; skip <= GapElement.MaxWords && w + skip <= words.Count; skip++)
            {
                int end = MatchFrom(pattern, p + 1, words, w + skip);
                if (end >= 0) return end;
            }
            return -1;
        }
        return w < words.Count && pattern[p].Matches(words[w].Text) ? MatchFrom(pattern, p + 1, words, w + 1) : -1;
    }
}
