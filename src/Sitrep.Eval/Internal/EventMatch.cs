using Sitrep.Gold;
using Sitrep.Model;

namespace Sitrep.Eval.Internal;

/// <summary>The matching rule of gold-schema.md: when a predicted event may stand for a gold event, and how good a stand-in it is.</summary>
internal static class EventMatch
{
    /// <summary>How far apart two events may be and still match.</summary>
    public const double MaxKm = 50;

    static readonly string[] PrisonTags = ["prison_attack", "prison_break"];

    /// <summary>Whether <paramref name="predicted"/> may match <paramref name="gold"/>: same kind, date and place.</summary>
    public static bool Matches(GoldEvent gold, GoldEvent predicted) =>
        gold.Historical == predicted.Historical
        && SameKind(gold, predicted)
        && DatesMeet(gold.Date, predicted.Date)
        && PlacesMeet(gold.Location, predicted.Location);

    /// <summary>Same sub_event_type, or both carry prison_attack or both carry prison_break.</summary>
    public static bool SameKind(GoldEvent gold, GoldEvent predicted) =>
        SameSubType(gold, predicted) || PrisonTags.Any(t => Tags(gold).Contains(t) && Tags(predicted).Contains(t));

    /// <summary>Whether both name the same ACLED sub_event_type.</summary>
    public static bool SameSubType(GoldEvent gold, GoldEvent predicted) =>
        gold.SubEventType is not null && gold.SubEventType == predicted.SubEventType;

    /// <summary>Widened by a day each, the ranges share a stretch of time: at most one day apart. A null date meets only a null date.</summary>
    /// <remarks>
    /// Read as the one reading that fits both the schema and the scorer's stated cases (one day off matches, two days off
    /// does not): each day is a stretch of time, and the two widenings together leave ranges two days apart only touching.
    /// </remarks>
    public static bool DatesMeet(GoldDate? gold, GoldDate? predicted) =>
        (Days(gold), Days(predicted)) switch
        {
            (null, null) => true,
            ({ } g, { } p) => Math.Max(p.From.DayNumber - g.To.DayNumber, g.From.DayNumber - p.To.DayNumber) <= 1,
            _ => false,
        };

    /// <summary>Within <see cref="MaxKm"/> when both have coordinates; else the same admin1, or the same country when neither has an admin1.</summary>
    /// <remarks>Two events with no location at all meet; a place known on one side only does not meet an unknown one.</remarks>
    public static bool PlacesMeet(GoldLocation? gold, GoldLocation? predicted)
    {
        if (Km(gold, predicted) is { } km) return km <= MaxKm;
        if (gold?.Admin1 is null && predicted?.Admin1 is null) return SameName(gold?.Country, predicted?.Country);
        return SameName(gold?.Admin1, predicted?.Admin1);
    }

    /// <summary>Lower is better: a different sub-type costs most, then days between the ranges' ends, then kilometres.</summary>
    /// <remarks>Each term is capped below the unit of the one before, so the order of preference is strict.</remarks>
    public static double Cost(GoldEvent gold, GoldEvent predicted)
    {
        double subType = SameSubType(gold, predicted) ? 0 : 1;
        double days = Days(gold.Date) is { } g && Days(predicted.Date) is { } p
            ? Math.Abs(g.From.DayNumber - p.From.DayNumber) + Math.Abs(g.To.DayNumber - p.To.DayNumber)
            : 0;
        double km = Km(gold.Location, predicted.Location) ?? 0;
        return subType * 1e6 + Math.Min(days, 999) * 1e3 + Math.Min(km, 999);
    }

    /// <summary>Great-circle distance, null unless both have coordinates.</summary>
    public static double? Km(GoldLocation? a, GoldLocation? b) =>
        a?.Lat is { } lat1 && a.Lon is { } lon1 && b?.Lat is { } lat2 && b.Lon is { } lon2
            ? Geo.DistanceKm(lat1, lon1, lat2, lon2)
            : null;

    /// <summary>The event's tags; a prediction may carry a JSON null.</summary>
    public static IReadOnlyList<string> Tags(GoldEvent e) => e.Tags ?? [];

    /// <summary>The date as days, null when absent or not ISO.</summary>
    public static (DateOnly From, DateOnly To)? Days(GoldDate? date) =>
        DateOnly.TryParseExact(date?.From, "yyyy-MM-dd", out var from) && DateOnly.TryParseExact(date?.To, "yyyy-MM-dd", out var to)
            ? (from, to)
            : null;

    /// <summary>Region names compare on letters and digits only, so "Deir ez-Zor" and "Deir-ez-Zor" are the same.</summary>
    static bool SameName(string? a, string? b) => Key(a) == Key(b);

    static string? Key(string? name) => name is null ? null : string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
