using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Read;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>The extraction pipeline (text → places → actors → events) and the batch runner every command shares.</summary>
public static class ExtractionPipeline
{
    // Loading the gazetteer and lexicons takes seconds; they are loaded at the first
    // article (a missing file is reported at once), and once for a process that runs several batches (the tests).
    static readonly Lazy<Pipeline> Shared = new(() => new Pipeline(
        new TextAnnotator(),
        PlaceResolver.CreateDefault(),
        new ActorRecognizer(ActorDictionary.Default),
        new EventExtractor()));

    /// <summary>The full pipeline with the shipped data, built at first use and shared by every command of the process.</summary>
    public static Pipeline Default => Shared.Value;

    /// <summary>Reads every article under <paramref name="path"/> and extracts its events, in input order.</summary>
    /// <remarks>
    /// Bad input is reported to <paramref name="problems"/> as one line each and skipped, so the rest of the batch goes
    /// through; <see cref="BatchOutcome.AllRead"/> says whether anything was skipped.
    /// </remarks>
    public static IEnumerable<Document> ExtractAll(string path, DateOnly? published, TextWriter problems, BatchOutcome outcome)
    {
        foreach (var result in ArticleReader.Read(path, new ReadOptions(Published: published)))
        {
            if (result.Problem is { } problem)
            {
                problems.WriteLine(problem);
                if (!ReadCodes.IsWarning(problem.Code)) outcome.Problems++;
            }
            if (result.Article is not { } article) continue;
            var pipeline = Default;
            var doc = new Document(article);
            try
            {
                pipeline.Run(doc);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A stage failing on one article is a bug; report it plainly and keep the batch going.
                problems.WriteLine($"{article.Origin ?? article.ArticleId}: SR9001: extraction failed ({e.GetType().Name}: {e.Message}); the article is written with no events. Please report this.");
                outcome.Problems++;
                doc = new Document(article);
            }
            foreach (var d in doc.Diagnostics) problems.WriteLine(d);
            outcome.Articles++;
            yield return doc;
        }
    }
}

/// <summary>Counts of a batch run, for the exit code and the closing line.</summary>
public sealed class BatchOutcome
{
    /// <summary>Articles read and processed.</summary>
    public int Articles { get; set; }

    /// <summary>Inputs that could not be read or processed.</summary>
    public int Problems { get; set; }

    /// <summary>True when every input was read.</summary>
    public bool AllRead => Problems == 0;
}
