using System.Globalization;
using System.Text;

namespace Sitrep.Actors.Internal;

/// <summary>A word of a name or text, reduced to what alias matching compares.</summary>
/// <param name="Start">First code unit of the word in its text.</param>
/// <param name="End">Code unit after the word.</param>
/// <param name="Letters">Letters and digits without diacritics or apostrophes, case kept ("Da'esh" gives "Daesh").</param>
/// <param name="Key">Lower-case <paramref name="Letters"/>, the lookup key.</param>
/// <param name="StemLength">Length of <paramref name="Letters"/> without a possessive "'s", or null when there is none.</param>
/// <param name="Joined">Whether only spaces, hyphens or apostrophes separate it from the previous word, so both can belong to one name.</param>
internal readonly record struct NameToken(int Start, int End, string Letters, string Key, int? StemLength, bool Joined)
{
    /// <summary>The key without the possessive ending, or null.</summary>
    public string? StemKey => StemLength is int n ? Key[..n] : null;

    /// <summary>Whether text letters honour a name's capitals: every capital in the name must be a capital in the text.</summary>
    /// <remarks>So "IS" never matches "is" or "Is", while "al-Qaeda" matches "Al-Qaeda" and "AL-QAEDA".</remarks>
    public static bool HonoursCase(string nameLetters, string textLetters)
    {
        for (int i = 0; i < nameLetters.Length; i++)
            if (char.IsUpper(nameLetters[i]) && !char.IsUpper(textLetters[i])) return false;
        return true;
    }

    /// <summary>Splits text into words: runs of letters and digits, with inner apostrophes ("Da'esh") and dotted initials ("U.S.") kept whole, hyphens splitting.</summary>
    public static List<NameToken> Read(string text)
    {
        var tokens = new List<NameToken>();
        var letters = new StringBuilder();
        int i = 0, previousEnd = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int start = i;
            letters.Clear();
            int? apostropheAt = null;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsWordChar(c)) { AppendFolded(letters, c); i++; }
                else if (IsApostrophe(c) && i + 1 < text.Length && IsWordChar(text[i + 1])) { apostropheAt = letters.Length; i++; }
                else if (c == '.' && IsInitial(text, start, i) && i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                else break;
            }
            int end = i;
            // "U.S." keeps its closing dot inside the word when it closes a run of initials.
            if (end < text.Length && text[end] == '.' && IsInitial(text, start, end) && end - start > 1) end++;
            var folded = letters.ToString();
            bool possessive = apostropheAt == folded.Length - 1 && folded.Length > 1 && (folded[^1] is 's' or 'S');
            bool joined = tokens.Count > 0 && IsJoiningGap(text, previousEnd, start);
            tokens.Add(new NameToken(start, end, folded, folded.ToLowerInvariant(), possessive ? folded.Length - 1 : null, joined));
            previousEnd = end;
        }
        return tokens;
    }

    static bool IsWordChar(char c) =>
        (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) && !IsApostrophe(c);

    static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or '`';

    // A dot after a single letter that starts the word or follows another dot, as in "U.S." or "U.N.".
    static bool IsInitial(string text, int wordStart, int dot) =>
        dot - 1 >= wordStart && char.IsLetter(text[dot - 1]) && (dot - 1 == wordStart || text[dot - 2] == '.');

    static bool IsJoiningGap(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r') return false;
            if (!(c == ' ' || c == '\u00A0' || c == '\t' || c is '-' or '‐' or '‑' or '–' || IsApostrophe(c))) return false;
        }
        return true;
    }

    // The build uses invariant globalization, where string.Normalize cannot strip accents, so the Latin letters of
    // transliterated names are folded from a table; a combining mark left over is dropped.
    const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿĀāĂăĄąĆćČčĎďĒēĖėĘęĚěĞğĢģĪīĮįİıĶķĹĺĻļĽľŁłŃńŅņŇňŌōŐőŔŕŘřŚśŞşŠšŢţŤťŪūŮůŰűŲųŹźŻżŽžḌḍḤḥṢṣṬṭẒẓ";
    const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyAaAaAaCcCcDdEeEeEeEeGgGgIiIiIiKkLlLlLlLlNnNnNnOoOoRrRrSsSsSsTtTtUuUuUuUuZzZzZzDdHhSsTtZz";

    static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128) sb.Append(c);
        else if (Accented.IndexOf(c) is int i and >= 0) sb.Append(Plain[i]);
        else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
    }
}
