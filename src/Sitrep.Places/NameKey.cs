using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>Keys that make the spellings of one place name compare equal.</summary>
/// <remarks>
/// <see cref="Exact"/> folds case, diacritics, apostrophes, hyphens and articles ("Al-Hasakah" = "al Hasakah" = "Hasakah").
/// <see cref="Loose"/> also folds the variation of Arabic, Kurdish and Persian transliteration: vowels (ou/u, e/a/i),
/// doubled letters, q/k, dh/d, kh/h, gh/g, ain/ein/ayn, a final -h after a vowel — so that "Qamishli" = "Qamishlo",
/// "Tal Abyad" = "Tell Abyad", "Ras al-Ain" = "Ras al Ayn", "Deir el-Zour" = "Dayr az Zawr".
/// </remarks>
public static class NameKey
{
    // Arabic definite articles as transliterated; dropped wherever they stand as their own word.
    static readonly HashSet<string> Articles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "an", "ed", "er", "et", "ul", "il", "ech", "ag"];

    /// <summary>Lower case, no diacritics or apostrophes, articles dropped, words joined by single spaces.</summary>
    /// <remarks>The same as joining <see cref="Words"/>, folded in one buffer: loading the world file folds a million names.</remarks>
    public static string Exact(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int length = 0, words = 0, articles = 0, wordStart = 0;
        foreach (var raw in name)
        {
            var c = FoldChar(raw);
            if (c == '\0') continue;
            if (c != ' ') { if (length == 0 || buffer[length - 1] == ' ') wordStart = length; buffer[length++] = c; continue; }
            if (length == 0 || buffer[length - 1] == ' ') continue;
            words++;
            if (ArticleLookup.Contains(buffer[wordStart..length])) articles++;
            buffer[length++] = ' ';
        }
        if (length > 0 && buffer[length - 1] == ' ') length--;
        else if (length > 0) { words++; if (ArticleLookup.Contains(buffer[wordStart..length])) articles++; }
        return articles == 0 || articles == words ? new string(buffer[..length]) : WithoutArticles(buffer[..length]);
    }

    static string WithoutArticles(ReadOnlySpan<char> folded)
    {
        Span<char> kept = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        int length = 0;
        foreach (var range in folded.Split(' '))
        {
            var word = folded[range];
            if (ArticleLookup.Contains(word)) continue;
            if (length > 0) kept[length++] = ' ';
            word.CopyTo(kept[length..]);
            length += word.Length;
        }
        return new string(kept[..length]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    // One character folded: lower case, accents removed; '\0' for characters dropped (marks, apostrophes), ' ' for separators.
    static char FoldChar(char raw)
    {
        if (raw < 0x80)
        {
            if (char.IsAsciiLetterUpper(raw)) return (char)(raw + 32);
            if (char.IsAsciiLetterLower(raw) || char.IsAsciiDigit(raw)) return raw;
            return raw is '\'' or '`' ? '\0' : ' ';
        }
        var c = char.ToLowerInvariant(raw);
        if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return '\0';
        if (Plain.TryGetValue(c, out var plain)) return plain;
        if (char.IsLetterOrDigit(c)) return c;
        return c is '’' or '‘' or 'ʿ' or 'ʾ' or '´' or 'ʻ' or 'ʼ' ? '\0' : ' ';
    }

    /// <summary>The transliteration-tolerant key: each word reduced to its consonant skeleton.</summary>
    /// <remarks>The words of <see cref="Exact"/> are those of <see cref="Words"/>; taking them from it spares the per-call lists (recognition asks this for every capitalised span).</remarks>
    public static string Loose(string name)
    {
        var skeletons = new List<string>();
        foreach (var word in Exact(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (Skeleton(word) is { Length: > 0 } skeleton) skeletons.Add(skeleton);
        return string.Join(' ', skeletons);
    }

    /// <summary>The words of a name, folded, with articles removed unless the name is nothing else.</summary>
    internal static List<string> Words(string name)
    {
        var folded = Fold(name);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var kept = words.Where(w => !Articles.Contains(w)).ToList();
        return kept.Count > 0 ? kept : words;
    }

    // Sitrep runs with invariant globalization, where string.Normalize cannot strip accents; this table does,
    // for the Latin letters transliterations and gazetteers use.
    static readonly Dictionary<char, char> Plain = BuildPlain(
        "àáâãäåāăąạảấầẩẫậắằẳẵặ=a", "çćĉċč=c", "ďđḍḏḑḓ=d", "èéêëēĕėęěẹẻẽếềểễệ=e", "ĝğġģḡ=g", "ĥħḥḧḩḫẖ=h",
        "ìíîïĩīĭįıịỉ=i", "ĵ=j", "ķḳḵ=k", "ĺļľŀłḷḻ=l", "ṃ=m", "ñńņňṇṅṉ=n", "òóôõöøōŏőọỏốồổỗộớờởỡợơ=o", "ŕŗřṛṟ=r",
        "śŝşšṣṡṩș=s", "ţťŧṭṯṱț=t", "ùúûüũūŭůűųụủứừửữựư=u", "ŵẁẃẅ=w", "ýÿŷỳỵỷỹẏ=y", "źżžẓẕ=z", "ß=s", "ḇ=b", "ṗ=p");

    static Dictionary<char, char> BuildPlain(params string[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var g in groups)
            foreach (var c in g[..^2]) map[c] = g[^1];
        return map;
    }

    static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var raw in name)
            if (FoldChar(raw) is not '\0' and var c) sb.Append(c);
        return sb.ToString();
    }

    static string Skeleton(string word)
    {
        if (word is "ain" or "ein" or "ayn" or "ayin" or "ein") return "n";
        var w = word.Replace("kh", "h").Replace("gh", "g").Replace("dh", "d").Replace("th", "t").Replace("sh", "s")
            .Replace("ch", "s").Replace("q", "k").Replace("c", "k").Replace("j", "g");
        Span<char> kept = w.Length <= 256 ? stackalloc char[w.Length] : new char[w.Length];
        int length = 0;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w') continue;
            if (c == 'h' && i == w.Length - 1 && i > 0 && IsVowel(w[i - 1])) continue;
            if (length > 0 && kept[length - 1] == c) continue;
            kept[length++] = c;
        }
        return new string(kept[..length]);
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
