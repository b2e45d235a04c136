namespace Sitrep.Model;

/// <summary>How finely a date range is known.</summary>
public enum DatePrecision
{
    /// <summary>A day or a few days.</summary>
    Day,
    /// <summary>About a week.</summary>
    Week,
    /// <summary>About a month.</summary>
    Month,
    /// <summary>A year or more.</summary>
    Year,
}

/// <summary>An inclusive range of calendar days and how precisely it is known.</summary>
public sealed record DateRange(DateOnly From, DateOnly To, DatePrecision Precision)
{
    /// <summary>A single day.</summary>
    public static DateRange Day(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>Whether the ranges overlap once each is widened by <paramref name="slackDays"/> days.</summary>
    public bool Overlaps(DateRange other, int slackDays = 0) =>
        From.AddDays(-slackDays) <= other.To.AddDays(slackDays) && other.From.AddDays(-slackDays) <= To.AddDays(slackDays);
}
