using Sitrep.Model;
using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>A publication day inferred from the text, and why.</summary>
/// <param name="Reasoning">The anchors and checks it rests on, for verbose output.</param>
public sealed record InferredPublication(DateOnly Date, string Reasoning);

/// <summary>Infers when an undated article was published from the dates and weekdays it mentions.</summary>
/// <remarks>
/// The latest day named with its year is the earliest possible publication day. A day named without its year ("Oct. 9")
/// is no anchor: weekdays repeat every few years, so the text alone cannot say which year is meant.
/// From there, over the next two weeks, the day is chosen that keeps every plain weekday mention ("on Thursday") within
/// the week before it and closest to it, every "last Friday" strictly before it, and any age of an ongoing event
/// ("week-old", "after a week of") counted from that anchor. With no dated anchor the year is unknowable: null.
/// </remarks>
public static class PublicationDateInferrer
{
    const int SearchDays = 14;

    /// <summary>Why nothing was inferred: the only case in which <see cref="Infer"/> returns null.</summary>
    public const string NoAnchorReason = "The text names no day with its year, so its publication date cannot be inferred; relative dates stay unresolved.";

    /// <summary>The inferred publication day of <paramref name="text"/>, or null when the text does not support one.</summary>
    public static InferredPublication? Infer(string text)
    {
        var expressions = TimeScanner.Scan(text);
        var anchors = new List<(DateOnly Day, string Why)>();
        foreach (var e in expressions.Where(e => e is { Form: TimeForm.CalendarDay, Year: not null } && e.Modifier is not ("until" or "till" or "by" or "before")))
            if (TimeScanner.Date(e.Year!.Value, e.Month!.Value, e.Day!.Value) is { } day)
                anchors.Add((day, $"'{text.Substring(e.Span.Start, e.Span.Length)}'"));
        if (anchors.Count == 0) return null;
        var anchor = anchors.MaxBy(a => a.Day);

        var weekdays = expressions.Where(e => e.Form == TimeForm.Weekday).ToList();
        var durations = expressions.Where(e => e.Form == TimeForm.DurationStart).Select(e => Days(e.Offset, e.Unit) + e.Modifier switch
        {
            "nearly" or "almost" => -1,
            "more than" or "over" => 1,
            _ => 0,
        }).ToList();

        DateOnly best = anchor.Day;
        double bestCost = double.MaxValue;
        for (int offset = 0; offset < SearchDays; offset++)
        {
            var day = anchor.Day.AddDays(offset);
            double cost = offset * 0.01;
            foreach (var w in weekdays)
            {
                var resolved = TimeResolver.WeekdayDay(w.Weekday!.Value, w.Modifier, day);
                if (resolved < anchor.Day && w.Modifier != "last") cost += 5;
                cost += w.Modifier == "next" ? 0 : day.DayNumber - resolved.DayNumber;
            }
            foreach (var d in durations) cost += 2 * Math.Abs(offset - d);
            if (cost < bestCost) (best, bestCost) = (day, cost);
        }

        var why = $"not before {anchor.Day:yyyy-MM-dd} ({anchor.Why})";
        if (weekdays.Count > 0) why += $"; {best:dddd} keeps the weekdays mentioned ({string.Join(", ", weekdays.Select(w => text.Substring(w.Span.Start, w.Span.Length)).Distinct())}) in the week before publication";
        if (durations.Count > 0) why += $"; durations of {string.Join(", ", durations)} days counted from that anchor";
        return new InferredPublication(best, why);
    }

    static int Days(int n, string unit) => unit switch { "day" => n, "week" => 7 * n, "month" => 30 * n, _ => 365 * n };
}
