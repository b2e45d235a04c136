using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Cli;

/// <summary>The <c>--format table</c> output: one aligned row per event, for people.</summary>
public static class EventTable
{
    static readonly (string Title, int Width)[] Columns =
        [("ARTICLE", 12), ("DATE", 24), ("TYPE", 35), ("PLACE", 26), ("WHO → WHOM", 48), ("KILLED", 8), ("TAGS", 0)];

    /// <summary>Writes a header and one row per event of every document, then a count.</summary>
    public static void Write(IEnumerable<Document> docs, TextWriter w)
    {
        w.WriteLine(Row(Columns.Select(c => c.Title)));
        int events = 0, articles = 0;
        foreach (var doc in docs)
        {
            articles++;
            if (doc.Events.Count == 0) w.WriteLine(Row([doc.Article.ArticleId, "", "(no event)", "", "", "", ""]));
            foreach (var e in doc.Events)
            {
                events++;
                w.WriteLine(Row([
                    doc.Article.ArticleId,
                    Date(e.Date) + (e.Historical ? " (past)" : ""),
                    AcledTypes.Name(e.SubEventType),
                    e.Location is { } p ? $"{e.Facility ?? p.Name} ({p.Precision.ToString().ToLowerInvariant()})" : "?",
                    $"{e.Actor1 ?? "unnamed"} → {e.Actor2 ?? "—"}",
                    Range(e.Fatalities),
                    string.Join(",", e.Tags.Select(t => Gold.GoldConvert.Snake(t.ToString()))),
                ]));
            }
        }
        w.WriteLine($"{events} event(s) in {articles} article(s).");
    }

    // A range within one year shortens its end to month and day.
    static string Date(DateRange? d) =>
        d is null ? "undated"
        : d.From == d.To ? $"{d.From:yyyy-MM-dd}"
        : d.From.Year == d.To.Year ? $"{d.From:yyyy-MM-dd}..{d.To:MM-dd}"
        : $"{d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}";

    static string Range(NumberRange r) => r switch
    {
        { Best: { } b } when r.Min == r.Max => b.ToString(),
        { Min: { } lo, Max: null } => $"{lo}+",
        { Min: null, Max: { } hi } => $"≤{hi}",
        { Min: { } lo, Max: { } hi } => lo == hi ? $"{lo}" : $"{lo}-{hi}",
        _ => "",
    };

    static string Row(IEnumerable<string> cells) =>
        string.Join("  ", cells.Zip(Columns, (text, c) => c.Width == 0 ? text : Fit(text, c.Width))).TrimEnd();

    static string Fit(string text, int width) => text.Length > width ? text[..(width - 1)] + "…" : text.PadRight(width);
}
