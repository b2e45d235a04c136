using System.Runtime.InteropServices;
using Sitrep.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places;

/// <summary>Places by name: GeoNames records, Sitrep's supplement, first-level divisions, US counties, countries and regions across countries, in one index.</summary>
/// <remarks>
/// Reads GeoNames' own tab-separated format (cities500, cities1000, per-country dumps, allCountries: 19 columns).
/// Names are indexed by <see cref="NameKey.Exact"/>; names in the transliterating countries of <see cref="LooseCountries"/>
/// also by <see cref="NameKey.Loose"/>. A missing, corrupt or truncated file throws <see cref="SitrepException"/> naming file and line.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>Countries whose names reach English through Arabic, Kurdish, Persian or Turkish transliteration.</summary>
    public static readonly IReadOnlySet<string> LooseCountries = new HashSet<string> { "SY", "IQ", "TR", "LB", "JO", "IR", "PS", "EG", "LY", "YE", "SA", "KW", "AF" };

    readonly List<GazetteerEntry> _entries = [];
    readonly Dictionary<string, Postings> _exact = new(StringComparer.Ordinal);
    readonly Dictionary<string, Postings> _loose = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);
    readonly Dictionary<string, string[]> _admin1Aliases = new(StringComparer.Ordinal);
    readonly Dictionary<string, (double Lat, double Lon)> _admin1Points = new(StringComparer.Ordinal);
    readonly Dictionary<string, GazetteerEntry> _admin1 = new(StringComparer.Ordinal);
    readonly Dictionary<string, GazetteerEntry> _countries = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    readonly Dictionary<string, GazetteerEntry> _regionDemonyms = new(StringComparer.Ordinal);
    readonly HashSet<long> _ids = [];

    /// <summary>The folder of the committed region extract, supplement, division and country files.</summary>
    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "data", "gazetteer");

    /// <summary>Where <c>sitrep gazetteer install</c> puts the world file: $SITREP_GAZETTEER_DIR, else ~/.local/share/sitrep/gazetteer.</summary>
    public static string WorldFile => Path.Combine(
        Environment.GetEnvironmentVariable("SITREP_GAZETTEER_DIR") is { Length: > 0 } dir ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "sitrep", "gazetteer"),
        "cities500.txt");

    /// <summary>Number of places held.</summary>
    public int Count => _entries.Count;

    /// <summary>Loads the world file when installed, else the committed region extract, plus the supplement, divisions and countries.</summary>
    public static Gazetteer LoadDefault() => File.Exists(WorldFile) ? LoadWith(WorldFile) : LoadRegion();

    /// <summary>Loads the committed region extract (Syria, Iraq, Turkey, Lebanon, Jordan, Iran) and Sitrep's files, whatever is installed.</summary>
    public static Gazetteer LoadRegion() => LoadWith(Path.Combine(DataFolder, "region-cities500.txt"));

    static Gazetteer LoadWith(string geoNames) =>
        Load([geoNames], Path.Combine(DataFolder, "supplement.tsv"), Path.Combine(DataFolder, "admin1.tsv"), Path.Combine(DataFolder, "countries.tsv"),
            Path.Combine(DataFolder, "us-counties.tsv"), Path.Combine(DataFolder, "regions.tsv"));

    /// <summary>Loads GeoNames files, then Sitrep's supplement, division names, countries, US counties and regions across countries (each optional).</summary>
    public static Gazetteer Load(IEnumerable<string> geoNamesFiles, string? supplement = null, string? admin1 = null, string? countries = null,
        string? counties = null, string? regions = null)
    {
        var g = new Gazetteer();
        var names = new List<(int Entry, string Name)>();
        foreach (var file in geoNamesFiles) g.ReadGeoNames(file, names);
        if (supplement is not null) g.ReadSupplement(supplement, names);
        if (admin1 is not null) g.ReadAdmin1Names(admin1);
        g.AddDivisions(names);
        if (countries is not null) g.ReadCountries(countries, names);
        if (counties is not null) g.ReadCounties(counties, names);
        if (regions is not null) g.ReadRegions(regions, names);
        // Folding a million names is the bulk of loading the world file; the keys are computed in parallel, indexed in order.
        var keys = new (string Exact, string? Loose)[names.Count];
        g._exact.EnsureCapacity(names.Count / 2);
        Parallel.For(0, names.Count, k => keys[k] = g.Keys(names[k].Entry, names[k].Name));
        for (int k = 0; k < names.Count; k++) g.Index(names[k].Entry, keys[k]);
        return g;
    }

    /// <summary>Places whose name, in any listed spelling, has the same <see cref="NameKey.Exact"/> key.</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(string name)
    {
        // Keys are folded into a stack buffer and looked up as spans: recognition asks for every capitalised span of a text.
        Span<char> key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return Entries(_exact, key[..NameKey.ExactInto(name, key)]);
    }

    /// <summary>Places in <see cref="LooseCountries"/> whose name has the same <see cref="NameKey.Loose"/> key.</summary>
    public IReadOnlyList<GazetteerEntry> LookupLoose(string name)
    {
        Span<char> key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return Entries(_loose, key[..NameKey.LooseInto(name, key)]);
    }

    /// <summary>Places in <see cref="LooseCountries"/> whose exact key is one edit away; for names after a place cue only.</summary>
    /// <remarks>Only names of six or more letters are compared, so short English words cannot reach a place this way.</remarks>
    public IReadOnlyList<GazetteerEntry> LookupNear(string name)
    {
        var key = NameKey.Exact(name);
        if (key.Length < 6) return [];
        return _exact.Where(p => Math.Abs(p.Key.Length - key.Length) <= 1 && p.Key.Length >= 6 && WithinOneEdit(p.Key, key))
            .SelectMany(p => p.Value.All()).Distinct().Select(i => _entries[i])
            .Where(e => LooseCountries.Contains(e.Country) && e.Precision == PlacePrecision.Town).ToList();
    }

    static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        int i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a.AsSpan(i + Math.Min(1, a.Length - i)).SequenceEqual(b.AsSpan(i + Math.Min(1, b.Length - i)));
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>The country entry for an ISO code, or null.</summary>
    public GazetteerEntry? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>The first-level division entry ("SY", "01"), or null.</summary>
    public GazetteerEntry? Admin1(string country, string? code) => code is null ? null : _admin1.GetValueOrDefault($"{country}.{code}");

    /// <summary>The country a demonym ("Syrian", "Kurdish" has none) refers to, or null.</summary>
    public string? DemonymCountry(string word) => _demonyms.GetValueOrDefault(NameKey.Exact(word));

    /// <summary>The country or region across countries a demonym refers to ("Syrian": Syria, "European": Europe), or null.</summary>
    public GazetteerEntry? DemonymPlace(string word)
    {
        var key = NameKey.Exact(word);
        return _demonyms.TryGetValue(key, out var iso) ? Country(iso) : _regionDemonyms.GetValueOrDefault(key);
    }

    /// <summary>The English name of an entry's first-level division, or null.</summary>
    public string? Admin1Name(GazetteerEntry e) => Admin1Name(e.Country, e.Admin1Code);

    /// <summary>The English name of a first-level division by country and GeoNames code ("SY", "01" gives "Al-Hasakah"), or null.</summary>
    public string? Admin1Name(string country, string? code) => code is null ? null : _admin1Names.GetValueOrDefault($"{country}.{code}");

    /// <summary>The part of a country that regions.tsv names by a direction ("northeast" of "SY": northeastern Syria), or null.</summary>
    public GazetteerEntry? CountryPart(string country, string direction) =>
        _countries.TryGetValue(country, out var c) ? Lookup($"{direction} {c.Name}").FirstOrDefault(e => e.Country == country && e.FeatureCode == "RGN") : null;

    /// <summary>
    /// The borders regions.tsv lists for a country, each with the country on its other side: "Syria-Turkey border" is one of
    /// Syria's (with "TR") and one of Turkey's (with "SY").
    /// </summary>
    public IEnumerable<(GazetteerEntry Border, string Other)> Borders(string country)
    {
        _borders ??= ListedBorders();
        foreach (var (border, a, b) in _borders)
        {
            if (a == country) yield return (border, b);
            else if (b == country) yield return (border, a);
        }
    }

    List<(GazetteerEntry, string, string)>? _borders;

    // The borders of regions.tsv whose two sides are countries, with their ISO codes in the order the name gives them.
    List<(GazetteerEntry, string, string)> ListedBorders()
    {
        var borders = new List<(GazetteerEntry, string, string)>();
        foreach (var e in _entries)
            if (e.FeatureCode == "RGN" && BorderSides(e.Name) is ({ } a, { } b) && CountryCode(a) is { } first && CountryCode(b) is { } second)
                borders.Add((e, first, second));
        return borders;
    }

    string? CountryCode(string name) => Lookup(name).FirstOrDefault(c => c.Precision == PlacePrecision.Country)?.Country;

    /// <summary>The two country names of a border named as regions.tsv names them ("Syria-Turkey border" gives Syria and
    /// Turkey), or null for any other name.</summary>
    internal static (string First, string Second)? BorderSides(string name)
    {
        if (!name.EndsWith(" border", StringComparison.Ordinal)) return null;
        var sides = name[..^" border".Length].Split('-');
        return sides.Length == 2 ? (sides[0], sides[1]) : null;
    }

    /// <summary>The border between two countries (ISO codes) as a place ("Syria-Turkey border" for TR and SY), or null when regions.tsv lists none.</summary>
    public Place? Border(string country, string other)
    {
        foreach (var (border, across) in Borders(country))
            if (across == other) return ToPlace(border);
        return null;
    }

    /// <summary>Every place in the given country, for region phrases.</summary>
    internal IEnumerable<GazetteerEntry> InCountry(string iso2) => _entries.Where(e => e.Country == iso2 && e.Precision == PlacePrecision.Town);

    /// <summary>The resolved place an entry stands for.</summary>
    public Place ToPlace(GazetteerEntry e) =>
        new(e.Name, e.Country.Length > 0 ? e.Country : null, e.FeatureCode == "PCLI" ? null : Admin1Name(e), e.Lat, e.Lon, e.Precision, e.GeonameId, e.FeatureCode);

    IReadOnlyList<GazetteerEntry> Entries(Dictionary<string, Postings> index, ReadOnlySpan<char> key)
    {
        if (key.Length == 0 || !index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var ids)) return [];
        var entries = new List<GazetteerEntry>(1 + (ids.More?.Count ?? 0)) { _entries[ids.First] };
        if (ids.More is not null) foreach (var i in ids.More) entries.Add(_entries[i]);
        return entries;
    }

    // The entries of one key. Most keys name one place, so the first is held inline and a list made only for a second:
    // a million lists would be most of the garbage of loading the world file.
    struct Postings
    {
        public int First;
        public List<int>? More;

        public readonly IEnumerable<int> All() => More is null ? [First] : More.Prepend(First);

        public readonly int Last => More is { Count: > 0 } ? More[^1] : First;
    }

    // Lines are parsed in parallel and merged in file order. Fields are sliced from the line, and only names that pass
    // the filter become strings: cities500 holds millions of alternates.
    void ReadGeoNames(string path, List<(int, string)> names)
    {
        var lines = TsvFile.Lines(path).ToList();
        var parsed = new (GazetteerEntry Entry, List<string> Names)?[lines.Count];
        try
        {
            Parallel.For(0, lines.Count, k => parsed[k] = ParseGeoNames(path, lines[k].Line, lines[k].Text));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<SitrepException>().FirstOrDefault() is { } first)
        {
            throw first;
        }
        foreach (var p in parsed)
        {
            if (p is not { } place || !_ids.Add(place.Entry.GeonameId!.Value)) continue;
            int e = Add(place.Entry);
            foreach (var name in place.Names) names.Add((e, name));
        }
    }

    // One GeoNames line as an entry and its usable names, or null when it is not a populated place (feature class P).
    static (GazetteerEntry, List<string>)? ParseGeoNames(string path, int line, string text)
    {
        Span<Range> cols = stackalloc Range[20];
        var s = text.AsSpan();
        int n = s.Split(cols, '\t');
        if (n < 19) throw TsvFile.TooFewColumns(path, line, 19, n);
        if (!long.TryParse(s[cols[0]], out var id))
            throw new SitrepException($"{path}:{line}: the first column should be a GeoNames id, found '{s[cols[0]]}'; is this a GeoNames dump?");
        if (!s[cols[6]].SequenceEqual("P")) return null;
        var (lat, lon) = TsvFile.Point(s[cols[4]], s[cols[5]], path, line);
        long.TryParse(s[cols[14]], out var population);
        string name = s[cols[1]].ToString(), ascii = s[cols[2]].ToString();
        var entry = new GazetteerEntry(id, ascii.Length > 0 ? ascii : name, s[cols[8]].ToString(), s[cols[10]].IsEmpty ? null : s[cols[10]].ToString(),
            lat, lon, s[cols[7]].ToString(), population, PlacePrecision.Town);
        var names = new List<string> { name };
        if (ascii != name) names.Add(ascii);
        var alternates = s[cols[3]];
        foreach (var r in alternates.Split(','))
        {
            var alt = alternates[r];
            if (UsableAlternate(alt) && !alt.SequenceEqual(name) && !alt.SequenceEqual(ascii)) names.Add(alt.ToString());
        }
        return (entry, names);
    }

    // Alternate names carry airport and postal codes ("KAC", "OSM") and other scripts; keep Latin-script names only.
    static bool UsableAlternate(ReadOnlySpan<char> alt)
    {
        if (alt.Length < 3) return false;
        bool ascii = false, code = true;
        foreach (var c in alt)
        {
            if (char.IsAsciiLetter(c)) ascii = true;
            if (!(char.IsUpper(c) || char.IsDigit(c))) code = false;
            if (char.IsLetter(c) && c >= 0x250 && !(c > 0x1E00 && c < 0x1F00)) return false;
        }
        return ascii && !code;
    }

    void ReadSupplement(string path, List<(int, string)> names)
    {
        foreach (var (line, f) in TsvFile.Read(path, 7))
        {
            var (lat, lon) = TsvFile.Point(f[4], f[5], path, line);
            int e = Add(new GazetteerEntry(null, f[0], f[2], f[3].Length > 0 ? f[3] : null, lat, lon, f[6], 0, PlacePrecision.Town));
            names.Add((e, f[0]));
            foreach (var alias in TsvFile.List(f[1])) names.Add((e, alias));
        }
    }

    void ReadAdmin1Names(string path)
    {
        foreach (var (line, f) in TsvFile.Read(path, 2))
        {
            _admin1Names[f[0]] = f[1];
            _admin1Aliases[f[0]] = f.Length > 2 ? TsvFile.List(f[2]) : [];
            if (f.Length > 4) _admin1Points[f[0]] = TsvFile.Point(f[3], f[4], path, line);
        }
    }

    // A division's point is the one admin1.tsv gives, else the mean of its places; its name comes from admin1.tsv, else from its seat (PPLA).
    // Its population is left 0 so that a bare "Raqqa" ranks the city above the province named after it.
    void AddDivisions(List<(int, string)> names)
    {
        var groups = _entries.Where(e => e.Admin1Code is not null && e.Precision == PlacePrecision.Town)
            .GroupBy(e => $"{e.Country}.{e.Admin1Code}").ToList();
        foreach (var g in groups)
        {
            if (!_admin1Names.ContainsKey(g.Key) && g.FirstOrDefault(e => e.FeatureCode is "PPLA" or "PPLC") is { } seat)
                _admin1Names[g.Key] = seat.Name;
            if (!_admin1Names.TryGetValue(g.Key, out var name)) continue;
            var first = g.First();
            var (lat, lon) = _admin1Points.TryGetValue(g.Key, out var point) ? point : (g.Average(e => e.Lat), g.Average(e => e.Lon));
            var entry = new GazetteerEntry(null, name, first.Country, first.Admin1Code, lat, lon, "ADM1", 0, PlacePrecision.Region);
            _admin1[g.Key] = entry;
            if (_admin1Aliases.ContainsKey(g.Key)) IndexDivision(entry, g.Key, names); // seat-named divisions are found through their seat
        }
        // A listed division with its own point is known even when no place of it is loaded (a US state with the region extract).
        foreach (var (key, (lat, lon)) in _admin1Points.Where(p => !_admin1.ContainsKey(p.Key)))
        {
            var entry = new GazetteerEntry(null, _admin1Names[key], key[..key.IndexOf('.')], key[(key.IndexOf('.') + 1)..], lat, lon, "ADM1", 0, PlacePrecision.Region);
            _admin1[key] = entry;
            IndexDivision(entry, key, names);
        }
    }

    void IndexDivision(GazetteerEntry entry, string key, List<(int, string)> names)
    {
        int i = Add(entry);
        names.Add((i, entry.Name));
        foreach (var alias in _admin1Aliases[key]) names.Add((i, alias));
    }

    void ReadCountries(string path, List<(int, string)> names)
    {
        foreach (var (line, f) in TsvFile.Read(path, 6))
        {
            var (lat, lon) = TsvFile.Point(f[4], f[5], path, line);
            var entry = new GazetteerEntry(null, f[1], f[0], null, lat, lon, "PCLI", 0, PlacePrecision.Country);
            _countries[f[0]] = entry;
            int i = Add(entry);
            names.Add((i, f[1]));
            foreach (var alias in TsvFile.List(f[2])) names.Add((i, alias));
            foreach (var demonym in TsvFile.List(f[3])) _demonyms[NameKey.Exact(demonym)] = f[0];
        }
    }

    // A county is named with its kind ("Walker County", "Rapides Parish"), never bare: a bare "Madison" is the town.
    // Independent cities (FIPS 500 and above) are left to the GeoNames record of the city.
    void ReadCounties(string path, List<(int, string)> names)
    {
        foreach (var (line, f) in TsvFile.Read(path, 5))
        {
            if (!int.TryParse(f[2], out var fips)) throw new SitrepException($"{path}:{line}: the county code should be a number, found '{f[2]}'; the file is corrupt.");
            if (fips >= 500) continue;
            var (lat, lon) = TsvFile.Point(f[3], f[4], path, line);
            var kind = f[1] switch { "LA" => "Parish", "AK" => "Borough", _ => "County" };
            var name = f[0].EndsWith(kind, StringComparison.Ordinal) || f[0].EndsWith("Area", StringComparison.Ordinal) ? f[0] : $"{f[0]} {kind}";
            int i = Add(new GazetteerEntry(null, name, "US", f[1], lat, lon, "ADM2", 0, PlacePrecision.District));
            names.Add((i, name));
        }
    }

    // Continents, seas and regions across borders belong to no country; a part of a country ("northern Iraq") to its country.
    void ReadRegions(string path, List<(int, string)> names)
    {
        foreach (var (line, f) in TsvFile.Read(path, 5))
        {
            var (lat, lon) = TsvFile.Point(f[3], f[4], path, line);
            var entry = new GazetteerEntry(null, f[0], f.Length > 6 ? f[6] : "", null, lat, lon, f[2], 0, PlacePrecision.Region);
            int i = Add(entry);
            names.Add((i, f[0]));
            foreach (var alias in TsvFile.List(f[1])) names.Add((i, alias));
            if (f.Length > 5) foreach (var demonym in TsvFile.List(f[5])) _regionDemonyms[NameKey.Exact(demonym)] = entry;
        }
    }

    int Add(GazetteerEntry e)
    {
        _entries.Add(e);
        return _entries.Count - 1;
    }

    (string Exact, string? Loose) Keys(int entry, string name)
    {
        if (!LooseCountries.Contains(_entries[entry].Country) || _entries[entry].Precision == PlacePrecision.Country) return (NameKey.Exact(name), null);
        var loose = NameKey.Loose(name);
        return (NameKey.Exact(name), loose.Replace(" ", "").Length >= (loose.Contains(' ') ? 2 : 3) ? loose : null); // "Ain Issa" keeps only "n s"
    }

    void Index(int entry, (string Exact, string? Loose) keys)
    {
        Put(_exact, keys.Exact, entry);
        if (keys.Loose is not null) Put(_loose, keys.Loose, entry);
    }

    static void Put(Dictionary<string, Postings> index, string key, int entry)
    {
        if (key.Length == 0) return;
        ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out bool exists);
        if (!exists) postings.First = entry;
        else if (postings.Last != entry) (postings.More ??= []).Add(entry);
    }
}
