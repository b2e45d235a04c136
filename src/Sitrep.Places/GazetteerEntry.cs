using Sitrep.Model;

namespace Sitrep.Places;

/// <summary>One place a gazetteer knows: a GeoNames record, a supplement line, a first-level division, a US county, a country or a region across countries.</summary>
/// <param name="GeonameId">GeoNames id; null for places Sitrep's own files add.</param>
/// <param name="Admin1Code">GeoNames admin1 code within the country ("01"), or null.</param>
/// <param name="Country">ISO 3166 code; empty for a region across countries (a continent, a sea).</param>
/// <param name="FeatureCode">GeoNames feature code: PPL, PPLA, PPLC, PPLX, ADM1, ADM2, PCLI, CONT, OCN, SEA, GULF, RGN.</param>
/// <param name="Precision">How precisely the entry places an event: town, district (a county), region (ADM1 or across countries), country.</param>
public sealed record GazetteerEntry(
    long? GeonameId, string Name, string Country, string? Admin1Code, double Lat, double Lon,
    string FeatureCode, long Population, PlacePrecision Precision);
