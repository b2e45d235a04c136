namespace Sitrep.Text.Internal;

/// <summary>Lexicon phrases grouped by their first and last word, longest first, so a sentence is matched word by word without trying every cue.</summary>
internal sealed class PhraseIndex<T>
{
    readonly Dictionary<string, (string[] Words, T Value)[]> _byFirst;
    readonly Dictionary<string, (string[] Words, T Value)[]> _byLast;

    /// <summary>Indexes <paramref name="entries"/>; among phrases sharing a word, longer ones come first, else lexicon order.</summary>
    public PhraseIndex(IEnumerable<(string[] Words, T Value)> entries)
    {
        var ordered = entries.Where(e => e.Words.Length > 0).OrderByDescending(e => e.Words.Length).ToArray();
        _byFirst = ordered.GroupBy(e => e.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byLast = ordered.GroupBy(e => e.Words[^1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    // Callers ask at every word and most words start no phrase: those get an empty array, not an iterator object.

    /// <summary>The phrases that occur in <paramref name="words"/> starting at <paramref name="i"/>, longest first.</summary>
    public IEnumerable<(string[] Words, T Value)> StartingAt(string[] words, int i) =>
        i >= 0 && i < words.Length && _byFirst.TryGetValue(words[i], out var candidates) ? Starting(words, i, candidates) : [];

    /// <summary>The phrases that occur in <paramref name="words"/> ending at <paramref name="i"/>, longest first.</summary>
    public IEnumerable<(string[] Words, T Value)> EndingAt(string[] words, int i) =>
        i >= 0 && i < words.Length && _byLast.TryGetValue(words[i], out var candidates) ? Ending(words, i, candidates) : [];

    static IEnumerable<(string[] Words, T Value)> Starting(string[] words, int i, (string[] Words, T Value)[] candidates)
    {
        foreach (var c in candidates)
            if (Phrase.At(words, i, c.Words)) yield return c;
    }

    static IEnumerable<(string[] Words, T Value)> Ending(string[] words, int i, (string[] Words, T Value)[] candidates)
    {
        foreach (var c in candidates)
            if (Phrase.At(words, i - c.Words.Length + 1, c.Words)) yield return c;
    }
}
