using Sitrep.Gold;

namespace Sitrep.Cli.Tests;

/// <summary>Each bad input is one line naming the file (and line), the rest of the batch still comes out, and the exit code is 1.</summary>
public class BadInputTests
{
    [Fact]
    public void A_missing_file_is_one_line_naming_it()
    {
        using var scratch = new ScratchFolder();
        var missing = Path.Combine(scratch.Root, "nowhere.jsonl");

        var run = Cli.Run("extract", missing);

        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("SR1001", Assert.Single(run.ErrLinesWith(missing)));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_folder_without_articles_is_one_line_naming_it()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("notes.md", "# not an article");

        var run = Cli.Run("extract", scratch.Root);

        Assert.Equal(1, run.Code);
        Assert.Contains("no articles", Assert.Single(run.ErrLinesWith(scratch.Root)));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Bad_lines_of_a_jsonl_file_are_named_by_line_and_the_good_lines_still_come_out()
    {
        using var scratch = new ScratchFolder();
        var good = scratch.WriteArticles("a.jsonl", Articles.CarBomb);
        var path = scratch.Write("news.jsonl", string.Join("\n",
            File.ReadAllText(good).Trim(),
            """{"article_id": "broken", "text": "A bomb went off""",
            """{"article_id": "no-text", "title": "Headline only"}""",
            """{"article_id": "blank", "text": "   "}""",
            """{"article_id": "number", "text": 42}""",
            File.ReadAllText(scratch.WriteArticles("b.jsonl", Articles.Harvest)).Trim()) + "\n");

        var run = Cli.Run("extract", path);

        Assert.Equal(1, run.Code);
        Assert.Equal(["test-bomb", "test-harvest"], run.OutLines.Select(l => GoldJson.Deserialize<GoldArticle>(l).ArticleId));
        Assert.Contains("not valid JSON", Assert.Single(run.ErrLinesWith($"{path}:2:")));
        Assert.Contains("no text", Assert.Single(run.ErrLinesWith($"{path}:3:")));
        Assert.Contains("empty text", Assert.Single(run.ErrLinesWith($"{path}:4:")));
        Assert.Contains("no text", Assert.Single(run.ErrLinesWith($"{path}:5:")));
        Assert.Contains("2 article(s), 4 problem(s)", run.Err);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Bad_files_in_a_folder_are_named_one_line_each_and_the_good_file_still_comes_out()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("good.txt", Articles.CarBomb.Title + "\n\n" + Articles.CarBomb.Text);
        var latin1 = scratch.Write("latin1.txt", [.. "Shelling near S"u8.ToArray(), 0xE3, .. "o Domingos"u8.ToArray()]);
        var binary = scratch.Write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var empty = scratch.Write("empty.txt", "\n  \n");
        var utf16 = scratch.Write("wide.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Clashes in Raqqa")]);
        // A sparse file: over the 50 MB limit without writing 50 MB, and refused before it is read.
        var huge = Path.Combine(scratch.Root, "huge.txt");
        using (var file = File.Create(huge)) file.SetLength(51L * 1024 * 1024);

        var run = Cli.Run("extract", scratch.Root);

        Assert.Equal(1, run.Code);
        Assert.Equal("good", GoldJson.Deserialize<GoldArticle>(Assert.Single(run.OutLines)).ArticleId);
        Assert.Contains("not valid UTF-8", Assert.Single(run.ErrLinesWith(latin1)));
        Assert.Contains("binary", Assert.Single(run.ErrLinesWith(binary)));
        Assert.Contains("no text", Assert.Single(run.ErrLinesWith(empty)));
        Assert.Contains("UTF-16", Assert.Single(run.ErrLinesWith(utf16)));
        Assert.Contains("over the limit", Assert.Single(run.ErrLinesWith(huge)));
        Assert.Contains("1 article(s), 5 problem(s)", run.Err);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void The_samples_folder_extracts_the_articles_and_names_the_answer_key_once()
    {
        var folder = Path.GetDirectoryName(Cli.Samples("articles.jsonl"))!;

        var run = Cli.Run("extract", folder);

        Assert.Equal(1, run.Code);
        Assert.Equal(24, run.OutLines.Length);
        Assert.Contains("answer key", Assert.Single(run.ErrLinesWith("gold.jsonl")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_file_of_an_unknown_kind_is_named_with_the_kinds_that_are_read()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("report.pdf", "%PDF-1.7");

        var run = Cli.Run("extract", path);

        Assert.Equal(1, run.Code);
        Assert.Contains(".jsonl", Assert.Single(run.ErrLinesWith(path)));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Eval_with_bad_articles_still_scores_the_rest_and_exits_1()
    {
        using var scratch = new ScratchFolder();
        var gold = scratch.Write("gold.jsonl", """{"article_id": "test-harvest", "outlet": "Sitrep Test Wire", "published": "2024-10-02", "published_basis": "stated", "events": []}""" + "\n");
        var articles = scratch.Write("news.jsonl", File.ReadAllText(scratch.WriteArticles("a.jsonl", Articles.Harvest)) + "{oops\n");

        var run = Cli.Run("eval", "--gold", gold, "--articles", articles);

        Assert.Equal(1, run.Code);
        Assert.Single(run.ErrLinesWith($"{articles}:2:"));
        Assert.Contains("published", run.Out);
        run.AssertNoStackTrace();
    }
}
