using System.Globalization;
using System.Xml.Linq;
using Sitrep.Documents;
using Sitrep.Model;
using Sitrep.Places;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval-geoparse CORPUS.xml</c>: toponym recognition and resolution scores on LGL or GeoWebNews.</summary>
/// <remarks>
/// Gold toponyms are those with coordinates. A found toponym matches a gold one when their spans overlap.
/// Recognition: precision, recall, F1. Resolution, over matched toponyms: share within 161 km (acc@161), median error,
/// and AUC of the log error curve (Gritta et al. 2018; 0 is perfect, lower is better). Places without a point count as 20,039 km off.
/// <c>--misses</c> also lists, one line each, gold toponyms not found (MISS), found ones not in the gold (EXTRA) and
/// resolutions more than 161 km off (FAR), for error analysis.
/// </remarks>
public sealed class EvalGeoparseCommand : ICommand
{
    const double MaxErrorKm = 20039;

    /// <inheritdoc />
    public string Name => "eval-geoparse";

    /// <inheritdoc />
    public string Summary => "Score toponym recognition and resolution on LGL or GeoWebNews XML.";

    /// <inheritdoc />
    public string Usage => "CORPUS.xml [--misses]";

    sealed record Gold(int Start, int End, double Lat, double Lon);

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var misses = args.Has("misses") ? stdout : TextWriter.Null;
        if (args.Positionals.Count != 1) throw new UsageException("give one LGL or GeoWebNews XML file.");
        var path = args.Positionals[0];
        if (!File.Exists(path)) throw new SitrepException($"No such file: {path}.");
        XDocument xml;
        try { xml = XDocument.Load(path); }
        catch (System.Xml.XmlException e) { throw new SitrepException($"{path}: not well-formed XML ({e.Message})."); }

        var resolver = PlaceResolver.CreateDefault();
        int found = 0, gold = 0, matchedFound = 0, matchedGold = 0, articles = 0;
        var errors = new List<double>();
        foreach (var article in xml.Root!.Elements("article"))
        {
            var text = (string?)article.Element("text") ?? "";
            var golds = article.Element("toponyms")?.Elements("toponym").Select(ReadGold).OfType<Gold>().ToList() ?? [];
            var doc = new Document(new Article((string?)article.Attribute("docid") ?? (string?)article.Attribute("file") ?? $"{articles}", text));
            resolver.Process(doc);
            articles++;
            found += doc.Toponyms.Count;
            gold += golds.Count;
            matchedFound += doc.Toponyms.Count(t => golds.Any(g => Overlaps(t.Span, g)));
            foreach (var t in doc.Toponyms.Where(t => !golds.Any(g => Overlaps(t.Span, g))))
                misses.WriteLine($"EXTRA\t{doc.Article.ArticleId}\t{doc[t.Span]}\t{Context(text, t.Span.Start, t.Span.End)}");
            foreach (var g in golds)
            {
                var hit = doc.Toponyms.FirstOrDefault(t => Overlaps(t.Span, g));
                if (hit is null)
                {
                    misses.WriteLine($"MISS\t{doc.Article.ArticleId}\t{Slice(text, g.Start, g.End)}\t{Context(text, g.Start, g.End)}");
                    continue;
                }
                matchedGold++;
                var km = hit.Place is { Lat: { } lat, Lon: { } lon } ? Geo.DistanceKm(lat, lon, g.Lat, g.Lon) : MaxErrorKm;
                errors.Add(km);
                if (km > 161)
                    misses.WriteLine(FormattableString.Invariant($"FAR\t{doc.Article.ArticleId}\t{doc[hit.Span]}\t{km:0}\t{hit.Place?.Name},{hit.Place?.Admin1},{hit.Place?.Country} {hit.Place?.FeatureCode} gold {g.Lat:0.00},{g.Lon:0.00}\t{Context(text, g.Start, g.End)}"));
            }
        }
        double p = Ratio(matchedFound, found), r = Ratio(matchedGold, gold), f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        errors.Sort();
        stdout.WriteLine($"corpus: {path} ({articles} articles, {gold} gold toponyms, gazetteer {resolver.Gazetteer.Count:N0} places)");
        stdout.WriteLine(FormattableString.Invariant($"recognition: P {p:0.000}  R {r:0.000}  F1 {f1:0.000}  ({found} found, {matchedFound} matching)"));
        if (errors.Count == 0) return 0;
        double acc = errors.Count(e => e <= 161) / (double)errors.Count;
        double median = errors[errors.Count / 2];
        double auc = errors.Average(e => Math.Log(1 + e)) / Math.Log(MaxErrorKm);
        stdout.WriteLine(FormattableString.Invariant($"resolution over {errors.Count} matched: acc@161 {acc:0.000}  median {median:0.0} km  AUC {auc:0.000}"));
        return 0;
    }

    static string Context(string text, int start, int end) => Slice(text, start - 40, end + 40).ReplaceLineEndings(" ");

    // Gold offsets may run past the text; a slice is clamped to it.
    static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        return text[start..Math.Clamp(end, start, text.Length)];
    }

    static bool Overlaps(TextSpan span, Gold g) => span.Start < g.End && g.Start < span.End;

    static double Ratio(int a, int b) => b == 0 ? 0 : a / (double)b;

    // LGL keeps coordinates in <gaztag><lat>; GeoWebNews in <latitude>.
    static Gold? ReadGold(XElement t)
    {
        var lat = (string?)t.Element("gaztag")?.Element("lat") ?? (string?)t.Element("latitude");
        var lon = (string?)t.Element("gaztag")?.Element("lon") ?? (string?)t.Element("longitude");
        if (string.IsNullOrWhiteSpace(lat) || string.IsNullOrWhiteSpace(lon)) return null;
        return new Gold((int)t.Element("start")!, (int)t.Element("end")!,
            double.Parse(lat, CultureInfo.InvariantCulture), double.Parse(lon, CultureInfo.InvariantCulture));
    }
}
