using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>The place and time a reader has in mind at a point of the article, for clauses that name neither.</summary>
/// <remarks>
/// Time is carried forward within a paragraph, and a paragraph that names none is about the lede's time; place within the
/// paragraph, else from the last place named anywhere before. The dated report of each source is kept for the whole
/// article: what that source tells later ("The center said …", "the report said") happened no later than its report.
/// </remarks>
internal sealed class Focus
{
    // A week up to publication that begins this many days after the situation's dated start is the time since then.
    const int RoundedWeekSlack = 2;

    TimeMention? _mainTime;
    readonly Dictionary<string, (DateRange Range, TextSpan Time)> _reports = new(StringComparer.Ordinal);
    // The day the situation the article tells of began, as its latest since-phrase dates it ("since the Oct. 9 invasion").
    DateOnly? _start;

    /// <param name="main">The article's main place, in focus until another is named.</param>
    /// <param name="mainTime">The time of the lede's news, in focus wherever a paragraph has named no other.</param>
    public Focus(Toponym? main, TimeMention? mainTime) => (Place, Time, _mainTime) = (main, mainTime, mainTime);

    /// <summary>The place last named in this paragraph, else anywhere before, else the article's main place.</summary>
    public Toponym? Place { get; private set; }

    /// <summary>The time last named in this paragraph, else the lede's.</summary>
    public TimeMention? Time { get; private set; }

    /// <summary>The prison, camp or base last named anywhere before: what "the same facility" refers back to.</summary>
    public Toponym? Site { get; private set; }

    /// <summary>Goes back to the lede's time at a paragraph break.</summary>
    public void NewParagraph() => Time = _mainTime;

    /// <summary>Notes that the sources made a report dated by <paramref name="time"/>, whose events lie in <paramref name="range"/>.</summary>
    public void Reported(IReadOnlyList<string> sources, DateRange range, TextSpan time)
    {
        foreach (var source in sources) _reports[source] = (range, time);
    }

    /// <summary>The range of the last dated report of the first of <paramref name="sources"/> that made one, null when none did.</summary>
    public (DateRange Range, TextSpan Time)? ReportOf(IReadOnlyList<string> sources)
    {
        foreach (var source in sources)
            if (_reports.TryGetValue(source, out var report)) return report;
        return null;
    }

    /// <summary>The time as the aftermath of the situation's dated start: a writer calls the eight or nine days since an
    /// invasion "the past week", so a week up to <paramref name="published"/> that begins just after that start begins at it.</summary>
    public TimeMention SinceStart(TimeMention time, DateOnly? published) =>
        _start is { } start && time is { Anchor: null, Range: { Precision: DatePrecision.Week } week } && week.To == published &&
        start < week.From && week.From.DayNumber - start.DayNumber <= RoundedWeekSlack
            ? time with { Range = week with { From = start } } : time;

    /// <summary>Takes the clause's place and time, when it names them.</summary>
    public void Update(Toponym? place, TimeMention? time)
    {
        // A country mention does not replace a finer place in the same country ("in Syria" after "in Hasakah").
        if (place?.Place is { } p && !(p.Precision == PlacePrecision.Country && Place?.Place?.Country == p.Country))
            Place = place;
        if (place?.Facility is not null) Site = place;
        if (time is null) return;
        Time = time;
        if (time.Anchor is { Precision: DatePrecision.Day } anchor) _start = anchor.From;
        // The lede's time as its clause read it (a report's day as the range it bounds) is the one later paragraphs take.
        if (time.Span == _mainTime?.Span) _mainTime = time;
    }
}
