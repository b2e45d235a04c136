namespace Sitrep.Cli.Tests;

/// <summary>Wrong command lines exit 2 with a message and the usage; help exits 0.</summary>
public class UsageTests
{
    [Fact]
    public void No_arguments_print_the_command_list_and_exit_2()
    {
        var run = Cli.Run();

        Assert.Equal(2, run.Code);
        Assert.Contains("extract", run.Out);
        Assert.Contains("eval", run.Out);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_every_command_and_exits_0(string help)
    {
        var run = Cli.Run(help);

        Assert.Equal(0, run.Code);
        Assert.All(CommandTable.All, c => Assert.Contains($"  {c.Name} ", run.Out));
    }

    [Fact]
    public void Help_lists_the_commands_in_one_aligned_column()
    {
        var lines = Cli.Run("help").OutLines;

        var columns = CommandTable.All.Select(c => lines.Single(l => l.StartsWith($"  {c.Name} ", StringComparison.Ordinal)).IndexOf(c.Summary, StringComparison.Ordinal)).ToArray();

        Assert.All(columns, c => Assert.True(c > 0));
        Assert.Single(columns.Distinct());
    }

    [Theory]
    [InlineData("extract", "--help")]
    [InlineData("help", "extract")]
    public void A_commands_help_shows_its_usage(string first, string second)
    {
        var run = Cli.Run(first, second);

        Assert.Equal(0, run.Code);
        Assert.Contains("usage: sitrep extract ARTICLES", run.Out);
        Assert.Contains("--format gold|json|table", run.Out);
    }

    [Fact]
    public void An_unknown_command_exits_2_naming_it_and_the_commands()
    {
        var run = Cli.Run("extrakt", "news.jsonl");

        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.ErrLines);
        Assert.Contains("'extrakt'", line);
        Assert.Contains("extract", line);
    }

    [Fact]
    public void Help_on_an_unknown_command_exits_2_naming_it()
    {
        var run = Cli.Run("help", "extrakt");

        Assert.Equal(2, run.Code);
        Assert.Contains("'extrakt'", Assert.Single(run.ErrLines));
    }

    [Theory]
    [InlineData("--colour", "red")]
    [InlineData("--format", "xml")]
    [InlineData("--format")]
    [InlineData("--format=")]
    [InlineData("--out=")]
    [InlineData("--json")]
    [InlineData("--published", "2024-13-01")]
    [InlineData("--published", "yesterday")]
    public void A_bad_extract_option_exits_2_with_the_usage(params string[] options)
    {
        using var scratch = new ScratchFolder();
        var input = scratch.WriteArticles("news.jsonl", Articles.Harvest);

        var run = Cli.Run(["extract", input, .. options]);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.StartsWith("sitrep extract: ", run.ErrLines[0]);
        Assert.Contains(options[0].TrimEnd('='), run.ErrLines[0]);
        Assert.StartsWith("usage: sitrep extract ARTICLES", run.ErrLines[1]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_option_of_another_command_is_named_as_unknown_not_as_lacking_a_value()
    {
        var run = Cli.Run("extract", "news.jsonl", "--json");

        Assert.Equal(2, run.Code);
        Assert.Equal("sitrep extract: Unknown option --json.", run.ErrLines[0]);
    }

    [Fact]
    public void A_bad_published_date_says_what_a_date_looks_like()
    {
        var run = Cli.Run("extract", "news.jsonl", "--published", "21/01/2022");

        Assert.Equal(2, run.Code);
        Assert.Contains("--published must be a date like 2022-01-21, not '21/01/2022'", run.Err);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.jsonl", "b.jsonl")]
    [InlineData("eval", "--articles", "a.jsonl")]
    [InlineData("eval", "--gold", "g.jsonl")]
    [InlineData("eval", "g.jsonl", "a.jsonl")]
    [InlineData("eval", "--gold", "", "--articles", "a.jsonl")]
    [InlineData("extract", "")]
    [InlineData("geoparse", "a.jsonl", "--out=")]
    public void Missing_or_extra_arguments_exit_2_with_the_usage(params string[] args)
    {
        var run = Cli.Run(args);

        Assert.Equal(2, run.Code);
        Assert.Contains($"usage: sitrep {args[0]} ", run.Err);
        run.AssertNoStackTrace();
    }
}
