namespace Sitrep.Model;

/// <summary>How precisely a place pins down where something happened.</summary>
public enum PlacePrecision
{
    /// <summary>A named site: prison, camp, base.</summary>
    Facility,
    /// <summary>A town, village or city quarter.</summary>
    Town,
    /// <summary>A district or the surroundings of a town.</summary>
    District,
    /// <summary>A province or a named region.</summary>
    Region,
    /// <summary>Only the country is known.</summary>
    Country,
}

/// <summary>A resolved place.</summary>
/// <param name="Name">The name a gazetteer gives it.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1">First-level administrative division name, when known.</param>
/// <param name="Lat">WGS84 latitude; null when only a country or admin1 is known and no point is honest.</param>
/// <param name="Lon">WGS84 longitude.</param>
/// <param name="Precision">How precisely the point places an event.</param>
/// <param name="GeonameId">GeoNames id, when the place comes from GeoNames.</param>
/// <param name="FeatureCode">GeoNames feature code (PPL, PPLA, ADM1, PCLI…).</param>
public sealed record Place(
    string Name, string? Country, string? Admin1, double? Lat, double? Lon,
    PlacePrecision Precision, long? GeonameId = null, string? FeatureCode = null)
{
    /// <summary>Great-circle distance in kilometres, null when either lacks coordinates.</summary>
    public double? DistanceKm(Place other) =>
        Lat is { } a && Lon is { } b && other.Lat is { } c && other.Lon is { } d ? Geo.DistanceKm(a, b, c, d) : null;
}

/// <summary>Geodesy used across stages.</summary>
public static class Geo
{
    /// <summary>Haversine distance in kilometres between two WGS84 points.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088;
        double dLat = Rad(lat2 - lat1), dLon = Rad(lon2 - lon1);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                   Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    static double Rad(double degrees) => degrees * Math.PI / 180;
}
