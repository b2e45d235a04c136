using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>What the text says about when it was published: a day when it pins one, else the narrowest range it supports.</summary>
/// <param name="Date">The publication day, or null when the text leaves more than one day possible.</param>
/// <param name="From">The earliest possible day, when the text bounds it.</param>
/// <param name="To">The latest possible day, when the text bounds it.</param>
/// <param name="Weekday">The weekday the text's weekday mentions imply, when it names any.</param>
/// <param name="Reasoning">The anchors and checks it rests on, for verbose output.</param>
public sealed record PublicationInference(DateOnly? Date, DateOnly? From, DateOnly? To, DayOfWeek? Weekday, string Reasoning);

/// <summary>Infers when an undated article was published from the dates, weekdays and spans of time it mentions.</summary>
/// <remarks>
/// Evidence, from strongest to weakest:
/// <list type="bullet">
/// <item>The latest day named with its year is the earliest possible publication day.</item>
/// <item>A day named without its year ("Oct. 9") is an anchor in every year the text allows; a year is kept when a day
/// within two weeks after it has the weekday the text implies and fits every age of an ongoing event ("week-old",
/// "after a week of") counted from it.</item>
/// <item>Years and months named as past ("in 2019", "March 2019") bound the year from below; "N years ago" paired with a
/// named year bounds it from both sides (nearly three years after some year the text names).</item>
/// <item>Plain weekday mentions ("on Thursday") fall in the week before publication and closest to it, "last Friday"
/// strictly before it: the weekday with the least total distance back is the publication weekday.</item>
/// </list>
/// A day is given only when a single one survives; otherwise the range and weekday, with the reasoning, and no date.
/// </remarks>
public static class PublicationDateInferrer
{
    const int SearchDays = 14;

    /// <summary>Years tried after a lower bound when a day without its year is the only anchor and nothing bounds the year above.</summary>
    const int OpenYears = 12;

    /// <summary>Why nothing at all was inferred.</summary>
    public const string NoAnchorReason = "The text names no day with its year, so its publication date cannot be inferred; relative dates stay unresolved.";

    /// <summary>What <paramref name="text"/> says about its publication day.</summary>
    public static PublicationInference Infer(string text)
    {
        var clues = PublicationClues.Read(text);
        if (clues.Anchors.Count > 0) return FromDatedAnchor(clues);
        var weekday = clues.PublicationWeekday();
        var (from, to, boundWhy) = clues.YearBounds();
        if (clues.YearlessDays.Count > 0) return FromYearlessDay(clues, weekday, from, to, boundWhy);
        if (from is null && weekday is null) return new(null, null, null, null, NoAnchorReason);
        var why = "No day is named with its year, so no single day can be inferred";
        if (boundWhy.Length > 0) why += $"; {boundWhy}";
        if (weekday is { } w) why += $"; {clues.WeekdayWhy(w)}";
        return new(null, from, to, weekday, why + ".");
    }

    /// <summary>The latest day named with its year, then the day after it that best fits weekdays and durations.</summary>
    static PublicationInference FromDatedAnchor(PublicationClues clues)
    {
        var anchor = clues.Anchors.MaxBy(a => a.Day);
        var best = Enumerable.Range(0, SearchDays).Select(o => anchor.Day.AddDays(o)).MinBy(d => clues.Cost(d, anchor.Day, strict: false))!;
        var why = $"not before {anchor.Day:yyyy-MM-dd} ({anchor.Why})";
        if (clues.Weekdays.Count > 0) why += $"; {best:dddd} keeps the weekdays mentioned ({clues.WeekdayWords()}) in the week before publication";
        if (clues.Durations.Count > 0) why += $"; durations of {string.Join(", ", clues.Durations.Select(d => d.Days))} days counted from that anchor";
        return new(best, best, best, best.DayOfWeek, why);
    }

    /// <summary>Tries the yearless day in every year the bounds allow and keeps the years in which weekdays and durations fit.</summary>
    static PublicationInference FromYearlessDay(PublicationClues clues, DayOfWeek? weekday, DateOnly? from, DateOnly? to, string boundWhy)
    {
        var (month, day, words) = clues.YearlessDays.MaxBy(d => d.Month * 100 + d.Day);
        int firstYear = from?.Year ?? to?.Year - OpenYears ?? 0;
        if (from is null && to is null)
            return new(null, null, null, weekday, $"'{words}' names no year and nothing else in the text bounds the year, so no day can be inferred"
                + (weekday is { } w0 ? $"; {clues.WeekdayWhy(w0)}." : "."));
        int lastYear = to?.Year ?? firstYear + OpenYears;
        var fits = new List<DateOnly>();
        for (int year = firstYear; year <= lastYear; year++)
        {
            if (TimeScanner.Date(year, month, day) is not { } anchor) continue;
            var candidates = Enumerable.Range(0, SearchDays).Select(o => anchor.AddDays(o))
                .Where(d => (weekday is null || d.DayOfWeek == weekday) && d >= (from ?? d) && d <= (to ?? d) && clues.DurationsFit(d, anchor))
                .ToList();
            if (candidates.Count > 0) fits.Add(candidates.MinBy(d => clues.Cost(d, anchor, strict: true)));
        }
        var why = $"'{words}' names no year; {boundWhy}";
        if (weekday is { } w) why += $"; {clues.WeekdayWhy(w)}";
        if (clues.Durations.Count > 0) why += $"; durations of {string.Join(", ", clues.Durations.Select(d => d.Days))} days counted from '{words}'";
        if (fits.Count == 1 && to is not null)
            return new(fits[0], fits[0], fits[0], fits[0].DayOfWeek, $"{why}: only {fits[0]:yyyy-MM-dd} fits.");
        if (fits.Count == 0) return new(null, from, to, weekday, $"{why}: no year fits, so no day can be inferred.");
        var open = to is null ? " and later years" : "";
        return new(null, fits[0], to is null ? null : fits[^1], weekday,
            $"{why}: {string.Join(", ", fits.Select(f => f.ToString("yyyy-MM-dd")))}{open} all fit, so no single day can be inferred.");
    }
}
