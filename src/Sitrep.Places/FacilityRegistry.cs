using Sitrep.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places;

/// <summary>A named site: prison, detention camp or base.</summary>
/// <param name="Kind">prison, camp or base.</param>
/// <param name="Operator">Who runs it, when known.</param>
/// <param name="Admin1Code">GeoNames admin1 code within the country.</param>
public sealed record Facility(string Canonical, IReadOnlyList<string> Aliases, string Kind, string? Operator,
    string Country, string? Admin1Code, double Lat, double Lon);

/// <summary>Named sites by any of their names ("Ghweran prison", "Sina'a prison", "Panorama prison").</summary>
public sealed class FacilityRegistry
{
    readonly Dictionary<string, Facility> _byKey = new(StringComparer.Ordinal);
    readonly List<Facility> _all = [];

    /// <summary>The committed registry, data/facilities/facilities.tsv next to the program.</summary>
    public static FacilityRegistry LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "data", "facilities", "facilities.tsv"));

    /// <summary>Reads a registry file; a corrupt line throws <see cref="SitrepException"/> naming file and line.</summary>
    public static FacilityRegistry Load(string path)
    {
        var registry = new FacilityRegistry();
        foreach (var (line, f) in TsvFile.Read(path, 8))
        {
            var (lat, lon) = TsvFile.Point(f[6], f[7], path, line);
            var facility = new Facility(f[0], TsvFile.List(f[1]), f[2], f[3].Length > 0 ? f[3] : null, f[4], f[5].Length > 0 ? f[5] : null, lat, lon);
            foreach (var name in facility.Aliases.Prepend(facility.Canonical))
            {
                var key = NameKey.Exact(name);
                if (registry._byKey.TryGetValue(key, out var other) && other != facility)
                    throw new SitrepException($"{path}:{line}: the name '{name}' already belongs to '{other.Canonical}'; a name may name one facility only.");
                registry._byKey[key] = facility;
            }
            registry._all.Add(facility);
        }
        return registry;
    }

    /// <summary>Every facility, in file order.</summary>
    public IReadOnlyList<Facility> All => _all;

    /// <summary>The facility one of whose names has the same <see cref="NameKey.Exact"/> key, or null.</summary>
    public Facility? Find(string name) => _byKey.GetValueOrDefault(NameKey.Exact(name));

    /// <summary>GeoNames feature code for a facility kind: PRN prison, CMP camp, INSM military installation.</summary>
    public static string FeatureCode(Facility f) => f.Kind switch { "prison" => "PRN", "camp" => "CMP", "base" => "INSM", _ => "S" };

    /// <summary>The resolved place of a facility; the division's name comes from the gazetteer.</summary>
    public static Place ToPlace(Facility f, Gazetteer gazetteer) =>
        new(f.Canonical, f.Country, gazetteer.Admin1Name(f.Country, f.Admin1Code), f.Lat, f.Lon, PlacePrecision.Facility, null, FeatureCode(f));
}
