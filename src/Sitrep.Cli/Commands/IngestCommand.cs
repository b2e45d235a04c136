using System.Diagnostics;
using Sitrep.Read;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH...</c>: reads articles, extracts their events and stores them, fused with what is stored.</summary>
/// <remarks>Each article is committed on its own, so an interrupted run loses at most the article in hand and a rerun adds nothing twice.</remarks>
public sealed class IngestCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "ingest";

    /// <inheritdoc />
    public string Summary => "Extract events from articles and store them; the same article again adds nothing.";

    /// <inheritdoc />
    public string Usage => "PATH... [--published YYYY-MM-DD] " + DbOption.Usage;

    static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count == 0) throw new UsageException("give at least one article file (.jsonl, .txt, .html, RSS) or folder.");
        var options = new ReadOptions(CliOptions.Date(args, "published"));
        return DbOption.Run(args, store =>
        {
            var tally = new Tally();
            var clock = Stopwatch.StartNew();
            var lastProgress = TimeSpan.Zero;
            foreach (var path in args.Positionals)
            foreach (var article in ExtractionPipeline.ReadAll(path, options, stderr, tally.Batch))
            {
                // An article the pipeline fails on is not stored, so a rerun after the fix picks it up.
                if (ExtractionPipeline.TryExtract(ExtractionPipeline.Default, article, stderr, tally.Batch) is not { } doc) continue;
                tally.Add(store.Ingest(doc));
                if (clock.Elapsed - lastProgress >= ProgressEvery)
                {
                    lastProgress = clock.Elapsed;
                    stderr.WriteLine($"ingest: {tally.Stored} articles, {tally.Stored / clock.Elapsed.TotalSeconds:0.#}/s");
                }
            }
            stdout.WriteLine($"articles: {tally.Batch.Articles} read, {tally.New} new, {tally.Unchanged} unchanged, {tally.Updated} updated" +
                (tally.Batch.Problems > 0 ? $", {tally.Batch.Problems} not stored (see above)" : ""));
            stdout.WriteLine($"events:   {tally.NewEvents} new ({tally.Reports} reports from new or updated articles)");
            stdout.WriteLine($"claims:   {tally.Claims} new");
            return tally.Batch.AllRead ? 0 : 1;
        }, create: true);
    }

    sealed class Tally
    {
        public readonly BatchOutcome Batch = new();
        public int Stored, New, Unchanged, Updated, NewEvents, Reports, Claims;

        public void Add(IngestResult r)
        {
            Stored++;
            switch (r.Outcome)
            {
                case ArticleOutcome.New: New++; break;
                case ArticleOutcome.Unchanged: Unchanged++; break;
                case ArticleOutcome.Updated: Updated++; break;
            }
            NewEvents += r.NewEvents;
            Reports += r.Reports;
            Claims += r.Claims;
        }
    }
}
