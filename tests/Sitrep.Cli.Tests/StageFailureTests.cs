using Sitrep.Documents;

namespace Sitrep.Cli.Tests;

/// <summary>A stage that throws on one article costs that article's events only, reported as SR9001, never the batch.</summary>
public class StageFailureTests
{
    /// <summary>Fails on articles whose text mentions the word "poison", as a stage bug on odd input would.</summary>
    sealed class FailsOnPoison : IStage
    {
        public Layers Requires => Layers.None;
        public Layers Produces => Layers.None;

        public void Process(Document document)
        {
            if (document.Article.Text.Contains("poison")) throw new InvalidOperationException("odd input");
        }
    }

    static readonly Pipeline Fragile = new(new FailsOnPoison());

    [Fact]
    public void A_stage_failure_is_one_SR9001_line_naming_the_article_and_gives_no_document()
    {
        var problems = new StringWriter();
        var outcome = new BatchOutcome();

        var doc = ExtractionPipeline.TryExtract(Fragile, new Sitrep.Documents.Article("a-7", "A poison pen letter.") { Origin = "feed.jsonl:7" }, problems, outcome);

        Assert.Null(doc);
        var line = Assert.Single(problems.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("feed.jsonl:7: SR9001: extraction failed (InvalidOperationException: odd input)", line);
        Assert.Equal(1, outcome.Problems);
    }

    [Fact]
    public void Articles_the_stages_accept_come_back_processed_and_count_no_problem()
    {
        var problems = new StringWriter();
        var outcome = new BatchOutcome();

        var doc = ExtractionPipeline.TryExtract(Fragile, new Sitrep.Documents.Article("a-8", "A quiet day."), problems, outcome);

        Assert.NotNull(doc);
        Assert.Equal("a-8", doc.Article.ArticleId);
        Assert.Equal("", problems.ToString());
        Assert.True(outcome.AllRead);
    }
}
