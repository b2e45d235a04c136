using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep geoparse ARTICLES [--out FILE]</c>: one JSON line per article with its resolved toponyms (design.md).</summary>
public sealed class GeoparseCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "geoparse";

    /// <inheritdoc />
    public string Summary => "Find and resolve the place names of articles; one JSON line per article.";

    /// <inheritdoc />
    public string Usage => "ARTICLES [--out FILE]";

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count != 1) throw new UsageException("give one article file (.jsonl, .txt, .html, RSS) or folder.");
        var resolver = PlaceResolver.CreateDefault();
        using var file = args.Option("out") is { } path ? new StreamWriter(path) : null;
        var output = (TextWriter?)file ?? stdout;
        int problems = 0;
        foreach (var read in ArticleReader.Read(args.Positionals[0]))
        {
            if (read.Problem is { } problem) { stderr.WriteLine(problem); problems++; continue; }
            var doc = new Document(read.Article!);
            resolver.Process(doc);
            output.WriteLine(Line(doc));
        }
        return problems == 0 ? 0 : 1;
    }

    /// <summary>The article's JSON line: article_id and toponyms with UTF-16 offsets.</summary>
    public static string Line(Document doc)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("article_id", doc.Article.ArticleId);
            w.WriteStartArray("toponyms");
            foreach (var t in doc.Toponyms)
            {
                var p = t.Place;
                w.WriteStartObject();
                w.WriteString("text", doc[t.Span]);
                w.WriteNumber("start", t.Span.Start);
                w.WriteNumber("end", t.Span.End);
                w.WriteString("name", p?.Name);
                WriteNumber(w, "lat", p?.Lat);
                WriteNumber(w, "lon", p?.Lon);
                w.WriteString("country", p?.Country);
                w.WriteString("admin1", p?.Admin1);
                if (p?.GeonameId is { } id) w.WriteNumber("geonameid", id); else w.WriteNull("geonameid");
                w.WriteString("feature_code", p?.FeatureCode);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 5)); else w.WriteNull(name);
    }
}
