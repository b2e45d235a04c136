using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class JsonLinesTests
{
    [Fact]
    public void Each_line_becomes_an_article_in_file_order_with_its_metadata()
    {
        var articles = Fixtures.ReadAll(Fixtures.Path("articles.jsonl")).Articles();

        Assert.Equal(["kv-001", "kv-002", "kv-003"], articles.Select(a => a.ArticleId));
        var first = articles[0];
        Assert.Equal("https://example.org/kv-001", first.Url);
        Assert.Equal("Mortar fire hits market in Karvel", first.Title);
        Assert.Equal("Example Wire", first.Outlet);
        Assert.Equal(new DateOnly(2023, 3, 14), first.Published);
        Assert.StartsWith("Mortar fire hits market in Karvel\n\nAt least six", first.Text);
    }

    [Fact]
    public void Origin_names_the_file_and_line()
    {
        var articles = Fixtures.ReadAll(Fixtures.Path("articles.jsonl")).Articles();

        Assert.EndsWith("articles.jsonl:1", articles[0].Origin);
        Assert.EndsWith("articles.jsonl:4", articles[2].Origin);
    }

    [Fact]
    public void A_timestamp_gives_the_day_as_written_in_its_own_time_zone()
    {
        var article = Fixtures.ReadAll(Fixtures.Path("articles.jsonl")).Articles()[1];

        Assert.Equal(new DateOnly(2023, 3, 15), article.Published);
    }

    [Fact]
    public void Null_published_gives_no_date_and_no_problem()
    {
        var results = Fixtures.ReadAll(Fixtures.Path("articles.jsonl"));

        Assert.Null(results.Articles()[2].Published);
        Assert.Empty(results.Problems());
    }

    [Fact]
    public void The_user_date_overrides_the_metadata()
    {
        var given = new DateOnly(2023, 1, 1);

        var articles = Fixtures.ReadAll(Fixtures.Path("articles.jsonl"), new ReadOptions(Published: given)).Articles();

        Assert.All(articles, a => Assert.Equal(given, a.Published));
    }

    [Fact]
    public void Windows_line_endings_inside_and_between_lines_become_newlines()
    {
        var article = Assert.Single(Fixtures.ReadAll(Fixtures.Path("crlf.jsonl")).Articles());

        Assert.Equal("First line\nSecond line", article.Text);
    }

    [Fact]
    public void Text_is_kept_exactly_as_given_so_offsets_stay_true()
    {
        using var scratch = new ScratchFolder();
        const string text = "“Quoted”\u00a0text — with  two spaces\tand a tab 🙂";
        var path = scratch.Write("exact.jsonl", System.Text.Json.JsonSerializer.Serialize(new { article_id = "x", text }));

        Assert.Equal(text, Assert.Single(Fixtures.ReadAll(path).Articles()).Text);
    }

    [Fact]
    public void A_byte_order_mark_on_the_first_line_is_ignored()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"article_id\":\"b\",\"text\":\"Body.\"}"u8.ToArray()]);

        Assert.Equal("Body.", Assert.Single(Fixtures.ReadAll(path).Articles()).Text);
    }

    [Fact]
    public void A_numeric_article_id_is_read_as_its_digits()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("n.jsonl", "{\"article_id\": 1207, \"text\": \"Body.\"}\n");

        Assert.Equal("1207", Assert.Single(Fixtures.ReadAll(path).Articles()).ArticleId);
    }
}
