namespace Sitrep.Cli.Tests;

/// <summary><c>eval-types</c> scores labelled snippets, and a file it cannot score is an error, not a score of zero.</summary>
public class EvalTypesTests
{
    const string Header = "id\tEventSnippet\tSubType\n";

    [Fact]
    public void Labelled_snippets_are_typed_and_scored()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("snippets.tsv", Header +
            "1\tA car bomb exploded outside the market, killing four people.\tREM_EXPLOS\n" +
            "2\tHundreds of teachers marched peacefully to demand higher wages.\tPEACE_PROTEST\n" +
            "3\tFloods swept away two bridges.\tNATURAL_DISASTER\n");

        var run = Cli.Run("eval-types", path);

        Assert.Equal(0, run.Code);
        Assert.Contains("rows 2 (ACLED-labelled; 1 non-ACLED rows skipped)", run.Out);
        Assert.Contains("accuracy 1.000", run.Out);
    }

    [Fact]
    public void A_file_without_ACLED_labels_is_an_error_naming_it()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("notes.tsv", "just some notes\nwith no tabs at all\n");

        var run = Cli.Run("eval-types", path);

        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains($"{path}: SR5003", Assert.Single(run.ErrLinesWith("SR5003")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_malformed_row_is_named_by_line_the_rest_is_scored_and_the_exit_code_is_1()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("snippets.tsv", Header +
            "1\tA car bomb exploded outside the market, killing four people.\tREM_EXPLOS\n" +
            "2 no tabs here\n" +
            "3\tPolice detained six activists at dawn.\tNOT_A_LABEL\n");

        var run = Cli.Run("eval-types", path);

        Assert.Equal(1, run.Code);
        Assert.Contains("rows 1 ", run.Out);
        Assert.Contains("SR5001", Assert.Single(run.ErrLinesWith($"{path}:3:")));
        Assert.Contains("SR5002", Assert.Single(run.ErrLinesWith($"{path}:4:")));
    }
}
