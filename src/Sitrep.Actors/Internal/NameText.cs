using System.Globalization;

namespace Sitrep.Actors.Internal;

/// <summary>A word of a name or text: where it is, and where its folded letters sit in <see cref="NameText"/>.</summary>
/// <param name="Start">First code unit of the word in its text.</param>
/// <param name="End">Code unit after the word.</param>
/// <param name="FoldStart">First of its folded letters in the text's letter buffer.</param>
/// <param name="FoldLength">How many folded letters it has.</param>
/// <param name="Possessive">Whether it ends in a possessive "'s", which a name may drop.</param>
/// <param name="Joined">Whether only spaces, hyphens or apostrophes separate it from the previous word, so both can belong to one name.</param>
internal readonly record struct NameToken(int Start, int End, int FoldStart, int FoldLength, bool Possessive, bool Joined);

/// <summary>A text split into words, each reduced to its letters and digits without diacritics or apostrophes, case kept ("Da'esh" gives "Daesh").</summary>
/// <remarks>Words are runs of letters and digits with inner apostrophes ("Da'esh") and dotted initials ("U.S.") kept whole; hyphens split.
/// Folded letters go into one shared buffer so that reading a text allocates per text, not per word.</remarks>
internal sealed class NameText
{
    readonly char[] _folded;

    /// <summary>The words, in text order.</summary>
    public List<NameToken> Tokens { get; }

    /// <summary>Splits <paramref name="text"/> into words.</summary>
    public NameText(string text)
    {
        _folded = new char[text.Length];
        Tokens = new(text.Length / 5); // news text has a word in about six characters: rarely regrows
        int i = 0, previousEnd = 0, fold = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int start = i, foldStart = fold, apostropheAt = -1;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsWordChar(c)) { if (Fold(c) is char f) _folded[fold++] = f; i++; }
                else if (IsApostrophe(c) && i + 1 < text.Length && IsWordChar(text[i + 1])) { apostropheAt = fold; i++; }
                else if (c == '.' && IsInitial(text, start, i) && i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                else break;
            }
            int end = i;
            // "U.S." keeps its closing dot inside the word when it closes a run of initials.
            if (end < text.Length && text[end] == '.' && IsInitial(text, start, end) && end - start > 1) end++;
            int length = fold - foldStart;
            bool possessive = length > 1 && apostropheAt == fold - 1 && _folded[fold - 1] is 's' or 'S';
            bool joined = Tokens.Count > 0 && IsJoiningGap(text, previousEnd, start);
            Tokens.Add(new NameToken(start, end, foldStart, length, possessive, joined));
            previousEnd = end;
        }
    }

    /// <summary>The folded letters of a word, without its possessive "'s" when <paramref name="stem"/> is set.</summary>
    public ReadOnlySpan<char> Letters(NameToken token, bool stem = false) =>
        _folded.AsSpan(token.FoldStart, stem ? token.FoldLength - 1 : token.FoldLength);

    /// <summary>Whether text letters honour a name's capitals: every capital in the name must be a capital in the text.</summary>
    /// <remarks>So "IS" never matches "is" or "Is", while "al-Qaeda" matches "Al-Qaeda" and "AL-QAEDA".</remarks>
    public static bool HonoursCase(string nameLetters, ReadOnlySpan<char> textLetters)
    {
        for (int i = 0; i < nameLetters.Length; i++)
            if (char.IsUpper(nameLetters[i]) && !char.IsUpper(textLetters[i])) return false;
        return true;
    }

    static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c)
        : (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) && !IsApostrophe(c);

    static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or '`';

    // A dot after a single letter that starts the word or follows another dot, as in "U.S." or "U.N.".
    static bool IsInitial(string text, int wordStart, int dot) =>
        dot - 1 >= wordStart && char.IsLetter(text[dot - 1]) && (dot - 1 == wordStart || text[dot - 2] == '.');

    static bool IsJoiningGap(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (!(c is ' ' or '\u00A0' or '\t' or '-' or '‐' or '‑' or '–' || IsApostrophe(c))) return false;
        }
        return true;
    }

    // The build uses invariant globalization, where string.Normalize cannot strip accents, so the Latin letters of
    // transliterated names are folded from a table; combining marks are dropped.
    const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿĀāĂăĄąĆćČčĎďĒēĖėĘęĚěĞğĢģĪīĮįİıĶķĹĺĻļĽľŁłŃńŅņŇňŌōŐőŔŕŘřŚśŞşŠšŢţŤťŪūŮůŰűŲųŹźŻżŽžḌḍḤḥṢṣṬṭẒẓ";
    const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyAaAaAaCcCcDdEeEeEeEeGgGgIiIiIiKkLlLlLlLlNnNnNnOoOoRrRrSsSsSsTtTtUuUuUuUuZzZzZzDdHhSsTtZz";

    static char? Fold(char c) =>
        c < 128 ? c
        : Accented.IndexOf(c) is int i and >= 0 ? Plain[i]
        : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? null
        : c;
}
