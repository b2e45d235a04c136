using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Read.Internal;

/// <summary>Parses the publication dates metadata gives: ISO 8601 days and timestamps, RFC 822 (RSS) and written-out dates.</summary>
/// <remarks>A timestamp gives the day as written in its own time zone, the day the outlet dated the report; it is not moved to UTC.</remarks>
internal static partial class PublishedDate
{
    static readonly string[] WrittenFormats = ["d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "yyyy/MM/dd", "yyyy/M/d"];

    public static bool TryParse(string value, out DateOnly day)
    {
        var text = value.Trim();
        var iso = Iso().Match(text);
        if (iso.Success)
            return DateOnly.TryParseExact(iso.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

        // RFC 822 and written dates: the weekday, time and zone do not change the day as written.
        var written = Written().Match(text);
        var date = written.Success ? written.Groups["date"].Value.Replace(",", " ").Replace(".", " ") : text;
        date = Spaces().Replace(date, " ").Trim();
        if (date.Length > 0 && DateTime.TryParseExact(date, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = DateOnly.FromDateTime(parsed);
            return true;
        }
        day = default;
        return false;
    }

    [GeneratedRegex(@"^(?<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<date>\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s+(?:[A-Z]{1,5}|[+-]\d{4}|UTC[+-]?\d*|GMT[+-]?\d*))?$")]
    private static partial Regex Written();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
