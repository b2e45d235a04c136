using AngleSharp.Html.Parser;

namespace Sitrep.Read.Internal;

/// <summary>Reads one web page: its main text, headline first, with date, outlet and address from its metadata.</summary>
internal static class HtmlFileReader
{
    public static Found Read(string path, long maxBytes)
    {
        if (!SourceText.TryLoad(path, maxBytes, out var html, out var problem, markup: true)) return new Found(null, null, problem);
        var page = new HtmlParser().ParseDocument(html);
        var meta = HtmlMetadata.Read(page);
        var body = HtmlMainText.Extract(page);
        if (string.IsNullOrWhiteSpace(body))
            return Found.Of(ReadCodes.EmptyText, "no article text found in the page (it may be built by script, or be an index page).", path);
        var article = new Documents.Article(Path.GetFileNameWithoutExtension(path), Headline.Prepend(meta.Title, body))
        {
            Title = meta.Title,
            Outlet = meta.Outlet,
            Url = meta.Url,
            Origin = path,
        };
        return Found.Of(article, meta.Published);
    }
}
