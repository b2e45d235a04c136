using System.Collections.Concurrent;
using Sitrep.Model;

namespace Sitrep.Places.Internal;

/// <summary>Turns a place and its region words into the region an analyst means: "northeast Syria", "Raqqa countryside", "the Syria-Turkey border".</summary>
/// <remarks>
/// A direction on a country takes the part regions.tsv lists ("northeastern Syria"); otherwise it takes the matching quarter
/// (or half, or middle) of the bounding box of the area's known places and uses the mean of the places inside it. A border
/// regions.tsv lists takes its point; another takes the places of the first country within 30 km of the second, else the place's own point. Precision is Region
/// (District for "countryside"), and no point is given when the gazetteer cannot support one.
/// </remarks>
internal sealed class RegionPoints(Gazetteer gazetteer)
{
    readonly ConcurrentDictionary<string, (double?, double?)> _parts = new();
    readonly ConcurrentDictionary<string, (double, double)?> _borders = new();

    // The article's country shares say whose side "the border with Turkey" is.
    public Place Widen(Place place, GazetteerEntry entry, RegionCue cue, string? borderWith, IReadOnlyDictionary<string, double> countries)
    {
        if (cue.Modifier == "border" && Border(place, entry, cue.Direction, borderWith, countries) is { } border) return border;
        if (cue.Modifier == "countryside" && cue.Direction is null)
            return place with { Name = $"{place.Name} countryside", Precision = PlacePrecision.District };
        if (cue.Direction is null) return place with { Name = cue.Modifier == "province" ? $"{place.Name} province" : place.Name };
        if (entry.Country.Length == 0) return place with { Name = $"{cue.Direction} {place.Name}" }; // "western Europe": no places to box

        // A direction on a town that names its province means that part of the province ("northern Raqqa"); on another
        // town, that part of the town ("south Philadelphia"); on a province or country, that part of it.
        var area = entry.Precision == PlacePrecision.Town ? gazetteer.Admin1(entry.Country, entry.Admin1Code) : entry;
        if (area is null || entry.Precision == PlacePrecision.Town && NameKey.Loose(area.Name) != NameKey.Loose(entry.Name))
            return place with { Name = $"{cue.Direction} {place.Name}", Precision = PlacePrecision.District };
        bool isCountry = area.Precision == PlacePrecision.Country;
        if (isCountry && gazetteer.CountryPart(area.Country, cue.Direction) is { } part) return gazetteer.ToPlace(part);
        var key = isCountry ? area.Country : $"{area.Country}.{area.Admin1Code}";
        var (lat, lon) = _parts.GetOrAdd($"{key} {cue.Direction}", _ =>
            PartPoint(isCountry ? gazetteer.InCountry(area.Country) : gazetteer.InCountry(area.Country).Where(e => e.Admin1Code == area.Admin1Code), cue.Direction));
        var name = area.Precision == PlacePrecision.Country ? area.Name : gazetteer.Admin1Name(area) ?? area.Name;
        return new Place($"{cue.Direction} {name}", area.Country, isCountry ? null : gazetteer.Admin1Name(area), lat, lon, PlacePrecision.Region, null, "RGN");
    }

    // A border of a country that regions.tsv lists is placed at its point, on the side of the first-named country: the second
    // country's ("the Syria-Turkey border"), the one that lies in the direction ("Syria's northern border"), or the one with
    // the article's most named country ("the border with Turkey" in news of Syria). Null for a direction without a listed border.
    Place? Border(Place place, GazetteerEntry entry, string? direction, string? other, IReadOnlyDictionary<string, double> countries)
    {
        var second = other is null ? null : gazetteer.Lookup(other).FirstOrDefault(e => e.Precision == PlacePrecision.Country);
        if (entry.Precision == PlacePrecision.Country)
        {
            var borders = gazetteer.Borders(entry.Country).ToList();
            if (second is not null && borders.FirstOrDefault(b => b.Other == second.Country) is { Border: { } listed }) return BorderPlace(listed, entry.Country);
            if (second is null && direction is not null)
                return Toward(entry, borders.Select(b => b.Border), direction) is { } toward ? BorderPlace(toward, entry.Country) : null;
            if (second is null && borders.Where(b => countries.GetValueOrDefault(b.Other) > 0).OrderByDescending(b => countries[b.Other]).FirstOrDefault() is { Border: { } ours } side)
                return BorderPlace(ours, side.Other);
        }
        if (direction is not null) return null;
        // Without a second country, or without places near it, the border is placed at the place itself ("the Kentucky border").
        if (entry.Precision != PlacePrecision.Country || second is null)
            return new Place($"{place.Name} border", entry.Country, place.Admin1, place.Lat, place.Lon, PlacePrecision.Region, null, "RGN");
        var (lat, lon) = _borders.GetOrAdd($"{entry.Country}-{second.Country}", _ => BorderPoint(entry.Country, second.Country)) ?? (entry.Lat, entry.Lon);
        return new Place($"{entry.Name}-{second.Name} border", entry.Country, null, lat, lon, PlacePrecision.Region, null, "RGN");
    }

    // A listed border on one country's side, named with that country first ("Turkey-Syria border" for Turkey's side).
    Place BorderPlace(GazetteerEntry border, string side)
    {
        var first = gazetteer.Country(side)?.Name;
        var name = Gazetteer.BorderSides(border.Name) is (var a, var b) && b == first ? $"{b}-{a} border" : border.Name;
        return new Place(name, side, null, border.Lat, border.Lon, PlacePrecision.Region, null, "RGN");
    }

    // The border whose point lies most nearly in the direction from the country's point, within 67.5 degrees of it.
    static GazetteerEntry? Toward(GazetteerEntry country, IEnumerable<GazetteerEntry> borders, string direction)
    {
        double north = direction.Contains("north") ? 1 : direction.Contains("south") ? -1 : 0;
        double east = direction.Contains("east") ? 1 : direction.Contains("west") ? -1 : 0;
        if (north == 0 && east == 0) return null;
        double Cosine(GazetteerEntry b)
        {
            double dLat = b.Lat - country.Lat, dLon = (b.Lon - country.Lon) * Math.Cos(country.Lat * Math.PI / 180);
            double length = Math.Sqrt(dLat * dLat + dLon * dLon) * Math.Sqrt(north * north + east * east);
            return length == 0 ? 0 : (dLat * north + dLon * east) / length;
        }
        return borders.Where(b => Cosine(b) > 0.38).MaxBy(Cosine);
    }

    (double, double)? BorderPoint(string a, string b)
    {
        var far = gazetteer.InCountry(b).ToList();
        var near = gazetteer.InCountry(a).Where(p => far.Any(q => Math.Abs(p.Lat - q.Lat) < 0.5 && Geo.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) < 30)).ToList();
        return near.Count == 0 ? null : (near.Average(p => p.Lat), near.Average(p => p.Lon));
    }

    // The middle of the known places in that part of the area's bounding box ("northeast Syria": around Hasakah and
    // Qamishli), so the point lies where the region's places are, not in an empty corner of the box.
    static (double?, double?) PartPoint(IEnumerable<GazetteerEntry> places, string direction)
    {
        var list = places.ToList();
        if (list.Count == 0) return (null, null);
        double minLat = list.Min(p => p.Lat), maxLat = list.Max(p => p.Lat), minLon = list.Min(p => p.Lon), maxLon = list.Max(p => p.Lon);
        double midLat = (minLat + maxLat) / 2, midLon = (minLon + maxLon) / 2, quarterLat = (maxLat - minLat) / 4, quarterLon = (maxLon - minLon) / 4;
        bool Inside(GazetteerEntry p) => direction switch
        {
            "central" => Math.Abs(p.Lat - midLat) <= quarterLat && Math.Abs(p.Lon - midLon) <= quarterLon,
            _ => (!direction.Contains("north") || p.Lat >= midLat) && (!direction.Contains("south") || p.Lat <= midLat)
                 && (!direction.Contains("east") || p.Lon >= midLon) && (!direction.Contains("west") || p.Lon <= midLon),
        };
        var part = list.Where(Inside).ToList();
        return part.Count == 0 ? (null, null) : (part.Average(p => p.Lat), part.Average(p => p.Lon));
    }
}
