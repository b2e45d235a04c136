using Sitrep.Documents;
using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class BadJsonLinesTests
{
    static readonly List<ReadResult> Results = Fixtures.ReadAll(Fixtures.Path("bad-lines.jsonl"));

    static Diagnostic ProblemOnLine(int line) => Assert.Single(Results.Problems(), p => p.Origin!.EndsWith($"bad-lines.jsonl:{line}"));

    [Fact]
    public void Good_lines_still_come_through_around_the_bad_ones()
    {
        Assert.Equal(["ok-1", "bad-date", "ok-2"], Results.Articles().Select(a => a.ArticleId));
    }

    [Fact]
    public void Every_result_is_either_an_article_or_a_problem()
    {
        Assert.All(Results, r => Assert.True(r.Article is null != (r.Problem is null)));
    }

    [Fact]
    public void Invalid_json_names_its_line()
    {
        var problem = ProblemOnLine(2);

        Assert.Equal(ReadCodes.InvalidJson, problem.Code);
        Assert.Contains("line 2 is not valid JSON", problem.Message);
    }

    [Fact]
    public void A_line_without_text_is_reported()
    {
        var problem = ProblemOnLine(3);

        Assert.Equal(ReadCodes.MissingField, problem.Code);
        Assert.Contains("no text", problem.Message);
    }

    [Fact]
    public void A_line_without_article_id_is_reported()
    {
        var problem = ProblemOnLine(4);

        Assert.Equal(ReadCodes.MissingField, problem.Code);
        Assert.Contains("no article_id", problem.Message);
    }

    [Fact]
    public void Whitespace_text_is_reported_as_empty()
    {
        Assert.Equal(ReadCodes.EmptyText, ProblemOnLine(5).Code);
    }

    [Fact]
    public void An_unparsable_date_is_reported_and_the_article_kept_without_a_date()
    {
        Assert.Equal(ReadCodes.UnparsableDate, ProblemOnLine(6).Code);
        Assert.Contains("sometime last spring", ProblemOnLine(6).Message);
        Assert.Null(Results.Articles().Single(a => a.ArticleId == "bad-date").Published);
    }

    [Fact]
    public void A_duplicate_id_keeps_the_first_article_and_names_where_it_was()
    {
        var problem = ProblemOnLine(7);

        Assert.Equal(ReadCodes.DuplicateId, problem.Code);
        Assert.Contains("bad-lines.jsonl:1", problem.Message);
        Assert.StartsWith("Security forces", Results.Articles().Single(a => a.ArticleId == "ok-1").Text);
    }

    [Fact]
    public void A_line_that_is_not_an_object_is_reported()
    {
        var problem = ProblemOnLine(8);

        Assert.Equal(ReadCodes.InvalidJson, problem.Code);
        Assert.Contains("array", problem.Message);
    }

    [Fact]
    public void A_user_date_silences_unparsable_metadata_dates()
    {
        var results = Fixtures.ReadAll(Fixtures.Path("bad-lines.jsonl"), new ReadOptions(Published: new DateOnly(2022, 11, 8)));

        Assert.DoesNotContain(results.Problems(), p => p.Code == ReadCodes.UnparsableDate);
    }

    [Fact]
    public void Invalid_utf8_on_a_line_names_the_line_and_the_byte_offset_and_the_next_line_is_read()
    {
        using var scratch = new ScratchFolder();
        byte[] first = "{\"article_id\":\"a\",\"text\":\"caf"u8.ToArray();
        byte[] bytes = [.. first, 0xE9, .. "\"}\n{\"article_id\":\"b\",\"text\":\"Fine.\"}\n"u8.ToArray()];
        var path = scratch.Write("latin1.jsonl", bytes);

        var results = Fixtures.ReadAll(path);

        var problem = Assert.Single(results.Problems());
        Assert.Equal(ReadCodes.InvalidUtf8, problem.Code);
        Assert.EndsWith("latin1.jsonl:1", problem.Origin);
        Assert.Contains($"byte offset {first.Length}", problem.Message);
        Assert.Equal("b", Assert.Single(results.Articles()).ArticleId);
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_unread_and_the_rest_is_read()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("long.jsonl", $"{{\"article_id\":\"long\",\"text\":\"{new string('x', 5000)}\"}}\n{{\"article_id\":\"short\",\"text\":\"Fine.\"}}\n");

        var results = Fixtures.ReadAll(path, new ReadOptions(MaxBytes: 1000));

        Assert.Equal(ReadCodes.TooLarge, Assert.Single(results.Problems()).Code);
        Assert.Equal("short", Assert.Single(results.Articles()).ArticleId);
    }

    [Fact]
    public void A_binary_file_named_jsonl_gives_one_problem()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("image.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0A, 0x00, 0x01, 0x0A, 0x00]);

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem;

        Assert.Equal(ReadCodes.Binary, problem!.Code);
    }
}
