using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>The time expression of a clause that dates its event, and whether it dates only the report of it.</summary>
/// <param name="Time">The expression as found in the clause.</param>
/// <param name="Range">The range the event lies in.</param>
/// <param name="OfReport">It says when the event was reported ("said on Tuesday that …"), so the event was then or shortly before.</param>
/// <param name="SincePhrase">The since-phrase that names the event itself and ends in this time ("since the town fell in March
/// 2019"), null when none does.</param>
internal sealed record ClauseTime(TimeMention Time, DateRange Range, bool OfReport, TextSpan? SincePhrase = null)
{
    // Words that tell of a report; a time next to them dates the telling. Not the same list as RoleFinder's speech verbs
    // or the attribution cues of the text stage (data/lexicons/attribution-cues.tsv), which find who speaks: a telling
    // is dated by its nouns ("in a statement on Tuesday", "at a briefing") and participles ("saying on Monday") as well,
    // and by a claim, whose claimant RoleFinder must keep as the perpetrator.
    static readonly HashSet<string> ReportWords =
    [
        "said", "says", "saying", "told", "reported", "reports", "announced", "confirmed", "confirming", "claimed", "claiming",
        "boasted", "revealed", "acknowledged", "tweeted", "statement", "report", "testimony", "briefing",
    ];

    // Words that may stand between a report word and its time ("said in a statement on Tuesday").
    static readonly HashSet<string> FrameWords = ["on", "in", "a", "an", "its", "their", "late", "early", "last", "this", "interview"];

    // Report verbs that take the event as object ("claimed the bombing", "confirmed the attacks"), and how many words may
    // stand between them; "said" takes a clause, whose own time it is ("said fighting broke out on Monday").
    static readonly HashSet<string> ObjectVerbs = ["reported", "announced", "confirmed", "confirming", "claimed", "claiming", "acknowledged", "revealed"];
    const int ObjectReach = 2;

    // Words after a since-phrase that may still name its event ("since Turkey's Oct. 9 invasion").
    const int SinceNounReach = 2;

    /// <summary>The clause's time that dates the event whose first trigger starts at <paramref name="trigger"/>, null when none.</summary>
    /// <remarks>A time of the event itself beats a time of its report; then the finest one wins, since coarser times in the
    /// same clause are periods of comparison ("its deadliest attack this year"); then the one nearest the trigger.
    /// A report's day inside a week told in the clause or carried in <paramref name="context"/> ("over the past week, …
    /// according to a report Tuesday") dates its event from that week's start to the report. A since-phrase is no such
    /// week: what a source claims on its day within the weeks since a start happened then, not at any time since.</remarks>
    public static ClauseTime? For(IReadOnlyList<TimeMention> times, List<Word> words, int trigger, TimeMention? context = null)
    {
        var best = times.Where(t => t.Range is not null).Select(t => Of(t, words, trigger))
            .MinBy(c => (c.OfReport, c.Range.Precision, Distance(c.Time.Span, trigger)));
        if (best is not { OfReport: true, Range: { Precision: DatePrecision.Day } day }) return best;
        var week = times.Where(t => t.Anchor is null).Select(t => t.Range).Append(context?.Anchor is null ? context?.Range : null)
            .FirstOrDefault(r => r is { Precision: DatePrecision.Week } && r.From < day.From && r.To >= day.To);
        return week is null ? best : best with { Range = new DateRange(week.From, day.To, DatePrecision.Week) };
    }

    // The event a since-phrase names happened at its anchor ("since declaring victory in March 2019": March 2019); an
    // event outside it lasts from then on. A report dates its event to that day or the day before; news that came late in
    // the day ("word of the raid broke late Monday") tells of that evening, and the night runs past midnight.
    static ClauseTime Of(TimeMention t, List<Word> words, int trigger)
    {
        bool report = DatesReport(words, t.Span, trigger);
        bool named = t.Anchor is not null && NamedBy(words, t.Span, trigger);
        var phrase = named ? t.Span : SinceClause(words, t.Span, trigger);
        var range = named ? t.Anchor!
            : report && t.Range!.Precision == DatePrecision.Day ? (IsLate(words, t.Span)
                ? new DateRange(t.Range.From, t.Range.To.AddDays(1), DatePrecision.Day)
                : new DateRange(t.Range.From.AddDays(-1), t.Range.To, DatePrecision.Day))
            : t.Range!;
        return new ClauseTime(t, range, report, phrase);
    }

    // "late Monday", "Monday night".
    static bool IsLate(List<Word> words, TextSpan time)
    {
        int first = words.FindIndex(w => w.Start >= time.Start && w.End <= time.End);
        int last = words.FindLastIndex(w => w.Start >= time.Start && w.End <= time.End);
        return first >= 0 && (words[first].Text == "late" || words[last].Text == "night");
    }

    static bool NamedBy(List<Word> words, TextSpan phrase, int trigger)
    {
        int after = words.FindIndex(w => w.Start >= phrase.End);
        int reach = after < 0 ? int.MaxValue : words[Math.Min(words.Count - 1, after + SinceNounReach - 1)].End;
        return trigger >= phrase.Start && trigger < reach;
    }

    // "since the rump of its state was overrun on the river banks in March 2019": a since-clause too long to be read as one
    // time expression still names its event, which lies between "since" and the time that ends it.
    static TextSpan? SinceClause(List<Word> words, TextSpan time, int trigger)
    {
        int since = words.FindLastIndex(w => w.End <= trigger && w.Text == "since");
        return since >= 0 && trigger < time.Start ? TextSpan.FromBounds(words[since].Start, time.End) : null;
    }

    static int Distance(TextSpan span, int at) => span.End <= at ? at - span.End : Math.Abs(span.Start - at);

    // The time dates the report when a report word frames it: "On Wednesday officials revealed that … escaped",
    // "said on Tuesday that …", "…, according to a report Tuesday", or the event is what was told ("claimed the bombing … on Tuesday").
    static bool DatesReport(List<Word> words, TextSpan time, int trigger)
    {
        int t = words.FindIndex(w => w.Start >= time.Start);
        int tEnd = words.FindIndex(w => w.Start >= time.End);
        int g = words.FindIndex(w => w.Start >= trigger);
        if (t < 0 || g < 0) return false;
        if (tEnd < 0) tEnd = words.Count;
        for (int r = 0; r < words.Count; r++)
        {
            if (!ReportWords.Contains(words[r].Text)) continue;
            bool framed = r < t && FramedBetween(words, r, t);
            if (t < g && (framed && r < g || tEnd <= r && r < g - 1)) return true;
            if (g < t && (framed && g < r || r < g && g - r - 1 <= ObjectReach && ObjectVerbs.Contains(words[r].Text))) return true;
        }
        return false;
    }

    // Whether every word between the report word and the time only frames the time ("said on", "revealed in an interview").
    static bool FramedBetween(List<Word> words, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (!FrameWords.Contains(words[k].Text) && !ReportWords.Contains(words[k].Text)) return false;
        return true;
    }
}
