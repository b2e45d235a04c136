using Sitrep.Documents;

namespace Sitrep.Text.Internal;

/// <summary>The shapes of time expression the scanner recognises.</summary>
internal enum TimeForm
{
    /// <summary>A calendar day, possibly without its year ("Oct. 9", "20 January 2022", "2022-01-20").</summary>
    CalendarDay,
    /// <summary>A month, possibly without its year ("in July 2013", "in October").</summary>
    Month,
    /// <summary>A year ("in 2014").</summary>
    Year,
    /// <summary>A day of the week ("on Thursday", "last Friday", "Thursday night").</summary>
    Weekday,
    /// <summary>A day relative to publication ("yesterday", "today", "last night").</summary>
    RelativeDay,
    /// <summary>A named period relative to publication ("this week", "last month", "in recent months").</summary>
    Period,
    /// <summary>A span back from publication ("nearly three years ago").</summary>
    Ago,
    /// <summary>A day relative to the event just told ("the previous night", "the next day").</summary>
    Discourse,
    /// <summary>Months or years after the time just told ("A year later", "two months later").</summary>
    Later,
    /// <summary>How long an ongoing event has lasted, dating its start ("after nearly a week of clashes", "week-old").</summary>
    DurationStart,
}

/// <summary>A time expression as written, before it is resolved to calendar days.</summary>
/// <param name="Offset">Days from the anchor for <see cref="TimeForm.RelativeDay"/> and <see cref="TimeForm.Discourse"/>; the count for spans.</param>
/// <param name="Unit">"day", "week", "month" or "year" for spans and periods.</param>
/// <param name="Modifier">"last", "next", "this", "since", "until", "nearly", "more than"… lower-case, or empty.</param>
/// <param name="ThatYear">The text says the year is the one just named ("in July of that year").</param>
internal sealed record TimeExpression(TextSpan Span, TimeForm Form, int? Year = null, int? Month = null, int? Day = null,
    DayOfWeek? Weekday = null, int Offset = 0, string Unit = "", string Modifier = "", bool ThatYear = false);
