using System.Buffers;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Text.Internal;

/// <summary>Finds time expressions in text, without resolving them.</summary>
/// <remarks>Month and weekday names must be capitalised, so "may" the verb is not May the month.</remarks>
internal static partial class TimeScanner
{
    const string MonthName = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    const string WeekdayName = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    const string Count = @"(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)";
    const string Since = @"(?:(?<mod>(?i:since|until|till|by|from|before|after))\s+(?:(?i:the\s+(?:start|beginning)\s+of)\s+)?)?";

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<mon>\d{2})-(?<day>\d{2})\b")]
    private static partial Regex IsoDate();
    [GeneratedRegex(Since + @"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @"(?:,?\s+(?<year>(?:1[5-9]|20)\d{2}))?(?!\w)")]
    private static partial Regex DayMonth();
    [GeneratedRegex(Since + @"\b" + MonthName + @"\s+(?<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:1[5-9]|20)\d{2})(?!\d))?")]
    private static partial Regex MonthDay();
    [GeneratedRegex(@"(?:(?<mod>(?i:since|until|by|from|in|during|early|late|mid-?|last|this|next|of|before|after|through|throughout)(?:\s+(?i:the\s+(?:start|beginning|end|middle)\s+of))?)\s+)?\b" + MonthName + @"(?:,?\s+(?<year>(?:1[5-9]|20)\d{2})|(?<that>\s+(?i:of\s+)?that\s+year))?(?!\s*\d)(?!\w)")]
    private static partial Regex MonthOrMonthYear();
    [GeneratedRegex(@"\b(?<mod>(?i:in|since|until|by|from|during|early|late|mid-?|of|before|after|through|throughout|summer|spring|autumn|fall|winter|the\s+end\s+of|the\s+start\s+of))\s+(?<year>(?:19|20)\d{2})\b(?![-–]\d|,\d)")]
    private static partial Regex Year();
    [GeneratedRegex(@"\b(?:(?<mod>(?i:last|this|next|on|late|early|by|until|till|since|before|from))\s+)?" + WeekdayName + @"(?:'s|’s)?(?:\s+(?<part>(?i:night|morning|afternoon|evening)))?\b")]
    private static partial Regex Weekday();
    [GeneratedRegex(@"\b(?<rel>(?i:yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today|overnight))\b")]
    private static partial Regex RelativeDay();
    [GeneratedRegex(@"\b(?<mod>(?i:earlier this|later this|this|last|next|the past|the last|in recent|recent|in the past|in the last))\s+(?<unit>(?i:week|month|year|weeks|months|days|years))(?:'s|’s)?\b")]
    private static partial Regex Period();
    [GeneratedRegex(@"\b(?:(?<mod>(?i:nearly|almost|about|around|roughly|some|more than|over|just over|less than|just under))\s+)?" + Count + @"\s+(?<unit>(?i:day|week|month|year))s?\s+(?i:ago|earlier|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();
    [GeneratedRegex(@"\b(?<rel>(?i:the\s+(?:previous|preceding)\s+(?:night|day|evening)|the\s+(?:night|day|evening)\s+before|the\s+(?:next|following)\s+(?:day|morning|night|evening)|the\s+same\s+day|(?:later|earlier)\s+(?:that|in\s+the)\s+day|that\s+(?:day|night)|(?<n>\d+|two|three|four|five|six|seven)\s+days\s+(?:later|earlier)))\b")]
    private static partial Regex Discourse();
    // The count sits in a look-behind so the search starts at the rare "month"/"year", not at every "a" or "two".
    [GeneratedRegex(@"(?<=\b" + Count + @"\s+)(?<unit>(?i:month|year))s?\s+(?i:later)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Later();
    [GeneratedRegex(@"\b(?i:after|following|in)\s+(?:(?<mod>(?i:nearly|almost|about|more than|over))\s+)?" + Count + @"\s+(?<unit>(?i:day|week|month|year))s?\s+of\b|\b(?:(?<n>[a-z]+)-)?(?<unit>(?i:day|week|month))-old\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationStart();
    // The unit and the word after it, which Ago and DurationStart need: these start at few letters, where those two may
    // start at any word, so a text without them skips the two. They are what the two patterns require, so they drop no match.
    [GeneratedRegex(@"(?:day|week|month|year)s?\s+(?:ago|earlier|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgoCue();
    [GeneratedRegex(@"(?:day|week|month|year)s?\s+of\b|-old\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationCue();

    // "since" at the head of a phrase ending in a date, up to this many words before it: "since the launch of Turkey's
    // offensive on Oct. 9". Punctuation in between ends the phrase.
    [GeneratedRegex(@"\b(?i:since)\s+(?:[^\s.,;:!?]+\s+){0,8}$")]
    private static partial Regex SinceBefore();
    const int SinceWindow = 120;
    static readonly string[] PlainModifiers = ["", "in", "on", "of", "during"];

    /// <summary>Spans longer than this many units ("5000 years ago") are not dates the pipeline can place.</summary>
    const int MaxCount = 200;

    static readonly string[] MonthKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Every month pattern starts with one of these (case-sensitive): a text without any skips those patterns.</summary>
    static readonly SearchValues<string> MonthStarts = SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);
    static readonly SearchValues<string> WeekdayNames = SearchValues.Create(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    static readonly Dictionary<string, int> SmallCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["a couple of"] = 2, ["a few"] = 3, ["several"] = 3,
    };

    /// <summary>The time expressions of <paramref name="text"/>, longest first where they overlap, in text order.</summary>
    public static IReadOnlyList<TimeExpression> Scan(string text)
    {
        var found = new List<TimeExpression>();
        foreach (Match m in IsoDate().Matches(text))
            if (Date(int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value)) is not null)
                found.Add(new(Span(m), TimeForm.CalendarDay, int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value)));
        if (text.AsSpan().ContainsAny(MonthStarts)) ScanMonths(text, found);
        foreach (Match m in Year().Matches(text))
            found.Add(new(Span(m), TimeForm.Year, int.Parse(m.Groups["year"].Value), Modifier: Mod(m)));
        if (text.AsSpan().ContainsAny(WeekdayNames))
            foreach (Match m in Weekday().Matches(text))
                found.Add(new(Span(m), TimeForm.Weekday, Weekday: Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value),
                    Unit: m.Groups["part"].Value.ToLowerInvariant(), Modifier: Mod(m)));
        foreach (Match m in RelativeDay().Matches(text))
        {
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            found.Add(new(Span(m), TimeForm.RelativeDay, Offset: rel is "yesterday" or "last night" ? -1 : 0));
        }
        foreach (Match m in Period().Matches(text))
            found.Add(new(Span(m), TimeForm.Period, Unit: m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s'), Modifier: Mod(m)));
        if (AgoCue().IsMatch(text))
            foreach (Match m in Ago().Matches(text))
                if (CountOf(m) is { } n)
                    found.Add(new(Span(m), TimeForm.Ago, Offset: n, Unit: m.Groups["unit"].Value.ToLowerInvariant(), Modifier: Mod(m)));
        foreach (Match m in Discourse().Matches(text))
            found.Add(new(Span(m), TimeForm.Discourse, Offset: DiscourseOffset(m)));
        foreach (Match m in Later().Matches(text))
            if (CountOf(m) is { } n)
                found.Add(new(new TextSpan(m.Groups["n"].Index, m.Index + m.Length - m.Groups["n"].Index), TimeForm.Later, Offset: n,
                    Unit: m.Groups["unit"].Value.ToLowerInvariant()));
        if (DurationCue().IsMatch(text))
            foreach (Match m in DurationStart().Matches(text))
                if (CountOf(m) is { } n)
                    found.Add(new(Span(m), TimeForm.DurationStart, Offset: n, Unit: m.Groups["unit"].Value.ToLowerInvariant(), Modifier: Mod(m)));

        var kept = new List<TimeExpression>();
        foreach (var e in found.OrderByDescending(e => e.Span.Length).ThenBy(e => e.Span.Start))
            if (!kept.Any(k => k.Span.Overlaps(e.Span))) kept.Add(e);
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (int i = 0; i < kept.Count; i++)
            if (GovernedBySince(text, kept[i], i == 0 ? 0 : kept[i - 1].Span.End) is { } since) kept[i] = since;
        return kept;
    }

    /// <summary>The expression widened back to a "since" that heads its phrase, with the since modifier; null when none does.</summary>
    static TimeExpression? GovernedBySince(string text, TimeExpression e, int previousEnd)
    {
        if (e.Form is not (TimeForm.CalendarDay or TimeForm.Month or TimeForm.Year or TimeForm.Weekday) || !PlainModifiers.Contains(e.Modifier)) return null;
        int from = Math.Max(previousEnd, e.Span.Start - SinceWindow);
        var m = SinceBefore().Match(text, from, e.Span.Start - from);
        return m.Success ? e with { Span = TextSpan.FromBounds(m.Index, e.Span.End), Modifier = "since" } : null;
    }

    /// <summary>Calendar days and months ("Oct. 9", "20 January 2022", "in July 2013").</summary>
    static void ScanMonths(string text, List<TimeExpression> found)
    {
        foreach (var regex in new[] { DayMonth(), MonthDay() })
            foreach (Match m in regex.Matches(text))
            {
                int day = int.Parse(m.Groups["day"].Value);
                if (day is < 1 or > 31) continue;
                found.Add(new(Span(m), TimeForm.CalendarDay, OptionalInt(m, "year"), MonthOf(m), day, Modifier: Mod(m)));
            }
        foreach (Match m in MonthOrMonthYear().Matches(text))
        {
            bool hasYear = m.Groups["year"].Success || m.Groups["that"].Success;
            if (!hasYear && !m.Groups["mod"].Success) continue;
            if (m.Groups["month"].Value == "May" && !hasYear && Mod(m) is not ("in" or "since" or "until" or "by" or "during" or "last" or "next" or "early" or "late")) continue;
            found.Add(new(Span(m), TimeForm.Month, OptionalInt(m, "year"), MonthOf(m), Modifier: Mod(m), ThatYear: m.Groups["that"].Success));
        }
    }

    static TextSpan Span(Match m) => new(m.Index, m.Length);

    static string Mod(Match m) => SingleSpaced(m.Groups["mod"].Value.ToLowerInvariant());

    /// <summary>Runs of white space inside a phrase as one space, without a regex for the common one-word case.</summary>
    static string SingleSpaced(string phrase) =>
        phrase.Any(char.IsWhiteSpace) ? string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : phrase;

    static int? OptionalInt(Match m, string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value) : null;

    static int MonthOf(Match m) => Array.IndexOf(MonthKeys, m.Groups["month"].Value.ToLowerInvariant()[..3]) + 1;

    static int? CountOf(Match m)
    {
        if (!m.Groups["n"].Success) return 1;
        var n = SingleSpaced(m.Groups["n"].Value);
        if (int.TryParse(n, out var value)) return value is > 0 and <= MaxCount ? value : null;
        return SmallCounts.TryGetValue(n, out value) ? value : null;
    }

    static int DiscourseOffset(Match m)
    {
        var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
        if (rel.Contains("previous") || rel.Contains("preceding") || rel.Contains("before")) return -1;
        if (rel.Contains("next") || rel.Contains("following")) return 1;
        if (m.Groups["n"].Success && CountOf(m) is { } n) return rel.EndsWith("earlier") ? -n : n;
        return 0;
    }

    /// <summary>The day, or null when it does not exist.</summary>
    public static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
