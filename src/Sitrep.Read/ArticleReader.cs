using Sitrep.Documents;
using Sitrep.Read.Internal;

namespace Sitrep.Read;

/// <summary>Reads news articles from a JSON Lines file, a web page, a text file, an RSS or Atom feed, or a folder of them.</summary>
/// <remarks>
/// Bad input never throws: each problem is one <see cref="ReadResult"/> with a <see cref="Diagnostic"/> (codes in
/// <see cref="ReadCodes"/>) naming the file, and the JSON Lines line, and reading goes on with the rest.
/// Article text is kept exactly as the source gives it, except that a byte-order mark is dropped and line endings
/// become \n, so offsets into <see cref="Article.Text"/> stay true to the source.
/// </remarks>
public static class ArticleReader
{
    /// <summary>File extensions read in a folder, and the reader of each.</summary>
    static readonly Dictionary<string, Func<string, long, IEnumerable<Found>>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = JsonLinesReader.Read,
        [".txt"] = (path, max) => [TextFileReader.Read(path, max)],
        [".html"] = (path, max) => [HtmlFileReader.Read(path, max)],
        [".htm"] = (path, max) => [HtmlFileReader.Read(path, max)],
        [".xml"] = FeedReader.Read,
        [".rss"] = FeedReader.Read,
        [".atom"] = FeedReader.Read,
    };

    /// <summary>Reads every article at <paramref name="path"/> lazily, in input order (a folder: files sorted by path, subfolders included).</summary>
    /// <remarks>An article_id seen twice keeps its first article; the later ones are reported and skipped.</remarks>
    public static IEnumerable<ReadResult> Read(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ReadOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var found in ReadPath(path, options.MaxBytes))
        {
            if (found.Problem is not null)
            {
                yield return ReadResult.Of(found.Problem);
                continue;
            }
            var article = found.Article!;
            var origin = article.Origin ?? path;
            if (firstSeen.TryGetValue(article.ArticleId, out var first))
            {
                yield return ReadResult.Of(new Diagnostic(ReadCodes.DuplicateId,
                    $"article_id '{article.ArticleId}' was already read from {first}; the first is kept, this one skipped.", origin));
                continue;
            }
            firstSeen.Add(article.ArticleId, origin);
            if (options.Published is { } given) article = article with { Published = given };
            else if (!string.IsNullOrWhiteSpace(found.PublishedText))
            {
                if (PublishedDate.TryParse(found.PublishedText, out var day)) article = article with { Published = day };
                else yield return ReadResult.Of(new Diagnostic(ReadCodes.UnparsableDate,
                    $"publication date '{found.PublishedText}' is not a date (expected e.g. 2024-05-14 or an ISO 8601 timestamp); the article is read without one.", origin));
            }
            yield return ReadResult.Of(article);
        }
    }

    static IEnumerable<Found> ReadPath(string path, long maxBytes)
    {
        if (Directory.Exists(path)) return ReadFolder(path, maxBytes);
        if (!File.Exists(path)) return [Found.Of(ReadCodes.NotFound, "no such file or folder.", path)];
        var extension = Path.GetExtension(path);
        if (!Readers.TryGetValue(extension, out var reader))
        {
            var kind = extension.Length == 0 ? "a file without an extension (its kind is told by the extension)" : $"'{extension}' files";
            return [Found.Of(ReadCodes.UnsupportedExtension, $"cannot read {kind}; expected {SupportedList}.", path)];
        }
        return reader(path, maxBytes);
    }

    static IEnumerable<Found> ReadFolder(string folder, long maxBytes)
    {
        var files = ArticleFiles(folder).OrderBy(file => Path.GetRelativePath(folder, file), StringComparer.Ordinal).ToList();
        if (files.Count == 0) return [Found.Of(ReadCodes.NoArticles, $"the folder holds no articles (no {SupportedList} files).", folder)];
        return files.SelectMany(file => Readers[Path.GetExtension(file)](file, maxBytes));
    }

    /// <summary>Readable files in the folder and its subfolders; hidden entries and linked folders (which can loop) are left out.</summary>
    static IEnumerable<string> ArticleFiles(string folder)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var directory = new DirectoryInfo(folder);
        return directory.EnumerateFiles("*", options)
            .Where(file => Readers.ContainsKey(file.Extension))
            .Select(file => Path.Combine(folder, file.Name))
            .Concat(directory.EnumerateDirectories("*", options)
                .Where(sub => sub.LinkTarget is null)
                .SelectMany(sub => ArticleFiles(Path.Combine(folder, sub.Name))));
    }

    static string SupportedList => string.Join(", ", Readers.Keys);
}
