using System.Text;
using System.Text.Json;
using Sitrep.Gold;

namespace Sitrep.Eval;

/// <summary>Reads answer keys (or predictions) in the gold JSON Lines format.</summary>
public static class GoldFile
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every article of a gold .jsonl file, in file order; blank lines are skipped.</summary>
    /// <exception cref="SitrepException">The file is missing, a folder, unreadable, empty, not UTF-8, a line is not a gold article, or an article_id repeats; the message names the file and line.</exception>
    public static IReadOnlyList<GoldArticle> Read(string path)
    {
        if (Directory.Exists(path)) throw new SitrepException($"{path}: is a folder; give the gold .jsonl file.");
        if (!File.Exists(path)) throw new SitrepException($"{path}: gold file not found.");
        var articles = new List<GoldArticle>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int number = 0;
        try
        {
            foreach (var line in File.ReadLines(path, StrictUtf8))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var article = Parse(path, number, line);
                if (!lineOf.TryAdd(article.ArticleId, number))
                    throw new SitrepException($"{path}:{number}: article_id \"{article.ArticleId}\" already given on line {lineOf[article.ArticleId]}.");
                articles.Add(article);
            }
        }
        catch (DecoderFallbackException)
        {
            throw new SitrepException($"{path}:{number + 1}: not valid UTF-8; save the file as UTF-8.");
        }
        catch (IOException e)
        {
            throw new SitrepException($"{path}: cannot be read: {e.Message}", e);
        }
        if (articles.Count == 0) throw new SitrepException($"{path}: holds no gold articles; expected one JSON line per article.");
        return articles;
    }

    static GoldArticle Parse(string path, int number, string line)
    {
        GoldArticle? article;
        try
        {
            using var json = JsonDocument.Parse(line);
            // Without this check an articles file given as the key would read as articles with no events and score quietly.
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                throw new SitrepException($"{path}:{number}: not a gold article: no \"events\" list (is this an articles file?); expected one JSON object with article_id and events.");
            article = json.RootElement.Deserialize<GoldArticle>(GoldJson.Options);
        }
        catch (JsonException e)
        {
            throw new SitrepException($"{path}:{number}: not a gold article ({e.Message}); expected one JSON object with article_id and events.", e);
        }
        if (string.IsNullOrWhiteSpace(article?.ArticleId))
            throw new SitrepException($"{path}:{number}: article_id is empty.");
        if (article.Events.Any(e => e is null))
            throw new SitrepException($"{path}:{number}: events must be a list of event objects.");
        return article;
    }
}
