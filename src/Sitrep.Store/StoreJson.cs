using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Gold;

namespace Sitrep.Store;

/// <summary>How events and enum values are written into the store.</summary>
internal static class StoreJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new SitrepException("The store holds a JSON null where a record was expected; the database is damaged.");

    /// <summary>An enum value as every output writes it (DetainedPopulation → detained_population).</summary>
    public static string Name<T>(T value) where T : struct, Enum => GoldConvert.Snake(value.ToString());

    /// <summary>Parses a snake_case enum name.</summary>
    public static T Parse<T>(string name) where T : struct, Enum =>
        Enum.Parse<T>(name.Replace("_", ""), ignoreCase: true);
}
