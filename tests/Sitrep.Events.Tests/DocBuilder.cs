using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>Builds a document whose layers are filled by hand, so event tests do not depend on the other stages.</summary>
internal sealed class DocBuilder(string text, DateOnly? published = null, string? outlet = "Test Wire")
{
    readonly List<ActorMention> _actors = [];
    readonly List<Toponym> _toponyms = [];
    readonly List<NumberMention> _numbers = [];
    readonly List<TimeMention> _times = [];
    readonly List<Attribution> _attributions = [];
    readonly List<Hedge> _hedges = [];

    public static readonly Place Hasakah = new("Hasakah", "SY", "Al-Hasakah", 36.50, 40.75, PlacePrecision.Town);
    public static readonly Place Qamishli = new("Qamishli", "SY", "Al-Hasakah", 37.05, 41.23, PlacePrecision.Town);
    public static readonly Place Raqqa = new("Raqqa", "SY", "Ar-Raqqa", 35.95, 39.01, PlacePrecision.Town);
    public static readonly Place Mosul = new("Mosul", "IQ", "Nineveh", 36.34, 43.13, PlacePrecision.Town);
    public static readonly Place Baghdad = new("Baghdad", "IQ", "Baghdad", 33.34, 44.40, PlacePrecision.Town);
    public static readonly Place Syria = new("Syria", "SY", null, 35.0, 38.0, PlacePrecision.Country);
    public static readonly Place Turkey = new("Turkey", "TR", null, 39.0, 35.0, PlacePrecision.Country);
    public static readonly Place NortheastSyria = new("northeastern Syria", "SY", null, 36.4, 40.1, PlacePrecision.Region);
    public static readonly Place SyriaTurkeyBorder = new("Syria-Turkey border", "SY", null, 36.77, 39.51, PlacePrecision.Region);

    // The one border the tests need, as the gazetteer gives it.
    static Place? Border(string country, string other) =>
        (country, other) is ("TR", "SY") or ("SY", "TR") ? SyriaTurkeyBorder : null;

    TextSpan Find(string words, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{words}' not in the test text");
        }
        return new TextSpan(at, words.Length);
    }

    public DocBuilder Actor(string words, string canonical, int occurrence = 0) { _actors.Add(new(Find(words, occurrence), canonical)); return this; }
    public DocBuilder Place(string words, Place place, int occurrence = 0) { _toponyms.Add(new(Find(words, occurrence), place, ToponymRole.Location)); return this; }
    public DocBuilder Facility(string words, string facility, Place town, string? runBy = null, int occurrence = 0) =>
        Add(_toponyms, new Toponym(Find(words, occurrence), town with { Name = facility, Precision = PlacePrecision.Facility }, ToponymRole.Facility, facility, runBy));
    public DocBuilder Number(string words, QuantityKind kind, long? min, long? max, bool stake = false) =>
        Add(_numbers, new NumberMention(Find(words), new NumberRange(min, max, min == max ? min : null, words), kind, null, stake));
    public DocBuilder Time(string words, DateOnly from, DateOnly to, DatePrecision precision = DatePrecision.Day) => Add(_times, new TimeMention(Find(words), new DateRange(from, to, precision)));
    public DocBuilder TimeSince(string words, DateRange anchor, DatePrecision? precision = null) =>
        Add(_times, new TimeMention(Find(words), new DateRange(anchor.From, published!.Value, precision ?? anchor.Precision), anchor));
    public DocBuilder Said(string sourceWords, string source, string scopeWords, string? cueWords = null) =>
        Add(_attributions, new Attribution(Find(cueWords ?? sourceWords), source, Find(sourceWords), Find(scopeWords)));
    public DocBuilder Hedged(string words, Certainty certainty, string scopeWords) => Add(_hedges, new Hedge(Find(words), certainty, Find(scopeWords)));

    DocBuilder Add<T>(List<T> list, T item) { list.Add(item); return this; }

    public Document Build()
    {
        var doc = new Document(new Article("test", text) { Published = published, Outlet = outlet });
        doc.Sentences = SplitSentences(text);
        doc.Actors = _actors.OrderBy(a => a.Span.Start).ToList();
        doc.Toponyms = _toponyms.OrderBy(a => a.Span.Start).ToList();
        doc.Numbers = _numbers.OrderBy(a => a.Span.Start).ToList();
        doc.Times = _times.OrderBy(a => a.Span.Start).ToList();
        doc.Attributions = _attributions.OrderBy(a => a.Cue.Start).ToList();
        doc.Hedges = _hedges.OrderBy(a => a.Span.Start).ToList();
        return doc;
    }

    /// <summary>Runs the extractor over the built document.</summary>
    public IReadOnlyList<Event> Extract()
    {
        var doc = Build();
        new EventExtractor(Border).Process(doc);
        return doc.Events;
    }

    // Sentences end at ". " or a line break; good enough for test texts written for it.
    static List<Sentence> SplitSentences(string text)
    {
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool end = text[i] == '\n' || text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ' || text[i + 1] == '\n');
            if (!end) continue;
            int stop = text[i] == '.' ? i + 1 : i;
            if (stop > start) sentences.Add(new Sentence(TextSpan.FromBounds(start, stop)));
            start = i + 1;
            while (start < text.Length && text[start] == ' ') start++;
        }
        if (start < text.Length) sentences.Add(new Sentence(TextSpan.FromBounds(start, text.Length)));
        return sentences;
    }
}
