using System.Diagnostics;
using System.Text;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>The whole extraction pipeline over generated news-length articles: articles per second on one core and peak memory.</summary>
public sealed class ExtractBench : IBench
{
    /// <inheritdoc />
    public string Name => "extract";

    /// <inheritdoc />
    public string Summary => "full pipeline (text, places, actors, events) over generated articles [COUNT, default 10000] [--write FILE.jsonl]";

    static readonly string[] Actors =
        ["Islamic State militants", "ISIS fighters", "the SDF", "Kurdish-led forces", "Turkish troops", "the Syrian army", "Iraqi security forces", "the US-led coalition", "Popular Mobilization Forces", "unidentified gunmen"];
    static readonly string[] Places = ["Hasakah", "Qamishli", "Raqqa", "Deir ez-Zor", "Mosul", "Kirkuk", "Tal Abyad", "Ras al-Ain", "Baghdad", "Manbij", "Tikrit", "Ain Issa"];
    static readonly string[] Days = ["on Monday", "on Tuesday", "late Wednesday", "on Thursday", "early Friday", "on Saturday", "last Sunday", "this week"];
    static readonly string[] Sources = ["the Syrian Observatory for Human Rights", "a local official", "the SDF", "state media", "a security source"];

    // Sentences written for this benchmark; {A} actor, {B} second actor, {P} place, {D} day, {N} number, {S} source.
    static readonly string[] Templates =
    [
        "{A} attacked positions held by {B} near {P} {D}, killing at least {N} people, according to {S}.",
        "A car bomb exploded outside a checkpoint in {P} {D}, wounding {N} civilians, {S} said.",
        "Clashes between {A} and {B} continued for a second day on the outskirts of {P}.",
        "Warplanes of {A} struck a weapons depot west of {P} {D}, {S} reported.",
        "The attack came days after {A} said it had arrested {N} suspects in {P}.",
        "Residents of {P} said they heard heavy gunfire and explosions through the night.",
        "Hundreds of people protested in {P} {D} against rising prices and power cuts.",
        "Police fired tear gas to disperse the crowd, and {N} protesters were detained.",
        "{A} claimed responsibility for the bombing in a statement posted online.",
        "Officials said about {N} detainees escaped from a prison in {P} during the assault, and dozens were later recaptured.",
        "The prison holds an estimated {N} detainees, most of them suspected militants.",
        "In 2014 the group seized large parts of the region before being driven out of {P} in 2019.",
        "Mortar shells landed near a market in {P}, {S} said, without giving a toll.",
        "Aid agencies warned that thousands of families had fled their homes since the fighting began.",
        "A roadside bomb hit a military vehicle on the road between {P} and a nearby village {D}.",
        "The two sides agreed to a ceasefire that is meant to take effect {D}.",
    ];

    /// <inheritdoc />
    public void Run(string[] args, TextWriter output)
    {
        int count = args.Length > 0 && int.TryParse(args[0], out int n) ? n : 10_000;
        var articles = Generate(count, new Random(20221));
        if (args.Length > 2 && args[1] == "--write")
        {
            // The same articles as .jsonl, so `sitrep extract` output on them can be compared before and after a change.
            using var file = new StreamWriter(args[2]);
            foreach (var a in articles)
                file.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { article_id = a.ArticleId, outlet = a.Outlet, published = a.Published?.ToString("yyyy-MM-dd"), text = a.Text }));
            output.WriteLine($"extract: wrote {count:N0} articles to {args[2]}");
            return;
        }
        var places = PlaceResolver.CreateDefault();
        IStage[] stages = [new TextAnnotator(), places, new ActorRecognizer(ActorDictionary.Default), new EventExtractor(places.Gazetteer.Border)];
        var pipeline = new Pipeline(stages);
        foreach (var warm in articles.Take(50)) pipeline.Run(new Document(warm));

        // One document at a time through every stage, as extract runs; each stage's share of the time is summed.
        // Allocations are counted too: unlike wall-clock time they do not depend on what else the machine is doing.
        var perStage = new TimeSpan[stages.Length];
        var perStageBytes = new long[stages.Length];
        int events = 0;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var article in articles)
        {
            var doc = new Document(article);
            for (int s = 0; s < stages.Length; s++)
            {
                long start = Stopwatch.GetTimestamp();
                long bytes = GC.GetAllocatedBytesForCurrentThread();
                stages[s].Process(doc);
                perStageBytes[s] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                perStage[s] += Stopwatch.GetElapsedTime(start);
            }
            events += doc.Events.Count;
        }
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var total = perStage.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        output.WriteLine($"extract: {count:N0} articles ({articles.Sum(a => (long)a.Text.Length) / count:N0} chars each on average), {events:N0} events");
        output.WriteLine($"  {total.TotalSeconds:F1} s on one thread: {count / total.TotalSeconds:N0} articles/s, {allocated / count / 1024.0:N1} KB allocated per article");
        for (int s = 0; s < stages.Length; s++)
            output.WriteLine($"    {stages[s].GetType().Name,-16} {perStage[s].TotalSeconds,7:F2} s  {count / perStage[s].TotalSeconds,9:N0} articles/s  {perStageBytes[s] / count / 1024.0,8:N1} KB/article");
        output.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
    }

    static List<Article> Generate(int count, Random random)
    {
        var published = new DateOnly(2022, 1, 21);
        var articles = new List<Article>(count);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            int paragraphs = random.Next(4, 8);
            for (int p = 0; p < paragraphs; p++)
            {
                int sentences = random.Next(2, 4);
                for (int s = 0; s < sentences; s++)
                    text.Append(Fill(Templates[random.Next(Templates.Length)], random)).Append(' ');
                text.Length--;
                text.Append("\n\n");
            }
            articles.Add(new Article($"bench-{i}", text.ToString().TrimEnd()) { Outlet = "Bench Wire", Published = published.AddDays(-(i % 30)) });
        }
        return articles;
    }

    static string Fill(string template, Random random)
    {
        string a = Pick(Actors, random), b = Pick(Actors, random);
        var sentence = template.Replace("{A}", a).Replace("{B}", b).Replace("{P}", Pick(Places, random)).Replace("{D}", Pick(Days, random))
            .Replace("{N}", random.Next(2, 400).ToString()).Replace("{S}", Pick(Sources, random));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
