namespace Sitrep.Text.Internal;

/// <summary>The time expressions of a text that bear on when it was published, and the checks built on them.</summary>
internal sealed class PublicationClues
{
    /// <summary>Modifiers that put a date or weekday after the writing ("by Friday", "next Monday"): no evidence of the past.</summary>
    static readonly HashSet<string> Forward = ["until", "till", "by", "before", "next", "this"];

    public List<(DateOnly Day, string Why)> Anchors { get; } = [];
    public List<(int Month, int Day, string Words)> YearlessDays { get; } = [];
    public List<(TimeExpression E, string Words)> Weekdays { get; } = [];
    public List<(int Days, int Slack)> Durations { get; } = [];
    List<(DateOnly From, DateOnly To, string Words, int Sentence, int At)> PastPeriods { get; } = [];
    List<(TimeExpression E, string Words, int Sentence)> YearsAgo { get; } = [];

    /// <summary>Reads the clues of <paramref name="text"/>.</summary>
    public static PublicationClues Read(string text)
    {
        var clues = new PublicationClues();
        var sentenceEnds = TimeResolver.SentenceEnd().Matches(text).Select(m => m.Index).ToArray();
        foreach (var e in TimeScanner.Scan(text))
        {
            var words = text.Substring(e.Span.Start, e.Span.Length);
            int sentence = sentenceEnds.Count(end => end < e.Span.Start);
            switch (e.Form)
            {
                case TimeForm.CalendarDay when Forward.Contains(e.Modifier):
                    break;
                case TimeForm.CalendarDay when e.Year is { } y:
                    if (TimeScanner.Date(y, e.Month!.Value, e.Day!.Value) is { } day) clues.Anchors.Add((day, $"'{words}'"));
                    break;
                case TimeForm.CalendarDay:
                    clues.YearlessDays.Add((e.Month!.Value, e.Day!.Value, words));
                    break;
                case TimeForm.Weekday when e.Modifier is not ("next" or "by" or "this" or "before"):
                    clues.Weekdays.Add((e, words));
                    break;
                case TimeForm.DurationStart:
                    int days = DaysOf(e.Offset, e.Unit) + e.Modifier switch { "nearly" or "almost" => -1, "more than" or "over" => 1, _ => 0 };
                    clues.Durations.Add((days, days >= 7 ? days / 7 + 1 : 1));
                    break;
                case TimeForm.Year when !Forward.Contains(e.Modifier):
                    clues.PastPeriods.Add((new DateOnly(e.Year!.Value, 1, 1), new DateOnly(e.Year.Value, 12, 31), words, sentence, e.Span.Start));
                    break;
                case TimeForm.Month when e.Year is { } my && !Forward.Contains(e.Modifier):
                    var first = new DateOnly(my, e.Month!.Value, 1);
                    clues.PastPeriods.Add((first, first.AddMonths(1).AddDays(-1), words, sentence, e.Span.Start));
                    break;
                case TimeForm.Ago when e.Unit == "year":
                    clues.YearsAgo.Add((e, words, sentence));
                    break;
            }
        }
        return clues;
    }

    static int DaysOf(int n, string unit) => unit switch { "day" => n, "week" => 7 * n, "month" => 30 * n, _ => 365 * n };

    /// <summary>The weekday whose week back holds the weekday mentions most closely; null when none is mentioned plainly.</summary>
    public DayOfWeek? PublicationWeekday()
    {
        if (!Weekdays.Any(w => w.E.Modifier != "last")) return null;
        return Enum.GetValues<DayOfWeek>().MinBy(WeekdayCost);
    }

    /// <summary>
    /// How far back the weekday mentions lie from a publication on <paramref name="publication"/>; an ongoing event's age
    /// of under a week ("after nearly a week of clashes") should reach back to the earliest plain weekday told, unless
    /// a calendar day is named for it to count from.
    /// </summary>
    int WeekdayCost(DayOfWeek publication)
    {
        int cost = Weekdays.Sum(w => BackDays(publication, w.E));
        if (Anchors.Count > 0 || YearlessDays.Count > 0) return cost;
        var plain = Weekdays.Where(w => w.E.Modifier != "last").Select(w => BackDays(publication, w.E)).ToList();
        foreach (var d in Durations.Where(d => d.Days < 7 + d.Slack))
            cost += 2 * Math.Max(0, Math.Abs(plain.Max() - d.Days) - d.Slack + 1);
        return cost;
    }

    static int BackDays(DayOfWeek publication, TimeExpression weekday)
    {
        int back = ((int)publication - (int)weekday.Weekday!.Value + 7) % 7;
        return weekday.Modifier == "last" && back == 0 ? 7 : back;
    }

    public string WeekdayWords() => string.Join(", ", Weekdays.Select(w => w.Words).Distinct());

    public string WeekdayWhy(DayOfWeek weekday) => $"a {weekday} keeps the weekdays mentioned ({WeekdayWords()}) in the week before publication";

    /// <summary>
    /// The range of days the named past years and months and "N years ago" allow: not before the latest named period,
    /// and for each "N years ago" about N years after the period named nearest it in its sentence ("nearly two years ago, in 2016"),
    /// else after some period named in the text; with a short reason.
    /// </summary>
    public (DateOnly? From, DateOnly? To, string Why) YearBounds()
    {
        if (PastPeriods.Count == 0) return (null, null, "");
        var latest = PastPeriods.MaxBy(p => p.From);
        DateOnly from = latest.From;
        DateOnly? to = null;
        var why = $"not before {from:yyyy-MM-dd} ('{latest.Words}')";
        foreach (var (ago, words, sentence) in YearsAgo)
        {
            var (low, high) = ago.Modifier switch
            {
                "nearly" or "almost" or "less than" or "just under" => (12 * ago.Offset - 6, 12 * ago.Offset),
                "more than" or "over" or "just over" => (12 * ago.Offset, 12 * ago.Offset + 12),
                _ => (12 * ago.Offset - 6, 12 * ago.Offset + 6),
            };
            var near = PastPeriods.Where(p => p.Sentence == sentence).OrderBy(p => Math.Abs(p.At - ago.Span.Start)).Take(1).ToList();
            var paired = near.Count > 0 ? near : PastPeriods;
            var spans = paired.Select(p => (From: p.From.AddMonths(low), To: p.To.AddMonths(high))).Where(s => s.To >= from).ToList();
            if (spans.Count == 0) continue;
            var (agoFrom, agoTo) = (spans.Min(s => s.From), spans.Max(s => s.To));
            if (agoFrom > from) from = agoFrom;
            if (to is null || agoTo < to) to = agoTo;
            why += $"; '{words}' of a year named in the text puts it between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}";
        }
        return (from, to, why);
    }

    /// <summary>Whether every age of an ongoing event, counted from <paramref name="anchor"/>, fits publication on <paramref name="day"/>.</summary>
    public bool DurationsFit(DateOnly day, DateOnly anchor) =>
        Durations.All(d => Math.Abs(day.DayNumber - anchor.DayNumber - d.Days) <= d.Slack);

    /// <summary>How badly publication on <paramref name="day"/> fits the weekday mentions and durations, given the anchor.</summary>
    /// <param name="strict">Whether the weekday of <paramref name="day"/> was already checked, so only closeness counts.</param>
    public double Cost(DateOnly day, DateOnly anchor, bool strict)
    {
        int offset = day.DayNumber - anchor.DayNumber;
        double cost = offset * 0.01;
        foreach (var (w, _) in Weekdays)
        {
            var resolved = TimeResolver.WeekdayDay(w.Weekday!.Value, w.Modifier, day);
            if (resolved < anchor && w.Modifier != "last") cost += 5;
            if (!strict) cost += day.DayNumber - resolved.DayNumber;
        }
        foreach (var d in Durations) cost += 2 * Math.Abs(offset - d.Days);
        return cost;
    }
}
