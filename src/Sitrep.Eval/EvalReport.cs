using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Eval;

/// <summary>Precision, recall and F1 over one pool of events (current or historical).</summary>
/// <param name="Gold">Gold events in the pool.</param>
/// <param name="Predicted">Predicted events in the pool, over the gold articles.</param>
/// <param name="Matched">Gold–prediction pairs the matching rule accepted.</param>
public sealed record EventScore(int Gold, int Predicted, int Matched)
{
    /// <summary>Matched / predicted; null when nothing was predicted.</summary>
    public double? Precision => Predicted == 0 ? null : (double)Matched / Predicted;

    /// <summary>Matched / gold; null when there is no gold event.</summary>
    public double? Recall => Gold == 0 ? null : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall, as 2·matched / (gold + predicted): 0 when nothing was predicted for gold events, null when both pools are empty.</summary>
    public double? F1 => Gold + Predicted == 0 ? null : 2.0 * Matched / (Gold + Predicted);
}

/// <summary>How often an attribute was right.</summary>
/// <param name="Right">Cases judged right.</param>
/// <param name="Total">Cases judged.</param>
public sealed record Accuracy(int Right, int Total)
{
    /// <summary>Right / total; null when nothing was judged.</summary>
    [JsonPropertyName("accuracy")]
    public double? Value => Total == 0 ? null : (double)Right / Total;
}

/// <summary>What <see cref="Scorer.Score"/> found: event P/R/F1, attribute accuracy over matched pairs, article-level accuracy.</summary>
public sealed record EvalReport
{
    /// <summary>Gold articles scored.</summary>
    public required int Articles { get; init; }
    /// <summary>Events that are the news of the day.</summary>
    public required EventScore Current { get; init; }
    /// <summary>Background mentions of past events, matched only among themselves.</summary>
    public required EventScore Historical { get; init; }
    /// <summary>Matched pairs, current and historical, over which the attributes are judged.</summary>
    public required int MatchedPairs { get; init; }
    /// <summary>Same ACLED sub_event_type.</summary>
    public required Accuracy SubEventType { get; init; }
    /// <summary>Same ACLED event_type.</summary>
    public required Accuracy EventType { get; init; }
    /// <summary>Same canonical actor1 (null = null is right).</summary>
    public required Accuracy Actor1 { get; init; }
    /// <summary>Same canonical actor2 (null = null is right).</summary>
    public required Accuracy Actor2 { get; init; }
    /// <summary>Same best or same min (both unstated is right).</summary>
    public required Accuracy Fatalities { get; init; }
    /// <summary>Same from and same to.</summary>
    public required Accuracy DateExact { get; init; }
    /// <summary>Within 25 km, over pairs whose gold event has coordinates; a prediction without them is wrong.</summary>
    [JsonPropertyName("location_within_25_km")]
    public required Accuracy LocationWithin25Km { get; init; }
    /// <summary>Median great-circle error over pairs where both have coordinates; null when there is none.</summary>
    public required double? MedianKmError { get; init; }
    /// <summary>Same named site, ignoring case (null = null is right).</summary>
    public required Accuracy Facility { get; init; }
    /// <summary>Gold quantities found in the matched prediction with the same what, min and max.</summary>
    public required Accuracy Quantities { get; init; }
    /// <summary>Mean Jaccard similarity of the tag sets (two empty sets count 1); null without pairs.</summary>
    public required double? TagsJaccard { get; init; }
    /// <summary>Same ISO publication day, over gold articles (null = null is right).</summary>
    public required Accuracy Published { get; init; }
    /// <summary>Same outlet, over gold articles (null = null is right).</summary>
    public required Accuracy Outlet { get; init; }

    /// <summary>The report as a readable aligned table.</summary>
    public void WriteTable(TextWriter w)
    {
        w.WriteLine($"{"Events",-12}{"gold",8}{"predicted",11}{"matched",9}{"precision",11}{"recall",9}{"F1",9}");
        foreach (var (name, s) in new[] { ("current", Current), ("historical", Historical) })
            w.WriteLine($"{name,-12}{s.Gold,8}{s.Predicted,11}{s.Matched,9}{Fmt(s.Precision),11}{Fmt(s.Recall),9}{Fmt(s.F1),9}");
        w.WriteLine();
        w.WriteLine($"{$"Over {MatchedPairs} matched pairs",-26}{"right",7}{"of",7}{"accuracy",10}");
        foreach (var (name, a) in AttributeRows()) Row(w, name, a);
        w.WriteLine($"{"median km error",-26}{"",14}{Fmt(MedianKmError, "0.0"),10}");
        w.WriteLine($"{"tags (mean Jaccard)",-26}{"",14}{Fmt(TagsJaccard),10}");
        w.WriteLine();
        w.WriteLine($"{$"Over {Articles} articles",-26}{"right",7}{"of",7}{"accuracy",10}");
        Row(w, "published", Published);
        Row(w, "outlet", Outlet);
    }

    /// <summary>The report as one JSON object (snake_case names, nulls written).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Sitrep.Gold.GoldJson.Options);

    IEnumerable<(string Name, Accuracy Value)> AttributeRows() =>
    [
        ("sub_event_type", SubEventType), ("event_type", EventType), ("actor1", Actor1), ("actor2", Actor2),
        ("fatalities", Fatalities), ("date exact", DateExact), ("location within 25 km", LocationWithin25Km),
        ("facility", Facility), ("quantities", Quantities),
    ];

    static void Row(TextWriter w, string name, Accuracy a) => w.WriteLine($"{name,-26}{a.Right,7}{a.Total,7}{Fmt(a.Value),10}");

    static string Fmt(double? value, string format = "0.000") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
