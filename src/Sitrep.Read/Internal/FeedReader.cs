using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Documents;

namespace Sitrep.Read.Internal;

/// <summary>Reads RSS (2.0 and 1.0) and Atom feeds: each item or entry is an article, headline first.</summary>
/// <remarks>Elements are matched by local name, so the many namespaces feeds mix (content:, dc:, atom:) all work.</remarks>
internal static partial class FeedReader
{
    static readonly string[] TextElements = ["encoded", "content", "description", "summary"];
    static readonly string[] DateElements = ["pubDate", "published", "date", "issued", "updated", "modified"];

    public static IEnumerable<Found> Read(string path, long maxBytes)
    {
        if (!SourceText.TryLoad(path, maxBytes, out var text, out var problem, markup: true))
        {
            yield return new Found(null, null, problem);
            yield break;
        }
        if (!TryParse(text, path, out var feed, out problem))
        {
            yield return new Found(null, null, problem);
            yield break;
        }
        var root = feed!.Root!;
        // RSS 2.0 nests items in <channel>, RSS 1.0 puts them beside it, Atom in <feed>; the outlet is the channel's title.
        var (container, channel) = root.Name.LocalName switch
        {
            "rss" => (Child(root, "channel"), Child(root, "channel")),
            "RDF" => (root, Child(root, "channel")),
            "feed" => (root, root),
            _ => (null, null),
        };
        if (container is null)
        {
            yield return Found.Of(ReadCodes.InvalidFeed, $"the root element is <{root.Name.LocalName}>; expected an RSS (<rss>) or Atom (<feed>) feed.", path);
            yield break;
        }
        var items = container.Elements().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0)
        {
            yield return Found.Of(ReadCodes.NoArticles, "the feed has no items.", path);
            yield break;
        }
        var outlet = channel is null ? null : Value(Child(channel, "title"));
        for (int i = 0; i < items.Count; i++)
            yield return ReadItem(items[i], i + 1, outlet, path);
    }

    static bool TryParse(string text, string path, out XDocument? feed, out Diagnostic? problem)
    {
        feed = null;
        problem = null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            feed = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return true;
        }
        catch (XmlException e)
        {
            problem = new(ReadCodes.InvalidFeed, $"the feed is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {XmlPosition().Replace(e.Message, "")}", path);
            return false;
        }
    }

    static Found ReadItem(XElement item, int number, string? outlet, string path)
    {
        var origin = item is IXmlLineInfo info && info.HasLineInfo() ? $"{path}:{info.LineNumber}" : path;
        var title = Value(Child(item, "title"));
        var body = TextElements.Select(name => Child(item, name)).Where(e => e is not null).Select(BodyText)
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var link = Link(item);
        var id = Value(Child(item, "guid")) ?? Value(Child(item, "id")) ?? link ?? $"{Path.GetFileNameWithoutExtension(path)}#{number}";
        if (body is null)
            return Found.Of(ReadCodes.EmptyText, $"feed item {number} ('{title ?? id}') has no text (no content, description or summary).", origin);
        var article = new Article(id, SourceText.NormaliseLineEndings(Headline.Prepend(title, body))) { Title = title, Url = link, Outlet = outlet, Origin = origin };
        return Found.Of(article, DateElements.Select(name => Value(Child(item, name))).FirstOrDefault(d => d is not null));
    }

    /// <summary>An item's text with markup removed; Atom's inline XHTML is read as HTML, its plain text kept as is.</summary>
    static string BodyText(XElement? element)
    {
        var type = (string?)element!.Attribute("type");
        if (type == "text") return element.Value.Trim();
        var html = type == "xhtml" ? string.Concat(element.Nodes()) : element.Value;
        return HtmlMainText.FromFragment(html);
    }

    /// <summary>RSS gives the link as text; Atom as the href of the alternate link.</summary>
    static string? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var atom = links.FirstOrDefault(l => l.Attribute("href") is not null && ((string?)l.Attribute("rel") ?? "alternate") == "alternate");
        return atom is not null ? Trimmed((string?)atom.Attribute("href")) : links.Select(Value).FirstOrDefault(v => v is not null);
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex XmlPosition();

    static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    static string? Value(XElement? element) => element is null ? null : Trimmed(element.Value);

    static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
