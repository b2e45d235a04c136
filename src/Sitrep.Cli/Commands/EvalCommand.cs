using Sitrep.Eval;
using Sitrep.Gold;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval</c>: extract the articles and score the result against hand-made keys.</summary>
public sealed class EvalCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "eval";

    /// <inheritdoc/>
    public string Summary => "Score extraction against gold keys: event P/R/F1, attribute accuracy.";

    /// <inheritdoc/>
    public string Usage => "--gold GOLD.jsonl --articles ARTICLES [--json]";

    /// <inheritdoc/>
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count != 0) throw new UsageException("eval takes no positional arguments.");
        var goldPath = CliOptions.PathArgument(args.Option("gold") ?? throw new UsageException("--gold is required."), "--gold");
        var articlesPath = CliOptions.PathArgument(args.Option("articles") ?? throw new UsageException("--articles is required."), "--articles");

        var gold = GoldFile.Read(goldPath);
        var outcome = new BatchOutcome();
        var predicted = ExtractionPipeline.ExtractAll(articlesPath, null, stderr, outcome).Select(GoldConvert.ToGold).ToList();
        WarnOfUnmatchedKeys(gold, predicted, articlesPath, stderr);
        var report = Scorer.Score(gold, predicted);
        if (args.Has("json")) stdout.WriteLine(report.ToJson());
        else report.WriteTable(stdout);
        return outcome.AllRead ? 0 : 1;
    }

    // Keys without an article score as missed events; say so, since it usually means the wrong pair of files.
    static void WarnOfUnmatchedKeys(IReadOnlyList<GoldArticle> gold, IReadOnlyList<GoldArticle> predicted, string articlesPath, TextWriter stderr)
    {
        var missing = gold.Select(g => g.ArticleId).Except(predicted.Select(p => p.ArticleId), StringComparer.Ordinal).ToArray();
        if (missing.Length == 0) return;
        var shown = string.Join(", ", missing.Take(5)) + (missing.Length > 5 ? ", …" : "");
        stderr.WriteLine($"sitrep eval: {missing.Length} of {gold.Count} gold article(s) have no article in {articlesPath} and score as finding nothing: {shown}.");
    }
}
