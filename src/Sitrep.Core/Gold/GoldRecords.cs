using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Gold;

/// <summary>One line of the gold format: an article and its events (see gold-schema.md).</summary>
public sealed record GoldArticle
{
    /// <summary>The article's id.</summary>
    public required string ArticleId { get; init; }
    /// <summary>Who published it.</summary>
    public string? Outlet { get; init; }
    /// <summary>ISO publication day.</summary>
    public string? Published { get; init; }
    /// <summary>stated | inferred | unknown.</summary>
    public string? PublishedBasis { get; init; }
    /// <summary>The coded events.</summary>
    public IReadOnlyList<GoldEvent> Events { get; init; } = [];
    /// <summary>Article-level figures.</summary>
    public IReadOnlyList<GoldFact> Facts { get; init; } = [];
}

/// <summary>One coded event in the gold format.</summary>
public sealed record GoldEvent
{
    /// <summary>Id within the article.</summary>
    public string? Id { get; init; }
    /// <summary>ACLED event type.</summary>
    public string? EventType { get; init; }
    /// <summary>ACLED sub-event type.</summary>
    public string? SubEventType { get; init; }
    /// <summary>Domain tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Inclusive ISO day range.</summary>
    public GoldDate? Date { get; init; }
    /// <summary>day | week | month | year.</summary>
    public string? DatePrecision { get; init; }
    /// <summary>Where.</summary>
    public GoldLocation? Location { get; init; }
    /// <summary>Named site.</summary>
    public string? Facility { get; init; }
    /// <summary>Perpetrator.</summary>
    public string? Actor1 { get; init; }
    /// <summary>Target.</summary>
    public string? Actor2 { get; init; }
    /// <summary>Associated actors.</summary>
    public IReadOnlyList<string> AssocActors { get; init; } = [];
    /// <summary>All killed.</summary>
    public GoldRange? Fatalities { get; init; }
    /// <summary>All injured.</summary>
    public GoldRange? Injured { get; init; }
    /// <summary>Other figures with their sources.</summary>
    public IReadOnlyList<GoldQuantity> Quantities { get; init; } = [];
    /// <summary>Who reported it.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>confirmed | reported | claimed | unconfirmed | denied.</summary>
    public string? Certainty { get; init; }
    /// <summary>Background mention of a past event.</summary>
    public bool Historical { get; init; }
    /// <summary>The source's words.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}

/// <summary>An inclusive range of ISO days.</summary>
public sealed record GoldDate(string? From, string? To);

/// <summary>A figure as min, max and best.</summary>
public sealed record GoldRange(long? Min, long? Max, long? Best);

/// <summary>A place in the gold format.</summary>
public sealed record GoldLocation
{
    /// <summary>Gazetteer name.</summary>
    public string? Name { get; init; }
    /// <summary>Spellings in the text.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
    /// <summary>ISO alpha-2.</summary>
    public string? Country { get; init; }
    /// <summary>First-level division.</summary>
    public string? Admin1 { get; init; }
    /// <summary>Latitude.</summary>
    public double? Lat { get; init; }
    /// <summary>Longitude.</summary>
    public double? Lon { get; init; }
    /// <summary>facility | town | district | region | country.</summary>
    public string? Precision { get; init; }
}

/// <summary>A figure with what it counts and who said it.</summary>
public sealed record GoldQuantity
{
    /// <summary>Quantity kind (killed, escaped…).</summary>
    public string? What { get; init; }
    /// <summary>Lowest value.</summary>
    public long? Min { get; init; }
    /// <summary>Highest value.</summary>
    public long? Max { get; init; }
    /// <summary>The words used.</summary>
    public string? Approx { get; init; }
    /// <summary>Who said it.</summary>
    public string? Source { get; init; }
}

/// <summary>An article-level figure.</summary>
public sealed record GoldFact
{
    /// <summary>Quantity kind.</summary>
    public string? What { get; init; }
    /// <summary>Facility described.</summary>
    public string? Facility { get; init; }
    /// <summary>Lowest value.</summary>
    public long? Min { get; init; }
    /// <summary>Highest value.</summary>
    public long? Max { get; init; }
    /// <summary>The words used.</summary>
    public string? Approx { get; init; }
    /// <summary>ISO day it held.</summary>
    public string? AsOf { get; init; }
    /// <summary>Who said it.</summary>
    public string? Source { get; init; }
    /// <summary>The source's words.</summary>
    public string? Evidence { get; init; }
}

/// <summary>JSON settings shared by every reader and writer of the gold format.</summary>
public static class GoldJson
{
    /// <summary>snake_case names, nulls written, one object per line.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>One JSON line.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Parses one JSON line; throws <see cref="JsonException"/> on malformed input.</summary>
    public static T Deserialize<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException("The line is JSON null, not an object.");
}
