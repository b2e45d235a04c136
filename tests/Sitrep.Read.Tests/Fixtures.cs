using Sitrep.Documents;
using Sitrep.Read;

namespace Sitrep.Read.Tests;

/// <summary>Paths to the committed fixtures, scratch folders for generated ones, and short ways to read them.</summary>
static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "read", name);

    public static List<ReadResult> ReadAll(string path, ReadOptions? options = null) => ArticleReader.Read(path, options).ToList();

    public static List<Article> Articles(this IEnumerable<ReadResult> results) => results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();

    public static List<Diagnostic> Problems(this IEnumerable<ReadResult> results) => results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
}

/// <summary>A temporary folder deleted after the test.</summary>
sealed class ScratchFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("sitrep-read-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
