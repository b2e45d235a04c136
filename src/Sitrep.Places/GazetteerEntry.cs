using Sitrep.Model;

namespace Sitrep.Places;

/// <summary>One place a gazetteer knows: a GeoNames record, a supplement line, a first-level division or a country.</summary>
/// <param name="GeonameId">GeoNames id; null for places Sitrep's own files add.</param>
/// <param name="Admin1Code">GeoNames admin1 code within the country ("01"), or null.</param>
/// <param name="FeatureCode">GeoNames feature code: PPL, PPLA, PPLC, PPLX, ADM1, PCLI.</param>
/// <param name="Precision">How precisely the entry places an event: town, region (ADM1), country.</param>
public sealed record GazetteerEntry(
    long? GeonameId, string Name, string Country, string? Admin1Code, double Lat, double Lon,
    string FeatureCode, long Population, PlacePrecision Precision);
