using Sitrep.Documents;
using Sitrep.Model;
using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>Finds time expressions and resolves them to calendar ranges against the publication date.</summary>
/// <remarks>
/// Conventions, all against the publication day P:
/// "on Thursday", "late Thursday", "Thursday night", plain "Thursday" → the most recent Thursday on or before P (P itself counts);
/// "last Friday" → the most recent Friday strictly before P (a reporter writing on a Friday means a week ago);
/// "next Monday" → the first Monday strictly after P; "since Monday" → that Monday to P,
/// also when "since" heads a phrase that ends in the date ("since Turkey's Oct. 9 invasion", "since the start of the offensive on Oct. 9").
/// "this week" → the Sunday on or before P to P; "last week" → the Sunday-to-Saturday week before it; "this month" → the 1st to P;
/// "last month"/"last year" → the whole previous month/year; "in recent weeks/months" → four weeks/three months to P.
/// "Oct. 9" without a year → the nearest Oct. 9 not more than two months after P; "in October" → the latest October on or before P.
/// "N days ago" → a day; "N weeks ago" → a week around it; "N years ago" → a year-precision range of a year around it
/// ("nearly N years ago": the half year after P − N years; "more than N years ago": the year before P − N years).
/// "the previous night"/"the next day" → a day before/after the last day-precise time resolved in the same or the previous
/// sentence, else P (news returns to the present between paragraphs); "that day", "later in the day" → the last day told,
/// however far back, since they can only point back.
/// "until Wednesday", "by Monday" → from the last day told before it to that day, when earlier: the span of what went on.
/// "after nearly a week of clashes"/"week-old" → the range in which the ongoing event started.
/// "A year later", "two months later" → that month or year after the last time told in the same or the previous sentence,
/// whatever its precision ("stormed the prison in July 2013. A year later, …" → 2014); unresolved when none was told.
/// A month or day without a year takes the year named earlier in the same sentence ("in 2013 … in July"), or just before
/// it when the text says so ("in July of that year").
/// Without P, every expression that needs it stays unresolved (null) rather than guessed.
/// </remarks>
public static partial class TimeResolver
{
    /// <summary>Where a sentence ends, roughly: final punctuation before a capital, or a line break.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?][""”’]?\s+[A-Z“""]|\n")]
    internal static partial System.Text.RegularExpressions.Regex SentenceEnd();

    /// <summary>Finds and resolves every time expression in <paramref name="text"/>, in text order.</summary>
    /// <param name="published">The publication day; null leaves relative expressions unresolved.</param>
    public static IReadOnlyList<TimeMention> Find(string text, DateOnly? published)
    {
        var mentions = new List<TimeMention>();
        DateRange? lastDay = null, lastTime = null;
        int lastDayEnd = 0, lastTimeEnd = 0;
        TimeExpression? lastYear = null;
        foreach (var scanned in TimeScanner.Scan(text))
        {
            var e = scanned;
            if (e.Year is null && e.Form is TimeForm.Month or TimeForm.CalendarDay && lastYear is not null
                && (e.ThatYear || !SentenceEnd().IsMatch(text, lastYear.Span.End) || SentenceEnd().Match(text, lastYear.Span.End).Index > e.Span.Start))
                e = e with { Year = lastYear.Year };
            if (scanned.Year is not null) lastYear = scanned;
            var discourse = e.Form == TimeForm.Later ? (Recent(text, lastTimeEnd, e) ? lastTime : null)
                : Recent(text, lastDayEnd, e) || PointsBack(e) ? lastDay : null;
            var range = Resolve(e, published, discourse);
            mentions.Add(new TimeMention(e.Span, range, IsSince(e) ? ResolveBare(e, published, discourse) : null));
            if (range is { Precision: DatePrecision.Day } && range.From == range.To) (lastDay, lastDayEnd) = (range, e.Span.End);
            if (range is not null) (lastTime, lastTimeEnd) = (range, e.Span.End);
        }
        return mentions;
    }

    /// <summary>Resolves a single expression ("late Thursday", "in July 2013") against a publication day; null when not a time expression.</summary>
    public static DateRange? Resolve(string expression, DateOnly published) =>
        TimeScanner.Scan(expression) is [var e] && e.Span.Length == expression.Trim().Length ? Resolve(e, published, null) : null;

    internal static DateRange? Resolve(TimeExpression e, DateOnly? published, DateRange? discourse)
    {
        var range = ResolveBare(e, published, discourse);
        if (range is null || published is not { } p) return range;
        if (IsSince(e) && range.From <= p)
            return new DateRange(range.From, p, Coarser(range.Precision, p.DayNumber - range.From.DayNumber));
        if (IsUntil(e) && range.Precision == DatePrecision.Day && discourse is { } start && start.From < range.From)
            return new DateRange(start.From, range.To, DatePrecision.Day);
        return range;
    }

    // Whether the expression stands in the same sentence as a time told ending at end, or in the next one.
    static bool Recent(string text, int end, TimeExpression e) => end > 0 && SentenceEnd().Count(text.AsSpan(end, e.Span.Start - end)) <= 1;

    static bool IsSince(TimeExpression e) => e.Modifier.StartsWith("since", StringComparison.Ordinal);

    static bool IsUntil(TimeExpression e) => e.Modifier is "until" or "till" or "by";

    // Forms that only make sense about a day already told: the same day ("that day", "later in the day") and "until"/"by".
    static bool PointsBack(TimeExpression e) => e.Form == TimeForm.Discourse && e.Offset == 0 || IsUntil(e);

    static DateRange? ResolveBare(TimeExpression e, DateOnly? published, DateRange? discourse)
    {
        switch (e.Form)
        {
            case TimeForm.CalendarDay:
                if (e.Year is { } y) return TimeScanner.Date(y, e.Month!.Value, e.Day!.Value) is { } d ? DateRange.Day(d) : null;
                return published is { } p1 ? NearestDay(e.Month!.Value, e.Day!.Value, p1) : null;
            case TimeForm.Month:
                if (e.Year is { } my) return MonthRange(my, e.Month!.Value);
                if (published is not { } p2) return null;
                int year = p2.Year;
                if (e.Modifier == "next") { if (e.Month <= p2.Month) year++; }
                else if (e.Month > p2.Month || e.Modifier == "last" && e.Month == p2.Month) year--;
                return MonthRange(year, e.Month!.Value);
            case TimeForm.Year:
                return YearRange(e.Year!.Value);
            case TimeForm.Later:
                if (discourse is not { } told) return null;
                var later = told.From.AddMonths(e.Unit == "year" ? 12 * e.Offset : e.Offset);
                return e.Unit == "year" ? YearRange(later.Year) : MonthRange(later.Year, later.Month);
        }
        if (published is not { } pub) return null;
        return e.Form switch
        {
            TimeForm.Weekday => DateRange.Day(WeekdayDay(e.Weekday!.Value, e.Modifier, pub)),
            TimeForm.RelativeDay => DateRange.Day(pub.AddDays(e.Offset)),
            TimeForm.Period => PeriodRange(e.Modifier, e.Unit, pub),
            TimeForm.Ago => AgoRange(e.Offset, e.Unit, e.Modifier, pub),
            TimeForm.Discourse => DateRange.Day((discourse?.From ?? pub).AddDays(e.Offset)),
            TimeForm.DurationStart => StartRange(e.Offset, e.Unit, e.Modifier, pub),
            _ => null,
        };
    }

    /// <summary>The day a weekday refers to, by the conventions in the remarks.</summary>
    internal static DateOnly WeekdayDay(DayOfWeek day, string modifier, DateOnly published)
    {
        int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return modifier switch
        {
            "last" => published.AddDays(back == 0 ? -7 : -back),
            "next" => published.AddDays(back == 0 ? 7 : 7 - back),
            _ => published.AddDays(-back),
        };
    }

    static DateRange NearestDay(int month, int day, DateOnly published)
    {
        foreach (var year in new[] { published.Year, published.Year - 1 })
            if (TimeScanner.Date(year, month, day) is { } d && d <= published.AddMonths(2)) return DateRange.Day(d);
        return DateRange.Day(TimeScanner.Date(published.Year - 1, month, Math.Min(day, 28))!.Value);
    }

    static DateRange YearRange(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    static DateRange MonthRange(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    static DateRange? PeriodRange(string modifier, string unit, DateOnly p)
    {
        var weekStart = p.AddDays(-(int)p.DayOfWeek);
        return (modifier, unit) switch
        {
            ("this" or "earlier this" or "later this", "week") => new DateRange(weekStart, p, DatePrecision.Week),
            ("last", "week") => new DateRange(weekStart.AddDays(-7), weekStart.AddDays(-1), DatePrecision.Week),
            ("next", "week") => new DateRange(weekStart.AddDays(7), weekStart.AddDays(13), DatePrecision.Week),
            ("the past" or "the last" or "in the past" or "in the last", "week") => new DateRange(p.AddDays(-7), p, DatePrecision.Week),
            ("this" or "earlier this" or "later this", "month") => new DateRange(new DateOnly(p.Year, p.Month, 1), p, DatePrecision.Month),
            ("last", "month") => MonthRange(p.AddMonths(-1).Year, p.AddMonths(-1).Month),
            ("next", "month") => MonthRange(p.AddMonths(1).Year, p.AddMonths(1).Month),
            ("the past" or "the last" or "in the past" or "in the last", "month") => new DateRange(p.AddMonths(-1), p, DatePrecision.Month),
            ("this" or "earlier this" or "later this", "year") => new DateRange(new DateOnly(p.Year, 1, 1), p, DatePrecision.Year),
            ("last", "year") => new DateRange(new DateOnly(p.Year - 1, 1, 1), new DateOnly(p.Year - 1, 12, 31), DatePrecision.Year),
            ("the past" or "the last" or "in the past" or "in the last", "year") => new DateRange(p.AddYears(-1), p, DatePrecision.Year),
            ("in recent" or "recent", "day") => new DateRange(p.AddDays(-7), p, DatePrecision.Week),
            ("in recent" or "recent", "week") => new DateRange(p.AddDays(-28), p, DatePrecision.Month),
            ("in recent" or "recent", "month") => new DateRange(p.AddMonths(-3), p, DatePrecision.Month),
            ("in recent" or "recent", "year") => new DateRange(p.AddYears(-3), p, DatePrecision.Year),
            _ => null,
        };
    }

    static DateRange AgoRange(int n, string unit, string modifier, DateOnly p)
    {
        switch (unit)
        {
            case "day":
                return DateRange.Day(p.AddDays(-n));
            case "week":
                var w = p.AddDays(-7 * n);
                return new DateRange(w.AddDays(-3), w.AddDays(3), DatePrecision.Week);
            case "month":
                var m = p.AddMonths(-n);
                return MonthRange(m.Year, m.Month);
        }
        var y = p.AddYears(-n);
        return modifier switch
        {
            "nearly" or "almost" or "less than" or "just under" => new DateRange(y, y.AddMonths(6), DatePrecision.Year),
            "more than" or "over" or "just over" => new DateRange(y.AddYears(-1), y, DatePrecision.Year),
            _ => new DateRange(y.AddMonths(-6), y.AddMonths(6), DatePrecision.Year),
        };
    }

    static DateRange StartRange(int n, string unit, string modifier, DateOnly p)
    {
        int days = unit switch { "day" => n, "week" => 7 * n, "month" => 30 * n, _ => 365 * n };
        int slack = days >= 7 ? days / 7 + 1 : 1;
        var start = p.AddDays(-days);
        var precision = days < 7 ? DatePrecision.Day : days < 28 ? DatePrecision.Week : days < 365 ? DatePrecision.Month : DatePrecision.Year;
        return modifier switch
        {
            "nearly" or "almost" => new DateRange(start, start.AddDays(slack), precision),
            "more than" or "over" => new DateRange(start.AddDays(-slack), start, precision),
            _ => new DateRange(start.AddDays(-slack / 2), start.AddDays(slack / 2), precision),
        };
    }

    static DatePrecision Coarser(DatePrecision precision, int days)
    {
        var bySpan = days <= 1 ? DatePrecision.Day : days <= 10 ? DatePrecision.Week : days <= 62 ? DatePrecision.Month : DatePrecision.Year;
        return (DatePrecision)Math.Max((int)precision, (int)bySpan);
    }
}
