using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Model;

using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>What a number in the text is used for; only <see cref="Count"/> is a quantity.</summary>
public enum NumberUse
{
    /// <summary>How many of something ("at least 23 soldiers").</summary>
    Count,
    /// <summary>A calendar year ("in 2014").</summary>
    Year,
    /// <summary>A day of a month ("Oct. 9").</summary>
    Date,
    /// <summary>A clock time ("11 a.m.").</summary>
    Time,
    /// <summary>A person's age ("a 22-year-old").</summary>
    Age,
    /// <summary>A rank ("the 3rd").</summary>
    Ordinal,
    /// <summary>A distance ("30 kilometers"), kept for place relations.</summary>
    Distance,
    /// <summary>A span of time ("48 hours", "three years").</summary>
    Duration,
    /// <summary>A share ("40 percent").</summary>
    Percent,
    /// <summary>An amount of money ("$5 million").</summary>
    Money,
    /// <summary>A label: page, section, resolution, road or model numbers ("page 4", "F-16").</summary>
    Reference,
    /// <summary>"one" standing for a person or thing ("one of the guards").</summary>
    Pronoun,
}

/// <summary>A number expression, its value as a range, and what it is used for.</summary>
/// <param name="Span">The number with its modifiers ("more than 12,000").</param>
public sealed record ParsedNumber(TextSpan Span, NumberRange Range, NumberUse Use);

/// <summary>Reads numbers written in digits or words, with modifiers and ranges, as <see cref="NumberRange"/>s.</summary>
/// <remarks>
/// Conventions (gold-schema.md): "at least 23" → min 23, best 23; "over 100" → min 101; "nearly 40" and "up to 500" → max only;
/// "fewer than 10" → max 9; "about 100"/"an estimated 3,500" → min = max = best, the words keep the approximation;
/// "dozens" → min 24; "scores" → min 40; "hundreds" → min 200; "thousands" → min 2,000; "tens of thousands" → min 20,000;
/// "a handful"/"a few" → 2..9 ("a few dozen" → 24..108); "several" → min 3 ("several dozen" → min 36); "multiple" → min 2 (a plural: more than one); "a couple" → 2..3;
/// "a dozen" → 12; "11,000 to 12,000", "between 5 and 10", "5-10", "two or three" → min..max. <see cref="NumberRange.Words"/> holds the words as written.
/// </remarks>
public static partial class NumberParser
{
    /// <summary>Beyond this a figure is not a count of people or events (and would overflow when scaled).</summary>
    const decimal MaxValue = 1_000_000_000_000m;

    enum Modifier { None, AtLeast, MoreThan, Nearly, About, UpTo, FewerThan, Between }

    // Indexed by first word, longest phrase first: a token costs one look-up, not a comparison with every phrase.
    static readonly Dictionary<string, (string[] Words, Modifier Modifier)[]> Modifiers = new (string, Modifier)[]
    {
        ("at least", Modifier.AtLeast), ("no fewer than", Modifier.AtLeast), ("no less than", Modifier.AtLeast),
        ("not less than", Modifier.AtLeast), ("a minimum of", Modifier.AtLeast),
        ("more than", Modifier.MoreThan), ("over", Modifier.MoreThan), ("well over", Modifier.MoreThan), ("just over", Modifier.MoreThan),
        ("in excess of", Modifier.MoreThan), ("upwards of", Modifier.MoreThan), ("upward of", Modifier.MoreThan),
        ("nearly", Modifier.Nearly), ("almost", Modifier.Nearly), ("close to", Modifier.Nearly), ("just under", Modifier.Nearly),
        ("just short of", Modifier.Nearly),
        ("about", Modifier.About), ("around", Modifier.About), ("roughly", Modifier.About), ("some", Modifier.About),
        ("approximately", Modifier.About), ("an estimated", Modifier.About), ("estimated", Modifier.About), ("circa", Modifier.About),
        ("up to", Modifier.UpTo), ("as many as", Modifier.UpTo), ("as much as", Modifier.UpTo), ("as high as", Modifier.UpTo),
        ("a maximum of", Modifier.UpTo), ("at most", Modifier.UpTo), ("no more than", Modifier.UpTo),
        ("fewer than", Modifier.FewerThan), ("less than", Modifier.FewerThan), ("under", Modifier.FewerThan), ("below", Modifier.FewerThan),
        ("between", Modifier.Between),
    }.Select(m => (Words: m.Item1.Split(' '), Modifier: m.Item2)).OrderByDescending(m => m.Words.Length)
        .GroupBy(m => m.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    static readonly Dictionary<string, long> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    /// <summary>Vague plurals: the least they can mean ("dozens" is at least two dozen).</summary>
    static readonly Dictionary<string, long> VaguePlurals = new(StringComparer.Ordinal)
    {
        ["tens"] = 20, ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2_000, ["millions"] = 2_000_000,
    };

    /// <summary>The unit a vague plural counts in "tens of thousands", "hundreds of thousands".</summary>
    static readonly Dictionary<string, long> PluralUnits = new(StringComparer.Ordinal)
    {
        ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000,
    };

    static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "pages", "p", "pp", "section", "sections", "article", "paragraph", "chapter", "resolution", "no", "number", "route",
        "highway", "road", "room", "cell", "block", "verse", "item", "clause", "decree", "law", "flight", "platform", "gate", "exit",
        "level", "phase", "episode", "volume", "vol", "issue", "figure", "table", "annex", "point", "camp", "sector", "zone",
    };

    static readonly HashSet<string> PronounFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "another", "who", "whom", "that", "which", "is", "was", "has", "had", "day", "time", "way", "side", "point", "thing",
        "by", "after", "would", "could", "can", "will", "must", "should", "may", "might", "said", "says", "told", "else", "more",
    };

    static readonly HashSet<string> PronounLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "everyone", "such",
    };

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();
    [GeneratedRegex(@"^(?:\s*(?:a\.?m\b|p\.?m\b|o'clock|GMT|UTC|hrs\b|h\b)|:\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSuffix();
    [GeneratedRegex(@"^[-\s]?(?:year|month|week|day)s?[-\s]old\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeSuffix();
    [GeneratedRegex(@"^[-\s](?:second|minute|hour|day|night|week|month|year|decade|century)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationSuffix();
    [GeneratedRegex(@"^[-\s]?(?:km|kms|kilometers?|kilometres?|miles?|mi|meters?|metres?|m|feet|ft|yards?|hectares?|acres?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DistanceSuffix();
    [GeneratedRegex(@"^-(?:second|minute|hour|day|night|week|month|year|decade|km|kilomet|mile|met)")]
    private static partial Regex MeasureSuffix();
    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsSeparated();
    [GeneratedRegex(@"^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")]
    private static partial Regex MonthSuffix();
    [GeneratedRegex(@"^\s?(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentSuffix();
    [GeneratedRegex(@"^\s(?:dollars|euros|pounds|usd|lira|liras|dinars)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneySuffix();

    /// <summary>Finds every number expression in <paramref name="text"/>, in order, with its use.</summary>
    public static IReadOnlyList<ParsedNumber> FindAll(string text) => FindAll(text, Tokenizer.Tokenize(text));

    /// <summary>Finds every number expression given the text's tokens, in order, with its use.</summary>
    public static IReadOnlyList<ParsedNumber> FindAll(string text, IReadOnlyList<Token> tokens) => FindAll(text, tokens, Lower(text, tokens));

    /// <summary>Finds every number expression given the tokens and their lower-cased words.</summary>
    internal static IReadOnlyList<ParsedNumber> FindAll(string text, IReadOnlyList<Token> tokens, string[] words)
    {
        var found = new List<ParsedNumber>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (ParseAt(text, tokens, words, i) is not { } parsed) continue;
            found.Add(parsed.Number);
            i = parsed.LastToken;
        }
        return found;
    }

    /// <summary>Parses the number expression that starts exactly at <paramref name="start"/> (a modifier or the number itself).</summary>
    public static bool TryParse(string text, int start, out ParsedNumber number)
    {
        var tokens = Tokenizer.Tokenize(text);
        int i = 0;
        while (i < tokens.Count && tokens[i].Span.Start < start) i++;
        if (i < tokens.Count && tokens[i].Span.Start == start && ParseAt(text, tokens, Lower(text, tokens), i) is { } parsed)
        {
            number = parsed.Number;
            return true;
        }
        number = null!;
        return false;
    }

    internal static string[] Lower(string text, IReadOnlyList<Token> tokens) =>
        tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length).ToLowerInvariant()).ToArray();

    static (ParsedNumber Number, int LastToken)? ParseAt(string text, IReadOnlyList<Token> tokens, string[] words, int i)
    {
        var modifier = Modifier.None;
        int coreStart = i;
        foreach (var (phrase, mod) in Modifiers.GetValueOrDefault(words[i], []))
        {
            if (!Phrase.At(words, i, phrase)) continue;
            modifier = mod;
            coreStart = i + phrase.Length;
            break;
        }
        if (ReadCore(text, tokens, words, coreStart) is not { } core)
            return null;
        long? lo = core.Lo, hi = core.Hi;
        int last = core.Last;
        bool plain = core.Plain;
        if (last + 2 < tokens.Count && IsRangeJoiner(words[last + 1], modifier) && ReadCore(text, tokens, words, last + 2) is { } upper
            && upper.Hi >= (lo ?? 0) && !(words[last + 1] is "-" or "–" && tokens[last + 1].Span.Start != tokens[last].Span.End))
        {
            hi = upper.Hi ?? upper.Lo;
            last = upper.Last;
            plain = false;
            modifier = Modifier.None;
        }
        else if (modifier == Modifier.Between) return null;

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End);
        var wordsText = text.Substring(span.Start, span.Length);
        var range = Apply(modifier, lo, hi, wordsText);
        var use = Classify(text, tokens, words, i, coreStart, last, plain && modifier == Modifier.None, core.Value,
            core.Suffix > 0 ? tokens[core.Last].Span.Start + core.Suffix : tokens[last].Span.End);
        return (new ParsedNumber(span, range, use), last);
    }

    static bool IsRangeJoiner(string word, Modifier modifier) =>
        modifier == Modifier.Between ? word == "and" : word is "to" or "-" or "–" or "or";

    static NumberRange Apply(Modifier modifier, long? lo, long? hi, string words) => modifier switch
    {
        Modifier.AtLeast => new(lo, null, lo, words),
        Modifier.MoreThan => new((hi ?? lo) + 1, null, null, words),
        Modifier.Nearly or Modifier.UpTo => new(null, hi ?? lo, null, words),
        Modifier.FewerThan => new(null, (lo ?? hi) - 1, null, words),
        _ when lo is not null && lo == hi => new(lo, hi, lo, words),
        _ => new(lo, hi, null, words),
    };

    /// <summary>A bare number: its bounds, last token, whether it is one plain token, and its digit value.</summary>
    readonly record struct Core(long? Lo, long? Hi, int Last, bool Plain, long? Value, int Suffix = 0);

    static Core? ReadCore(string text, IReadOnlyList<Token> tokens, string[] words, int i)
    {
        if (i >= tokens.Count) return null;
        string w = words[i];
        string? next = i + 1 < words.Length ? words[i + 1] : null;
        string? afterNext = i + 2 < words.Length ? words[i + 2] : null;

        if (tokens[i].Kind == TokenKind.Number)
        {
            if (!decimal.TryParse(w.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > MaxValue) return null;
            if (w.Contains(',') && !ThousandsSeparated().IsMatch(w)) return null;
            if (next is not null && Scales.TryGetValue(next, out var scale))
                return value * scale <= MaxValue ? Exact((long)(value * scale), i + 1, plain: false) : null;
            if (value != decimal.Truncate(value)) return null;
            return new Core((long)value, (long)value, i, !w.Contains(','), (long)value);
        }
        if (w is "a" or "an")
        {
            if (next is null) return null;
            if (Scales.TryGetValue(next, out var scale)) return Exact(scale, i + 1, plain: false);
            if (next == "handful") return new Core(2, 9, i + 1, false, null);
            if (next == "few") return afterNext is not null && Scales.TryGetValue(afterNext, out var s2)
                ? new Core(2 * s2, 9 * s2, i + 2, false, null) : new Core(2, 9, i + 1, false, null);
            if (next == "couple") return new Core(2, 3, i + 1, false, null);
            return null;
        }
        if (w == "several")
            return next is not null && Scales.TryGetValue(next, out var s) ? new Core(3 * s, null, i + 1, false, null) : new Core(3, null, i, false, null);
        if (w == "multiple") return new Core(2, null, i, false, null);
        if (VaguePlurals.TryGetValue(w, out var least))
        {
            if (next == "of" && afterNext is not null && PluralUnits.TryGetValue(afterNext, out var unit) && unit > (w == "tens" ? 1 : 100))
                return new Core(least * unit, null, i + 2, false, null);
            return w == "tens" ? null : new Core(least, null, i, false, null);
        }
        if (ReadWordNumber(words, i) is { } number) return number;
        return ReadCompound(words, i);
    }

    /// <summary>A number word joined to what it measures ("two-day", "three-year-old"): Suffix is where the rest starts.</summary>
    static Core? ReadCompound(string[] words, int i)
    {
        var dash = words[i].IndexOf('-');
        if (dash <= 0 || !Units.TryGetValue(words[i][..dash], out var value)) return null;
        if (!MeasureSuffix().IsMatch(words[i][dash..])) return null;
        return new Core(value, value, i, false, null, dash);
    }

    static Core Exact(long value, int last, bool plain) => new(value, value, last, plain, null);

    /// <summary>"twenty-three", "two hundred", "three thousand five hundred", "two dozen".</summary>
    static Core? ReadWordNumber(string[] words, int i)
    {
        long total = 0, current = 0;
        int j = i;
        bool any = false;
        while (j < words.Length)
        {
            var w = words[j];
            if (TryUnits(w, out var units)) { current += units; any = true; j++; continue; }
            if (any && Scales.TryGetValue(w, out var scale))
            {
                if (scale == 100) current *= 100;
                else { total += current * scale; current = 0; }
                j++;
                continue;
            }
            if (any && w == "and" && j + 1 < words.Length && TryUnits(words[j + 1], out _) && (total > 0 || current >= 100)) { j++; continue; }
            break;
        }
        if (!any) return null;
        long value = total + current;
        return Exact(value, j - 1, plain: false) with { Plain = words[i] == "one" && j - 1 == i };
    }

    static bool TryUnits(string word, out long value)
    {
        if (Units.TryGetValue(word, out value)) return true;
        var dash = word.IndexOf('-');
        if (dash > 0 && Units.TryGetValue(word[..dash], out var tens) && tens >= 20 && tens % 10 == 0
            && Units.TryGetValue(word[(dash + 1)..], out var ones) && ones is >= 1 and <= 9)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    static NumberUse Classify(string text, IReadOnlyList<Token> tokens, string[] words, int first, int coreStart, int last, bool bare, long? digits, int end)
    {
        var after = text.AsSpan(end, Math.Min(40, text.Length - end)).ToString();
        string? prev = first > 0 ? words[first - 1] : null;
        string? prev2 = first > 1 ? words[first - 2] : null;
        string core = words[coreStart];

        if (core == "one" && bare && (last + 1 >= words.Length || tokens[last + 1].Kind != TokenKind.Word
            || PronounFollowers.Contains(words[last + 1]) || prev is not null && PronounLeaders.Contains(prev)))
            return NumberUse.Pronoun;
        if (OrdinalSuffix().IsMatch(after)) return NumberUse.Ordinal;
        if (tokens[coreStart].Kind == TokenKind.Number && (TimeSuffix().IsMatch(after)
            || prev == ":" && tokens[first - 1].Span.End == tokens[first].Span.Start && first > 1 && tokens[first - 2].Kind == TokenKind.Number))
            return NumberUse.Time;
        if (AgeSuffix().IsMatch(after) || prev is "aged" or "age") return NumberUse.Age;
        if (DistanceSuffix().IsMatch(after)) return NumberUse.Distance;
        if (DurationSuffix().IsMatch(after)) return NumberUse.Duration;
        if (PercentSuffix().IsMatch(after)) return NumberUse.Percent;
        if (prev is "$" or "€" or "£" or "us$" || MoneySuffix().IsMatch(after)) return NumberUse.Money;
        if (tokens[coreStart].Kind == TokenKind.Number)
        {
            if (digits is >= 1 and <= 31 && (prev is not null && Months.Contains(prev) || prev == "." && prev2 is not null && Months.Contains(prev2)
                || MonthSuffix().IsMatch(after)))
                return NumberUse.Date;
            if (prev is not null && ReferenceWords.Contains(prev) || prev == "." && prev2 is not null && ReferenceWords.Contains(prev2)) return NumberUse.Reference;
            if (first > 0 && coreStart == first && tokens[first - 1].Span.End == tokens[first].Span.Start
                && (tokens[first - 1].Kind == TokenKind.Word || words[first - 1] is "-" or "#" && first > 1 && tokens[first - 2].Kind == TokenKind.Word))
                return NumberUse.Reference;
            if (bare && digits is >= 1800 and <= 2100) return NumberUse.Year;
        }
        return NumberUse.Count;
    }
}
