using System.Text.Json;

// The extraction pipeline is loaded once per process and shared; running commands one at a time keeps its stages single-threaded.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Sitrep.Cli.Tests;

/// <summary>Runs a sitrep command in-process, as the launcher would, and keeps what it wrote.</summary>
static class Cli
{
    public static Outcome Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandTable.Run(args, stdout, stderr);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    public static string Samples(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);
}

/// <summary>A command's exit code and output.</summary>
sealed record Outcome(int Code, string Out, string Err)
{
    public string[] OutLines => Lines(Out);

    public string[] ErrLines => Lines(Err);

    /// <summary>The stderr lines that mention <paramref name="text"/>.</summary>
    public string[] ErrLinesWith(string text) => ErrLines.Where(l => l.Contains(text, StringComparison.Ordinal)).ToArray();

    /// <summary>Asserts nothing written looks like a .NET stack trace or an unhandled exception.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Out + Err);
        Assert.DoesNotContain("Unhandled exception", Out + Err);
    }

    static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Writes test articles as the JSON Lines input of <c>sitrep extract</c>.</summary>
static class ArticleFiles
{
    /// <summary>A JSON Lines file of articles, one object per line, in the given order.</summary>
    public static string WriteArticles(this ScratchFolder scratch, string name, params Article[] articles) =>
        scratch.Write(name, string.Concat(articles.Select(a => JsonSerializer.Serialize(new
        {
            article_id = a.Id, url = $"https://example.org/{a.Id}", title = a.Title, outlet = "Sitrep Test Wire", published = a.Published, text = a.Text,
        }) + "\n")));
}

/// <summary>A short article written for these tests.</summary>
sealed record Article(string Id, string Title, string Published, string Text);

/// <summary>Articles written for these tests: two clear-cut events and one piece with no event at all.</summary>
static class Articles
{
    public static readonly Article CarBomb = new("test-bomb", "Car bomb kills four in Manbij", "2024-09-11",
        "A car bomb exploded near a busy bus station in the northern Syrian town of Manbij on Tuesday, killing four civilians " +
        "and wounding nine others, local officials said.\n\nThe vehicle had been parked outside a bakery, a shopkeeper told reporters. " +
        "No group claimed the attack.");

    public static readonly Article Harvest = new("test-harvest", "Olive harvest begins early", "2024-10-02",
        "Farmers around the town of Afrin began picking olives a week earlier than usual this year, after a hot and dry summer. " +
        "Traders at the town's market said prices were steady and that they expected a good crop of oil.");

    public static readonly Article Clash = new("test-clash", "Fighters clash in Deir ez-Zor village", "2024-06-18",
        "Fighters of the Syrian Democratic Forces clashed with Islamic State militants in the village of Diban in Deir ez-Zor " +
        "province on Monday, killing three militants, the SDF said in a statement.\n\nThe fighting lasted about two hours, residents said.");
}
