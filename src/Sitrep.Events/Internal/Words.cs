namespace Sitrep.Events.Internal;

/// <summary>A lower-cased word of a text and where it is.</summary>
internal readonly record struct Word(string Text, int Start, int End);

/// <summary>Splits text into lower-cased words for trigger matching.</summary>
/// <remarks>Hyphens and apostrophes split words, so "car-bomb" matches the pattern "car bomb" and "ISIS's" gives "isis", "s".</remarks>
internal static class Words
{
    /// <summary>The words of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, offsets into the whole text;
    /// only the first <paramref name="limit"/> when that is given.</summary>
    public static List<Word> Split(string text, int start, int end, int limit = int.MaxValue)
    {
        var words = new List<Word>(Math.Min(limit, Math.Max(0, end - start) / 5)); // a word in about six characters: rarely regrows
        int i = start;
        while (i < end && words.Count < limit)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < end && char.IsLetterOrDigit(text[i])) i++;
            words.Add(new Word(Lowered(text.AsSpan(s, i - s)), s, i));
        }
        return words;
    }

    /// <summary>The word lower-cased (invariant) as one new string, without an intermediate substring.</summary>
    static string Lowered(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return new string(lower);
    }
}
