using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Read.Internal;

/// <summary>Reads JSON Lines of <c>{"article_id","url","title","outlet","published","text"}</c>, one article per line.</summary>
/// <remarks>The file is streamed, so its size is not limited; the size limit applies to each line.</remarks>
internal static class JsonLinesReader
{
    public static IEnumerable<Found> Read(string path, long maxBytes)
    {
        if (!TryOpen(path, out var stream, out var problem))
        {
            yield return new Found(null, null, problem);
            yield break;
        }
        bool any = false;
        using (stream)
        {
            foreach (var line in ByteLines.Read(stream!, maxBytes))
            {
                var found = ReadLine(path, line);
                if (found is null) continue;
                any = true;
                yield return found;
                // One line says it for a whole binary file or answer key; the lines after it would only repeat it.
                if (found.Problem?.Code is ReadCodes.Binary or ReadCodes.AnswerKey) yield break;
            }
        }
        if (!any) yield return Found.Of(ReadCodes.NoArticles, "the file has no articles (no non-blank lines).", path);
    }

    static bool TryOpen(string path, out FileStream? stream, out Diagnostic? problem)
    {
        stream = null;
        problem = null;
        try
        {
            stream = File.OpenRead(path);
            return true;
        }
        catch (FileNotFoundException)
        {
            problem = new(ReadCodes.NotFound, "the file does not exist (it may have been removed while reading).", path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new(ReadCodes.Unreadable, $"the file cannot be read: {e.Message}", path);
        }
        return false;
    }

    /// <summary>The article or problem on one line; null for a blank line.</summary>
    static Found? ReadLine(string path, ByteLine line)
    {
        string origin = $"{path}:{line.Number}";
        string what = $"line {line.Number}";
        if (line.Bytes is null)
            return Found.Of(ReadCodes.TooLarge, $"{what} is {line.Length:N0} bytes, over the limit of one article; it was skipped unread.", origin);

        var bytes = line.Bytes.AsSpan();
        if (bytes.EndsWith((byte)'\r')) bytes = bytes[..^1];
        if (!SourceText.TryDecode(bytes, line.Offset, origin, what, out var json, out var problem))
            return new Found(null, null, problem);
        if (string.IsNullOrWhiteSpace(json)) return null;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Found.Of(ReadCodes.InvalidJson, $"{what} is not valid JSON (at byte {e.BytePositionInLine + 1} of the line); expected one JSON object per line.", origin);
        }
        using (document)
            return ReadArticle(document.RootElement, what, origin);
    }

    static Found ReadArticle(JsonElement root, string what, string origin)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Found.Of(ReadCodes.InvalidJson, $"{what} is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; expected an object with article_id and text.", origin);

        string? id = root.TryGetProperty("article_id", out var idValue) ? idValue.ValueKind switch
        {
            JsonValueKind.String => idValue.GetString(),
            JsonValueKind.Number => idValue.GetRawText(),
            _ => null,
        } : null;
        if (string.IsNullOrWhiteSpace(id))
            return Found.Of(ReadCodes.MissingField, $"{what} has no article_id (a non-empty string); every article needs one.", origin);

        if (!root.TryGetProperty("text", out var textValue) && root.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
            return Found.Of(ReadCodes.AnswerKey, $"{what} (article_id '{id}') is an answer key line (events, no text), not an article; the file is skipped (keys go to `sitrep eval --gold`).", origin);
        if (!root.TryGetProperty("text", out textValue) || textValue.ValueKind != JsonValueKind.String)
            return Found.Of(ReadCodes.MissingField, $"{what} (article_id '{id}') has no text string; every article needs one.", origin);
        string text = SourceText.NormaliseLineEndings(textValue.GetString()!);
        if (string.IsNullOrWhiteSpace(text))
            return Found.Of(ReadCodes.EmptyText, $"{what} (article_id '{id}') has empty text.", origin);

        var article = new Article(id, text)
        {
            Url = OptionalString(root, "url"),
            Title = OptionalString(root, "title"),
            Outlet = OptionalString(root, "outlet"),
            Origin = origin,
        };
        string? published = root.TryGetProperty("published", out var date) ? date.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => date.GetString(),
            _ => date.GetRawText(),
        } : null;
        return Found.Of(article, published);
    }

    static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
