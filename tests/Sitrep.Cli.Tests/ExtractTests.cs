using System.Text.Json;
using Sitrep.Gold;

namespace Sitrep.Cli.Tests;

public class ExtractTests
{
    [Fact]
    public void Gold_format_writes_one_valid_line_per_article_in_input_order_also_without_events()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.Harvest, Articles.CarBomb, Articles.Clash);

        var run = Cli.Run("extract", input, "--format", "gold");

        Assert.Equal(0, run.Code);
        var lines = run.OutLines.Select(GoldJson.Deserialize<GoldArticle>).ToArray();
        Assert.Equal(["test-harvest", "test-bomb", "test-clash"], lines.Select(a => a.ArticleId));
        Assert.Empty(lines[0].Events);
        Assert.NotEmpty(lines[1].Events);
        Assert.All(lines, a => Assert.Equal("Sitrep Test Wire", a.Outlet));
        Assert.Equal(["2024-10-02", "2024-09-11", "2024-06-18"], lines.Select(a => a.Published));
        Assert.Contains("3 article(s), 0 problem(s)", run.Err);
    }

    [Fact]
    public void Gold_is_the_default_format()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.Harvest);

        Assert.Equal(Cli.Run("extract", input, "--format", "gold").Out, Cli.Run("extract", input).Out);
    }

    [Fact]
    public void Published_option_overrides_the_articles_own_date()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.CarBomb, Articles.Harvest);

        var run = Cli.Run("extract", input, "--published", "2024-12-01");

        Assert.Equal(0, run.Code);
        Assert.All(run.OutLines, line => Assert.Equal("2024-12-01", GoldJson.Deserialize<GoldArticle>(line).Published));
    }

    [Fact]
    public void A_text_file_is_one_article_named_after_the_file()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.Write("manbij-bomb.txt", Articles.CarBomb.Title + "\n\n" + Articles.CarBomb.Text);

        var run = Cli.Run("extract", input);

        Assert.Equal(0, run.Code);
        Assert.Equal("manbij-bomb", GoldJson.Deserialize<GoldArticle>(Assert.Single(run.OutLines)).ArticleId);
    }

    [Fact]
    public void Json_format_spans_are_the_articles_own_words_at_start_and_length()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.CarBomb, Articles.Clash, Articles.Harvest);
        var texts = new[] { Articles.CarBomb, Articles.Clash, Articles.Harvest }.ToDictionary(a => a.Id, a => a.Text);

        var run = Cli.Run("extract", input, "--format", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(3, run.OutLines.Length);
        int spans = 0;
        foreach (var line in run.OutLines)
        {
            using var json = JsonDocument.Parse(line);
            var text = texts[json.RootElement.GetProperty("article_id").GetString()!];
            foreach (var span in Spans(json.RootElement))
            {
                int start = span.GetProperty("start").GetInt32(), length = span.GetProperty("length").GetInt32();
                Assert.InRange(start, 0, text.Length - length);
                Assert.Equal(text.Substring(start, length), span.GetProperty("text").GetString());
                spans++;
            }
        }
        Assert.True(spans > 0, "the car bomb should be carried by at least one evidence span");
    }

    [Fact]
    public void Json_format_is_a_superset_of_the_gold_line()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.CarBomb);

        var gold = GoldJson.Deserialize<GoldArticle>(Cli.Run("extract", input).Out.Trim());
        var detailed = GoldJson.Deserialize<GoldArticle>(Cli.Run("extract", input, "--format", "json").Out.Trim());

        Assert.Equal(GoldJson.Serialize(gold), GoldJson.Serialize(detailed));
    }

    [Fact]
    public void Table_format_lists_every_article_and_counts_the_events()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.CarBomb, Articles.Harvest);

        var run = Cli.Run("extract", input, "--format", "table");

        Assert.Equal(0, run.Code);
        var lines = run.OutLines;
        Assert.StartsWith("ARTICLE", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("test-bomb", StringComparison.Ordinal) && !l.Contains("(no event)"));
        Assert.Contains(lines, l => l.StartsWith("test-harvest", StringComparison.Ordinal) && l.Contains("(no event)"));
        var bombRows = lines.Count(l => l.StartsWith("test-bomb", StringComparison.Ordinal));
        Assert.Equal($"{bombRows} event(s) in 2 article(s).", lines[^1]);
    }

    [Fact]
    public void Out_writes_the_whole_output_to_the_file_and_nothing_to_stdout()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.CarBomb, Articles.Harvest, Articles.Clash);
        var outPath = Path.Combine(scratch.Root, "coded.jsonl");

        var toFile = Cli.Run("extract", input, "--out", outPath);

        Assert.Equal(0, toFile.Code);
        Assert.Equal("", toFile.Out);
        Assert.Equal(Cli.Run("extract", input).Out.ReplaceLineEndings("\n"), File.ReadAllText(outPath));
        Assert.Equal(["coded.jsonl", "news.jsonl"], Directory.GetFiles(scratch.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Out_into_a_missing_folder_is_one_clear_error()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.Harvest);
        var outPath = Path.Combine(scratch.Root, "no-such-folder", "coded.jsonl");

        var run = Cli.Run("extract", input, "--out", outPath);

        Assert.Equal(1, run.Code);
        Assert.Contains("does not exist", Assert.Single(run.ErrLinesWith(outPath)));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Out_onto_the_articles_file_is_refused_and_the_file_kept()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.Harvest);
        var before = File.ReadAllText(input);

        var run = Cli.Run("extract", input, "--out", Path.Combine(scratch.Root, ".", "news.jsonl"));

        Assert.Equal(2, run.Code);
        Assert.Contains("is the ARTICLES file itself", run.Err);
        Assert.Equal(before, File.ReadAllText(input));
    }

    static IEnumerable<JsonElement> Spans(JsonElement article)
    {
        foreach (var e in article.GetProperty("events").EnumerateArray())
        {
            foreach (var s in e.GetProperty("evidence_spans").EnumerateArray()) yield return s;
            foreach (var s in e.GetProperty("field_spans").EnumerateObject()) yield return s.Value;
            foreach (var q in e.GetProperty("quantities").EnumerateArray()) yield return q.GetProperty("evidence");
        }
    }
}
