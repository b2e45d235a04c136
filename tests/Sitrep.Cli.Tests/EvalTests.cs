using System.Text.Json;

namespace Sitrep.Cli.Tests;

public class EvalTests
{
    static readonly string[] OnSamples = ["eval", "--gold", Cli.Samples("gold.jsonl"), "--articles", Cli.Samples("articles.jsonl")];

    [Fact]
    public void Eval_on_the_samples_prints_event_scores_and_attribute_accuracy()
    {
        var run = Cli.Run(OnSamples);

        Assert.Equal(0, run.Code);
        var lines = run.OutLines;
        Assert.Contains(lines, l => l.StartsWith("Events", StringComparison.Ordinal) && l.Contains("precision") && l.Contains("F1"));
        foreach (var row in new[] { "current", "historical", "sub_event_type", "actor1", "actor2", "fatalities", "date exact",
                                    "location within 25 km", "median km error", "facility", "quantities", "published" })
            Assert.Contains(lines, l => l.StartsWith(row, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Over 24 articles", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_json_is_one_object_with_the_same_figures()
    {
        var json = Cli.Run([.. OnSamples, "--json"]);
        var table = Cli.Run(OnSamples);

        Assert.Equal(0, json.Code);
        using var report = JsonDocument.Parse(Assert.Single(json.OutLines));
        var root = report.RootElement;
        Assert.Equal(24, root.GetProperty("articles").GetInt32());
        var current = root.GetProperty("current");
        Assert.Equal(30, current.GetProperty("gold").GetInt32());
        var currentRow = table.OutLines.Single(l => l.StartsWith("current", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] figures = [current.GetProperty("gold").ToString(), current.GetProperty("predicted").ToString(), current.GetProperty("matched").ToString()];
        Assert.Equal(figures, currentRow[1..4]);
        foreach (var name in new[] { "sub_event_type", "actor1", "actor2", "fatalities", "date_exact", "location_within_25_km", "facility", "quantities", "published" })
            Assert.True(root.GetProperty(name).TryGetProperty("accuracy", out _), name);
        Assert.True(root.TryGetProperty("median_km_error", out _));
        Assert.True(root.GetProperty("historical").TryGetProperty("f1", out _));
    }

    [Fact]
    public void Keys_without_an_article_are_named_on_stderr()
    {
        using var scratch = new ScratchFolder();
        var articles = scratch.WriteArticles("news.jsonl", Articles.Harvest);
        var gold = scratch.Write("gold.jsonl", """
            {"article_id": "test-harvest", "events": []}
            {"article_id": "test-elsewhere", "events": []}
            """);

        var run = Cli.Run("eval", "--gold", gold, "--articles", articles);

        Assert.Equal(0, run.Code);
        var warning = Assert.Single(run.ErrLinesWith("have no article"));
        Assert.Contains("1 of 2 gold article(s)", warning);
        Assert.EndsWith("test-elsewhere.", warning);
    }

    [Fact]
    public void A_missing_gold_file_is_one_line_naming_it()
    {
        var run = Cli.Run("eval", "--gold", "/no/such/gold.jsonl", "--articles", Cli.Samples("articles.jsonl"));

        Assert.Equal(1, run.Code);
        Assert.Contains("/no/such/gold.jsonl", Assert.Single(run.ErrLines));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_gold_file_that_is_not_gold_names_the_file_and_line()
    {
        var run = Cli.Run("eval", "--gold", Cli.Samples("articles.jsonl"), "--articles", Cli.Samples("articles.jsonl"));

        Assert.Equal(1, run.Code);
        Assert.Contains($"{Cli.Samples("articles.jsonl")}:1:", Assert.Single(run.ErrLines));
        run.AssertNoStackTrace();
    }
}
