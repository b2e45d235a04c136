using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class FolderTests
{
    [Fact]
    public void A_folder_is_read_recursively_in_path_order_skipping_other_files()
    {
        var results = Fixtures.ReadAll(Fixtures.Path("folder"));

        Assert.Empty(results.Problems());
        Assert.Equal(["b-report", "urn:lakeside:2020:mirna", "urn:lakeside:2020:arrests", "d-1", "a-page"],
            results.Articles().Select(a => a.ArticleId));
    }

    [Fact]
    public void A_bad_file_in_a_folder_does_not_stop_the_others()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("1-good.txt", "Shelling in Halen\n\nArtillery hit the town overnight.");
        scratch.Write("2-binary.txt", [0x00, 0x01, 0x02]);
        scratch.Write("3-good.txt", "Curfew lifted\n\nThe curfew was lifted on Monday.");

        var results = Fixtures.ReadAll(scratch.Root);

        Assert.Equal(["1-good", "3-good"], results.Articles().Select(a => a.ArticleId));
        Assert.Equal(ReadCodes.Binary, Assert.Single(results.Problems()).Code);
        Assert.Equal(ReadCodes.Binary, results[1].Problem?.Code);
    }

    [Fact]
    public void The_same_id_in_two_files_of_a_batch_is_reported_once_and_the_first_kept()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("a/story.txt", "First\n\nThe first story.");
        scratch.Write("b/story.txt", "Second\n\nThe second story.");

        var results = Fixtures.ReadAll(scratch.Root);

        Assert.Equal("First", Assert.Single(results.Articles()).Title);
        Assert.Equal(ReadCodes.DuplicateId, Assert.Single(results.Problems()).Code);
    }

    [Fact]
    public void A_linked_folder_is_not_followed_so_a_loop_cannot_repeat_articles()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("inner/story.txt", "Shelling in Halen\n\nArtillery hit the town overnight.");
        Directory.CreateSymbolicLink(Path.Combine(scratch.Root, "inner", "up"), scratch.Root);

        var results = Fixtures.ReadAll(scratch.Root);

        Assert.Equal("story", Assert.Single(results).Article!.ArticleId);
    }

    [Fact]
    public void Hidden_files_and_folders_are_skipped()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("visible.txt", "Visible\n\nA report.");
        scratch.Write(".drafts/draft.txt", "Draft\n\nNot ready.");
        scratch.Write(".notes.txt", "Notes\n\nPrivate.");

        Assert.Equal("visible", Assert.Single(Fixtures.ReadAll(scratch.Root)).Article!.ArticleId);
    }
}
