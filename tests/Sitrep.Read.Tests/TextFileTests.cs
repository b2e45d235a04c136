using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class TextFileTests
{
    [Fact]
    public void A_text_file_is_one_article_named_after_the_file_with_its_first_line_as_title()
    {
        var article = Assert.Single(Fixtures.ReadAll(Fixtures.Path("story.txt"))).Article!;

        Assert.Equal("story", article.ArticleId);
        Assert.Equal("Prison guards wounded in escape attempt at Varna Hill", article.Title);
        Assert.Equal(File.ReadAllText(Fixtures.Path("story.txt")), article.Text);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_normalised_and_nothing_else()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("win.txt", [0xEF, 0xBB, 0xBF, .. "Title\r\n\r\nBody  “text”.\rEnd"u8.ToArray()]);

        var article = Assert.Single(Fixtures.ReadAll(path)).Article!;

        Assert.Equal("Title\n\nBody  “text”.\nEnd", article.Text);
        Assert.Equal("Title", article.Title);
    }

    [Fact]
    public void The_user_date_is_the_publication_date_of_a_text_file()
    {
        var article = Assert.Single(Fixtures.ReadAll(Fixtures.Path("story.txt"), new ReadOptions(new DateOnly(2021, 6, 5)))).Article!;

        Assert.Equal(new DateOnly(2021, 6, 5), article.Published);
    }
}
