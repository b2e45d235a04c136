using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Model;
using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>The text stage: sentences, tokens, counts, times, the publication date when missing, attributions and hedges.</summary>
/// <remarks>
/// Loads its lexicons from data/lexicons and the actor dictionary once, in the constructor; a missing or corrupt file
/// throws <see cref="SitrepException"/>. Counts follow <see cref="NumberParser"/>, times <see cref="TimeResolver"/>, and an
/// undated article gets a date only when <see cref="PublicationDateInferrer"/> pins a single day (else it stays null,
/// with the narrowest range in the reasoning, and relative times unresolved). Sources are canonical names from the actor dictionary; an official keeps their organisation when the text
/// names it ("Pentagon spokesman John Kirby" → "Pentagon"), otherwise the person as written ("Farhad Shami");
/// "he", "the group", "the Observatory" stand for the last source named that fits. Attributions and hedges cover their sentence.
/// </remarks>
public sealed class TextAnnotator : IStage
{
    readonly SentenceSplitter _splitter = new();
    readonly QuantityReader _quantities;
    readonly CountGroups _groups;
    readonly HedgeFinder _hedges = HedgeFinder.Load();
    readonly AttributionFinder _attributions = AttributionFinder.Load(new SourceNames(ActorDictionary.Default));

    /// <summary>Loads the lexicons and the actor dictionary; throws <see cref="SitrepException"/> when one is missing or corrupt.</summary>
    public TextAnnotator()
    {
        _quantities = QuantityReader.Load();
        _groups = CountGroups.Load(_quantities);
    }

    /// <inheritdoc />
    public Layers Requires => Layers.None;

    /// <inheritdoc />
    public Layers Produces => Layers.Sentences | Layers.Numbers | Layers.Times | Layers.Attributions;

    /// <inheritdoc />
    public void Process(Document document)
    {
        var text = document.Text;
        document.Sentences = _splitter.Split(text);
        document.Tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceTokens.Of(document);
        document.Numbers = FindCounts(document, sentences);
        if (document.Published is null)
        {
            var inferred = PublicationDateInferrer.Infer(text);
            document.PublishedReasoning = inferred.Reasoning;
            if (inferred.Date is { } day)
            {
                document.Published = day;
                document.PublishedBasis = PublishedBasis.Inferred;
            }
        }
        document.Times = TimeResolver.Find(text, document.Published);
        document.Attributions = _attributions.Find(document, sentences);
        document.Hedges = FindHedges(sentences);
    }

    List<Hedge> FindHedges(List<SentenceTokens> sentences)
    {
        var hedges = new List<Hedge>();
        foreach (var s in sentences) hedges.AddRange(_hedges.Find(s.Sentence.Span, s.Tokens, s.Words));
        return hedges;
    }

    List<NumberMention> FindCounts(Document document, List<SentenceTokens> sentences)
    {
        var mentions = new List<NumberMention>();
        var counts = new List<CountAt>();
        foreach (var (_, tokens, _, words) in sentences)
        {
            counts.Clear();
            var numbers = NumberParser.FindAll(document.Text, tokens, words);
            for (int n = 0; n < numbers.Count; n++)
            {
                var number = numbers[n];
                if (number.Use != NumberUse.Count) continue;
                int first = Array.FindIndex(tokens, t => t.Span.Start == number.Span.Start);
                int last = Array.FindIndex(tokens, t => t.Span.End == number.Span.End);
                int next = n + 1 < numbers.Count ? Array.FindIndex(tokens, last + 1, t => t.Span.Start == numbers[n + 1].Span.Start) : int.MaxValue;
                var (kind, counted, stake) = _quantities.Read(document.Text, tokens, words, first, last, next);
                counts.Add(new CountAt(new NumberMention(number.Span, number.Range, kind, counted, stake), first, last));
            }
            _groups.Join(document.Text, tokens, words, counts, mentions);
            mentions.AddRange(FindNone(tokens, words, document.Text));
        }
        return mentions.OrderBy(m => m.Span.Start).ToList();
    }

    /// <summary>"No soldiers were killed", "no one was hurt": a zero, kept only when the words say what it counts.</summary>
    IEnumerable<NumberMention> FindNone(Token[] tokens, string[] words, string text)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] != "no" || tokens[i + 1].Kind != TokenKind.Word) continue;
            var (kind, counted, _) = _quantities.Read(text, tokens, words, i, i);
            if (kind is not null && counted is not null)
                yield return new NumberMention(tokens[i].Span, NumberRange.Exactly(0, text.Substring(tokens[i].Span.Start, tokens[i].Span.Length)), kind, counted);
        }
    }
}
