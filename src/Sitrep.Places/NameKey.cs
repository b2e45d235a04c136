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
        return new string(buffer[..ExactInto(name, buffer)]);
    }

    /// <summary>Writes the <see cref="Exact"/> key of <paramref name="name"/> into <paramref name="buffer"/> (at least as long as the name); returns its length.</summary>
    /// <remarks>For look-ups and comparisons that need no key string: recognition folds every capitalised span.</remarks>
    internal static int ExactInto(ReadOnlySpan<char> name, Span<char> buffer)
    {
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
        return articles == 0 || articles == words ? length : WithoutArticles(buffer, length);
    }

    // Drops the article words of a folded key in place.
    static int WithoutArticles(Span<char> folded, int length) =>
        MapWords(folded, length, [], static (word, _) => ArticleLookup.Contains(word) ? [] : word);

    // A word of a key rewritten, possibly in scratch; empty to drop it. Never longer than the word.
    delegate ReadOnlySpan<char> WordMap(ReadOnlySpan<char> word, Span<char> scratch);

    // Rewrites each word of a key in place by `map`, joining the non-empty results by single spaces; returns the new
    // length. No result is longer than its word, so what is kept only ever moves left.
    static int MapWords(Span<char> key, int length, Span<char> scratch, WordMap map)
    {
        int kept = 0;
        for (int start = 0; start < length;)
        {
            int end = key[start..length].IndexOf(' ') is var space and >= 0 ? start + space : length;
            var word = map(key[start..end], scratch);
            if (word.Length > 0)
            {
                if (kept > 0) key[kept++] = ' ';
                word.CopyTo(key[kept..]);
                kept += word.Length;
            }
            start = end + 1;
        }
        return kept;
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
    public static string Loose(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..LooseInto(name, buffer)]);
    }

    /// <summary>Writes the <see cref="Loose"/> key of <paramref name="name"/> into <paramref name="buffer"/> (at least as long as the name); returns its length.</summary>
    /// <remarks>The skeletons of the <see cref="Exact"/> key's words, non-empty ones joined by a space, each written over the key
    /// where its word was (a skeleton is never longer than its word), so no string is made on the way.</remarks>
    internal static int LooseInto(ReadOnlySpan<char> name, Span<char> buffer)
    {
        int length = ExactInto(name, buffer);
        Span<char> scratch = length <= 256 ? stackalloc char[length] : new char[length];
        return MapWords(buffer, length, scratch, Skeleton);
    }

    /// <summary>Whether the <see cref="Exact"/> key of <paramref name="name"/> is <paramref name="key"/>, without making the key string.</summary>
    internal static bool HasExactKey(string name, string key)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return buffer[..ExactInto(name, buffer)].SequenceEqual(key);
    }

    /// <summary>Whether the <see cref="Loose"/> key of <paramref name="name"/> is <paramref name="key"/>, without making the key string.</summary>
    internal static bool HasLooseKey(string name, string key)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return buffer[..LooseInto(name, buffer)].SequenceEqual(key);
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

    // A word's consonant skeleton, built in scratch (the word's length at least): the replacements apply one after another,
    // each over the whole word, as chained string.Replace calls would.
    static ReadOnlySpan<char> Skeleton(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word is "ain" or "ein" or "ayn" or "ayin") return "n";
        var w = scratch[..word.Length];
        word.CopyTo(w);
        w = ReplacePair(w, 'k', 'h', 'h');
        w = ReplacePair(w, 'g', 'h', 'g');
        w = ReplacePair(w, 'd', 'h', 'd');
        w = ReplacePair(w, 't', 'h', 't');
        w = ReplacePair(w, 's', 'h', 's');
        w = ReplacePair(w, 'c', 'h', 's');
        w.Replace('q', 'k');
        w.Replace('c', 'k');
        w.Replace('j', 'g');
        // Letters are dropped as they are read, so the skeleton is written over the word itself.
        int length = 0;
        char previous = '\0';
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            bool drop = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w'
                || c == 'h' && i == w.Length - 1 && i > 0 && IsVowel(previous)
                || length > 0 && w[length - 1] == c;
            previous = c;
            if (!drop) w[length++] = c;
        }
        return w[..length];
    }

    // Each non-overlapping "ab", left to right, becomes one letter (string.Replace's order); returns the shortened word.
    static Span<char> ReplacePair(Span<char> w, char a, char b, char with)
    {
        int length = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (w[i] == a && i + 1 < w.Length && w[i + 1] == b) { w[length++] = with; i++; }
            else w[length++] = w[i];
        }
        return w[..length];
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
