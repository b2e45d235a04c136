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
    static readonly Lazy<Pipeline> Shared = new(() => Create(PlaceResolver.CreateDefault()));

    static Pipeline Create(PlaceResolver places) => new(
        new TextAnnotator(),
        places,
        new ActorRecognizer(ActorDictionary.Default),
        new EventExtractor(places.Gazetteer.Border));

    /// <summary>The full pipeline with the shipped data, built at first use and shared by every command of the process.</summary>
    public static Pipeline Default => Shared.Value;

    /// <summary>Reads every article under <paramref name="path"/> and extracts its events, in input order.</summary>
    /// <remarks>
    /// Bad input is reported to <paramref name="problems"/> as one line each and skipped, so the rest of the batch goes
    /// through; <see cref="BatchOutcome.AllRead"/> says whether anything was skipped. An article the pipeline fails on
    /// is written with no events, so the output keeps one line per article.
    /// </remarks>
    public static IEnumerable<Document> ExtractAll(string path, DateOnly? published, TextWriter problems, BatchOutcome outcome) =>
        ReadAll(path, new ReadOptions(Published: published), problems, outcome)
            .Select(article => TryExtract(Default, article, problems, outcome) ?? new Document(article));

    /// <summary>The readable articles under <paramref name="path"/>; each unreadable input is one line on <paramref name="problems"/>.</summary>
    public static IEnumerable<Article> ReadAll(string path, ReadOptions options, TextWriter problems, BatchOutcome outcome)
    {
        foreach (var result in ArticleReader.Read(path, options))
        {
            if (result.Problem is { } problem)
            {
                problems.WriteLine(problem);
                if (!ReadCodes.IsWarning(problem.Code)) outcome.Problems++;
            }
            if (result.Article is not { } article) continue;
            outcome.Articles++;
            yield return article;
        }
    }

    /// <summary>Runs <paramref name="pipeline"/> over one article; null when a stage throws, which is reported as SR9001.</summary>
    public static Document? TryExtract(Pipeline pipeline, Article article, TextWriter problems, BatchOutcome outcome)
    {
        var doc = new Document(article);
        try
        {
            pipeline.Run(doc);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A stage failing on one article is a bug; report it plainly and keep the batch going.
            problems.WriteLine($"{article.Origin ?? article.ArticleId}: SR9001: extraction failed ({e.GetType().Name}: {e.Message}); no events from this article. Please report this.");
            outcome.Problems++;
            return null;
        }
        foreach (var d in doc.Diagnostics) problems.WriteLine(d);
        return doc;
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
