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
