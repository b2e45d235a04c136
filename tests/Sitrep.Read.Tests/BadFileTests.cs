using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class BadFileTests
{
    [Fact]
    public void A_missing_file_gives_one_problem_naming_it()
    {
        var problem = Assert.Single(Fixtures.ReadAll("/no/such/place/news.jsonl")).Problem!;

        Assert.Equal(ReadCodes.NotFound, problem.Code);
        Assert.Equal("/no/such/place/news.jsonl", problem.Origin);
    }

    [Fact]
    public void A_folder_without_articles_gives_one_problem()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("notes.md", "not an article");

        var problem = Assert.Single(Fixtures.ReadAll(scratch.Root)).Problem!;

        Assert.Equal(ReadCodes.NoArticles, problem.Code);
        Assert.Equal(scratch.Root, problem.Origin);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("latin1.txt", [.. "Attack in S"u8.ToArray(), 0xE3, .. "o Paulo"u8.ToArray()]);

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem!;

        Assert.Equal(ReadCodes.InvalidUtf8, problem.Code);
        Assert.Contains("byte 0xE3 at byte offset 11", problem.Message);
    }

    [Fact]
    public void A_utf16_file_is_named_as_such()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("wide.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Title")]);

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem!;

        Assert.Equal(ReadCodes.InvalidUtf8, problem.Code);
        Assert.Contains("UTF-16", problem.Message);
    }

    [Fact]
    public void A_binary_file_is_reported_as_binary()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("photo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);

        Assert.Equal(ReadCodes.Binary, Assert.Single(Fixtures.ReadAll(path)).Problem!.Code);
    }

    [Fact]
    public void A_file_over_the_limit_is_reported_without_being_read()
    {
        using var scratch = new ScratchFolder();
        var path = Path.Combine(scratch.Root, "huge.txt");
        using (var file = File.Create(path)) file.SetLength(51L * 1024 * 1024);

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem!;

        Assert.Equal(ReadCodes.TooLarge, problem.Code);
        Assert.Contains("53,477,376 bytes", problem.Message);
    }

    [Fact]
    public void An_empty_text_file_is_reported()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("blank.txt", " \n\t\n");

        Assert.Equal(ReadCodes.EmptyText, Assert.Single(Fixtures.ReadAll(path)).Problem!.Code);
    }

    [Fact]
    public void An_explicitly_named_file_of_another_kind_is_reported()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("report.pdf", "%PDF-1.7");

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem!;

        Assert.Equal(ReadCodes.UnsupportedExtension, problem.Code);
        Assert.Contains(".jsonl", problem.Message);
    }

    [Fact]
    public void A_file_without_an_extension_is_reported_as_such()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("README", "Notes");

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem!;

        Assert.Equal(ReadCodes.UnsupportedExtension, problem.Code);
        Assert.Contains("without an extension", problem.Message);
    }

    [Fact]
    public void An_answer_key_is_one_problem_for_the_whole_file()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("gold.jsonl", """
            {"article_id": "k-1", "published": "2024-01-02", "events": []}
            {"article_id": "k-2", "published": "2024-01-03", "events": [{"id": "e1"}]}
            """);

        var problem = Assert.Single(Fixtures.ReadAll(path)).Problem!;

        Assert.Equal(ReadCodes.AnswerKey, problem.Code);
        Assert.Equal($"{path}:1", problem.Origin);
        Assert.Contains("sitrep eval --gold", problem.Message);
    }

    [Fact]
    public void A_line_with_events_and_text_is_an_article()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("mixed.jsonl", """{"article_id": "a-1", "text": "Shelling hit the market.", "events": []}""");

        Assert.Equal("a-1", Assert.Single(Fixtures.ReadAll(path)).Article!.ArticleId);
    }

    [Fact]
    public void Reading_is_lazy_so_nothing_is_touched_before_enumeration()
    {
        using var scratch = new ScratchFolder();
        var results = ArticleReader.Read(scratch.Root);
        scratch.Write("late.txt", "Written after Read was called\n\nBody.");

        Assert.Equal("late", Assert.Single(results).Article!.ArticleId);
    }

    [Fact]
    public void A_json_lines_file_with_only_blank_lines_is_reported()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("empty.jsonl", "\n  \n");

        Assert.Equal(ReadCodes.NoArticles, Assert.Single(Fixtures.ReadAll(path)).Problem!.Code);
    }
}
