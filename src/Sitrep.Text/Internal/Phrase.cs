namespace Sitrep.Text.Internal;

/// <summary>Matching of lower-case word sequences against a sentence's lower-case tokens.</summary>
internal static class Phrase
{
    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="words"/> starting at <paramref name="i"/>.</summary>
    public static bool At(string[] words, int i, string[] phrase)
    {
        if (i < 0 || i + phrase.Length > words.Length) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (words[i + k] != phrase[k]) return false;
        return true;
    }

    /// <summary>A lexicon cell split into lower-case tokens the way text is.</summary>
    public static string[] Words(string cell) => NumberParser.Lower(cell, Tokenizer.Tokenize(cell));
}
