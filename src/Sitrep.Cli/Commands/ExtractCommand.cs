using Sitrep.Documents;
using Sitrep.Gold;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract</c>: articles in, one line of coded events per article out.</summary>
public sealed class ExtractCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "extract";

    /// <inheritdoc/>
    public string Summary => "Extract coded events from articles (.jsonl, folder, .txt, .html, RSS/Atom).";

    /// <inheritdoc/>
    public string Usage => "ARTICLES [--published YYYY-MM-DD] [--format gold|json|table] [--out FILE]";

    /// <inheritdoc/>
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count != 1) throw new UsageException("Give exactly one ARTICLES path.");
        var input = CliOptions.PathArgument(args.Positionals[0], "ARTICLES");
        if (args.Option("out") is { } outPath && SamePath(outPath, input))
            throw new UsageException($"--out {outPath} is the ARTICLES file itself; writing there would replace the articles.");
        var published = CliOptions.Date(args, "published");
        var format = args.Option("format") ?? "gold";
        if (format is not ("gold" or "json" or "table")) throw new UsageException($"--format must be gold, json or table, not '{format}'.");

        var outcome = new BatchOutcome();
        var docs = ExtractionPipeline.ExtractAll(input, published, stderr, outcome);
        CliOptions.WriteOutput(args.Option("out"), stdout, writer =>
        {
            if (format == "table") EventTable.Write(docs, writer);
            else foreach (var doc in docs) writer.WriteLine(format == "gold" ? GoldJson.Serialize(GoldConvert.ToGold(doc)) : DetailedJson.Serialize(doc));
        });
        stderr.WriteLine($"sitrep extract: {outcome.Articles} article(s), {outcome.Problems} problem(s).");
        return outcome.AllRead ? 0 : 1;
    }

    static bool SamePath(string a, string b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
