using Sitrep.Documents;
using Sitrep.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places;

/// <summary>The places stage: finds toponyms in an article and resolves each to a place, with how precisely it is known.</summary>
/// <remarks>
/// Candidates are ranked by the article's focus countries (country names, demonyms, unambiguous places), nearness to the
/// other places of the article, population and administrative rank. Region phrases ("northeast Syria", "Raqqa countryside",
/// "the Syria-Turkey border") resolve at region or district precision; a bare country at country precision, never as a town.
/// </remarks>
public sealed class PlaceResolver : IStage
{
    readonly Gazetteer _gazetteer;
    readonly Recognizer _recognizer;
    readonly RegionPoints _regions;

    /// <summary>A resolver over the given gazetteer and facility registry.</summary>
    public PlaceResolver(Gazetteer gazetteer, FacilityRegistry facilities)
    {
        _gazetteer = gazetteer;
        _recognizer = new Recognizer(gazetteer, facilities, NotPlaces.LoadDefault(), NotPlaces.LoadFirstNames());
        _regions = new RegionPoints(gazetteer);
    }

    /// <summary>The resolver over the committed data: region gazetteer (or the installed world file, see <see cref="Gazetteer.WorldFile"/>), supplement and facilities.</summary>
    public static PlaceResolver CreateDefault() => new(Gazetteer.LoadDefault(), FacilityRegistry.LoadDefault());

    /// <summary>The gazetteer in use.</summary>
    public Gazetteer Gazetteer => _gazetteer;

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Produces => Layers.Toponyms;

    /// <summary>Fills <see cref="Document.Toponyms"/>, in text order.</summary>
    public void Process(Document document)
    {
        var mentions = Contained(document.Text, _recognizer.Recognise(document));
        var focus = FocusOf(mentions);
        var first = mentions.Select(m => Best(m, focus, [], [])).ToList();
        var anchors = first.Where(p => p is { Precision: PlacePrecision.Town or PlacePrecision.Facility or PlacePrecision.District }).Select(p => p!).ToList();
        var divisions = first.Where(p => p is { Precision: PlacePrecision.Region, Admin1: not null }).Select(p => (p!.Country, p.Admin1)).ToHashSet();
        var toponyms = new List<Toponym>(mentions.Count);
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var others = anchors.Where(a => !ReferenceEquals(a, first[k])).ToList();
            var place = m.Candidates.Count > 1 ? Best(m, focus, others, divisions) : first[k];
            toponyms.Add(new Toponym(m.Span, place, m.Role, m.Facility?.Canonical, m.Facility?.Operator));
        }
        document.Toponyms = toponyms.OrderBy(t => t.Span.Start).ToList();
    }

    // "Gainesville, Ga.", "Homs, Syria": a place followed by its state or country keeps only candidates inside it.
    static List<Mention> Contained(string text, List<Mention> mentions)
    {
        var result = new List<Mention>(mentions);
        for (int k = 0; k + 1 < mentions.Count; k++)
        {
            var (m, container) = (mentions[k], mentions[k + 1]);
            if (m.Candidates.Count < 2 || text.AsSpan(m.Span.End, container.Span.Start - m.Span.End).Trim() is not ",") continue;
            var inside = m.Candidates.Where(c => container.Candidates.Any(o => o != c && o.Country == c.Country
                && (o.Precision == PlacePrecision.Country || o.Precision == PlacePrecision.Region && o.Admin1Code == c.Admin1Code))).ToList();
            if (inside.Count > 0) result[k] = m with { Candidates = inside };
        }
        return result;
    }

    // Share of country evidence per country, and of division evidence per first-level division ("US.GA"): named
    // countries and divisions weigh most, then places that can be in one country or division only, then demonyms.
    static Focus FocusOf(List<Mention> mentions)
    {
        var countries = new Dictionary<string, double>(StringComparer.Ordinal);
        var divisions = new Dictionary<string, double>(StringComparer.Ordinal);
        static void Add(Dictionary<string, double> d, string key, double w) => d[key] = d.GetValueOrDefault(key) + w;
        foreach (var m in mentions)
        {
            IReadOnlyList<GazetteerEntry> candidates = NamedArea(m) is { } area ? [area] : m.Candidates;
            if (m.Facility is not null) Add(countries, m.Facility.Country, 2);
            else if (candidates.Count > 0 && candidates[0].Country.Length > 0 && candidates.All(c => c.Country == candidates[0].Country))
            {
                var c0 = candidates[0];
                Add(countries, c0.Country, c0.Precision == PlacePrecision.Country && m.Role != ToponymRole.Metonym ? 2 : 1);
                if (c0.Admin1Code is not null && candidates.All(c => c.Admin1Code == c0.Admin1Code))
                    Add(divisions, $"{c0.Country}.{c0.Admin1Code}", c0.Precision == PlacePrecision.Region ? 2 : 1);
            }
        }
        // Names that can be in one division support each other there ("Paris" and "Henry County": Tennessee); a name
        // that could be in many divisions lends each a little. Each name counts once per division.
        var support = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var keys = m.Candidates.Where(c => c.Admin1Code is not null).Select(c => $"{c.Country}.{c.Admin1Code}").Distinct().ToList();
            var name = keys.Count > 0 ? NameKey.Exact(m.Name) : "";
            foreach (var key in keys)
            {
                if (!support.TryGetValue(key, out var byName)) support[key] = byName = new Dictionary<string, double>(StringComparer.Ordinal);
                byName[name] = 1.0 / keys.Count;
            }
        }
        return new Focus(Shares(countries), Shares(divisions), support, Colocation(mentions));
    }

    // The one country or state a name is ("Indiana"), evidence for it though towns bear its name too (Indiana, Pennsylvania);
    // null when it is none or several ("Georgia"), or when a capital elsewhere bears it too ("Washington").
    static GazetteerEntry? NamedArea(Mention m)
    {
        var named = m.Candidates.Where(c => c.FeatureCode is "PCLI" or "ADM1").ToList();
        if (named.Count != 1) return null;
        var area = named[0];
        bool Inside(GazetteerEntry c) => c.Country == area.Country && (area.Admin1Code is null || c.Admin1Code == area.Admin1Code);
        return m.Candidates.Any(c => c.FeatureCode == "PPLC" && !Inside(c)) ? null : area;
    }

    // Per name and each town or county it can be, how many other names of the article can be a place near it: "Paris" and
    // "Henry County" can both be in the northwest of Tennessee, so each supports the other there, whichever state the
    // article is about. A name that can be anywhere (over 50 places) supports nothing.
    static Dictionary<(string, GazetteerEntry), double> Colocation(List<Mention> mentions)
    {
        var named = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Facility is null)
                named.TryAdd(NameKey.Exact(m.Name), m.Candidates.Where(c => c.Precision is PlacePrecision.Town or PlacePrecision.District).ToList());
        var result = new Dictionary<(string, GazetteerEntry), double>();
        foreach (var (name, places) in named)
            foreach (var c in places)
                result[(name, c)] = Math.Min(3, named.Where(o => o.Key != name && o.Value.Count <= 50).Sum(o => Nearness(c, o.Value)));
        return result;
    }

    // 1 when one of the places lies within 30 km of the candidate, 0.5 within 100 km, else 0.
    static double Nearness(GazetteerEntry c, List<GazetteerEntry> places)
    {
        double best = 0;
        foreach (var p in places)
        {
            if (ReferenceEquals(p, c) || Math.Abs(p.Lat - c.Lat) > 1) continue;
            double km = Geo.DistanceKm(c.Lat, c.Lon, p.Lat, p.Lon);
            best = Math.Max(best, km < 30 ? 1 : km < 100 ? 0.5 : 0);
        }
        return best;
    }

    static Dictionary<string, double> Shares(Dictionary<string, double> weight)
    {
        double total = weight.Values.Sum();
        return total == 0 ? weight : weight.ToDictionary(p => p.Key, p => p.Value / total);
    }

    Place? Best(Mention m, Focus focus, List<Place> others, HashSet<(string?, string?)> divisions)
    {
        if (m.Facility is { } f) return FacilityRegistry.ToPlace(f, _gazetteer);
        var keys = new NameKeys(NameKey.Exact(m.Name), NameKey.Loose(m.Name));
        var ranked = m.Candidates.OrderByDescending(c => Score(c, m, keys, focus, others) + DivisionPrior(c, m.Candidates)
            + (c.Precision == PlacePrecision.Town && divisions.Contains((c.Country, _gazetteer.Admin1Name(c))) ? 3 : 0)).ThenBy(c => c.GeonameId ?? 0);
        var best = ranked.FirstOrDefault();
        if (best is null) return null;
        if (m.Region?.Modifier == "province" && best.Precision == PlacePrecision.Town)
            best = _gazetteer.Admin1(best.Country, best.Admin1Code) ?? best;
        var place = _gazetteer.ToPlace(best);
        return m.Region is null ? place : _regions.Widen(place, best, m.Region, m.BorderWith, focus.Countries);
    }

    /// <summary>Shares of an article's country and first-level division evidence.</summary>
    /// <param name="Support">Per division, each name of the article that can be in it, weighted by how few divisions it can be in.</param>
    /// <param name="Colocated">Per name of the article and town or county it can be, how many other names can be near it (at most 3).</param>
    sealed record Focus(Dictionary<string, double> Countries, Dictionary<string, double> Divisions, Dictionary<string, Dictionary<string, double>> Support,
        Dictionary<(string, GazetteerEntry), double> Colocated);

    // A division outranks a town of its name ("California"), unless the town is its seat and the division is named after it ("Raqqa").
    static double DivisionPrior(GazetteerEntry c, IReadOnlyList<GazetteerEntry> candidates) =>
        c.Precision == PlacePrecision.Region && !candidates.Any(t => t.FeatureCode is "PPLA" or "PPLC" && t.Country == c.Country && t.Admin1Code == c.Admin1Code) ? 4 : 0;

    // The mention's name keys, folded once per mention rather than per candidate and per name compared.
    readonly record struct NameKeys(string Exact, string Loose);

    // The support other names lend a division; summed in the dictionary's order, as before.
    static double SupportFromOthers(Dictionary<string, double> byName, string name)
    {
        double sum = 0;
        foreach (var (other, weight) in byName)
            if (other != name) sum += weight;
        return sum;
    }

    static double Score(GazetteerEntry c, Mention m, NameKeys keys, Focus focus, List<Place> others)
    {
        double s = Math.Log10(c.Population + 10);
        s += c.FeatureCode switch { "PCLI" => 10, "CONT" or "OCN" => 8, "RGN" or "SEA" or "GULF" => 4, "PPLC" => 3, "PPLA" => 2, "ADM1" => 1.5, "PPLA2" or "ADM2" => 1, "PPLA3" => 0.5, _ => 0 };
        // Scored for every candidate of every mention: the division key ("SY.08") is built on the stack and looked up as a span.
        Span<char> division = stackalloc char[c.Country.Length + 1 + (c.Admin1Code?.Length ?? 0)];
        c.Country.CopyTo(division);
        division[c.Country.Length] = '.';
        c.Admin1Code?.CopyTo(division[(c.Country.Length + 1)..]);
        s += 6 * focus.Countries.GetValueOrDefault(c.Country)
            + 8 * (focus.Divisions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(division, out var share) ? share : 0);
        if (c.Admin1Code is not null && focus.Support.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(division, out var byName))
            s += Math.Min(4, 3 * SupportFromOthers(byName, keys.Exact));
        if (m.Region?.Modifier == "province" && c.Precision == PlacePrecision.Region) s += 3;
        double near = 0;
        foreach (var o in others)
        {
            if (o.Lat is not { } lat || o.Lon is not { } lon) continue;
            double km = Geo.DistanceKm(c.Lat, c.Lon, lat, lon);
            if (km < 1) continue; // the same place named twice is no evidence for itself
            near += km < 50 ? 1 : km < 200 ? 0.5 : 0;
        }
        double colocated = focus.Colocated.GetValueOrDefault((keys.Exact, c));
        s += Math.Min(3, near) + colocated;
        // A town named after a country (Mexico, New York; China, Texas) needs a name near it to beat the country.
        if (c.Precision is PlacePrecision.Town && colocated < 1 && m.Candidates.Any(o => o.Precision is PlacePrecision.Country)) s -= 6;
        if (m.LooseOnly?.Contains(c) == true) s -= 1;
        else if (NameKey.HasLooseKey(c.Name, keys.Loose)) s += 1.5; // named as the gazetteer names it, not by an alternate
        return s;
    }
}
