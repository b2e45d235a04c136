using System.Text.Json;
using AngleSharp.Dom;

namespace Sitrep.Read.Internal;

/// <summary>What a page says about itself in meta tags and JSON-LD: headline, publication date as written, outlet, address.</summary>
internal sealed record HtmlMetadata(string? Title, string? Published, string? Outlet, string? Url)
{
    /// <summary>Meta tags giving the publication date, most specific first.</summary>
    static readonly string[] DateTags =
        ["article:published_time", "og:published_time", "og:article:published_time", "datepublished"];

    /// <summary>Looser date tags, trusted after JSON-LD.</summary>
    static readonly string[] LooseDateTags =
        ["dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
         "publish-date", "parsely-pub-date", "sailthru.date", "date"];

    /// <summary>Reads the metadata; call before boilerplate is removed, since JSON-LD lives in script elements.</summary>
    public static HtmlMetadata Read(IDocument page)
    {
        var meta = MetaTags(page);
        var linkedData = LinkedData(page).ToList();
        string? Tag(string key) => meta.GetValueOrDefault(key);
        string? FromLinkedData(Func<JsonElement, string?> pick) => linkedData.Select(pick).FirstOrDefault(v => v is not null);

        var outlet = Tag("og:site_name") ?? FromLinkedData(Publisher) ?? Tag("application-name");
        var published = DateTags.Select(Tag).FirstOrDefault(v => v is not null)
            ?? FromLinkedData(o => StringProperty(o, "datePublished"))
            ?? LooseDateTags.Select(Tag).FirstOrDefault(v => v is not null)
            ?? (page.QuerySelector("article time[datetime]") ?? page.QuerySelector("time[datetime]"))?.GetAttribute("datetime");
        var title = Tag("og:title") ?? Tag("twitter:title") ?? DocumentTitle(page);
        var url = Tag("og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return new(title is null ? null : WithoutOutlet(title, outlet), published, outlet, url);
    }

    /// <summary>The &lt;title&gt;, or the first &lt;h1&gt; when the title is that headline plus a site name ("Headline | Site").</summary>
    static string? DocumentTitle(IDocument page)
    {
        var title = NonBlank(page.Title);
        var heading = NonBlank(page.QuerySelector("h1")?.TextContent);
        return heading is not null && (title is null || title.StartsWith(heading, StringComparison.Ordinal)) ? heading : title;
    }

    static Dictionary<string, string> MetaTags(IDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && NonBlank(meta.GetAttribute("content")) is { } content) tags.TryAdd(key.Trim(), content);
        }
        return tags;
    }

    /// <summary>Every JSON object in the page's JSON-LD blocks, nested ones and @graph members included; broken blocks are skipped.</summary>
    static IEnumerable<JsonElement> LinkedData(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            foreach (var item in Objects(root)) yield return item;
        }
    }

    static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
                foreach (var inner in Objects(property.Value)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Objects(item)) yield return inner;
    }

    static string? Publisher(JsonElement item) =>
        !item.TryGetProperty("publisher", out var publisher) ? null
        : publisher.ValueKind == JsonValueKind.String ? NonBlank(publisher.GetString())
        : publisher.ValueKind == JsonValueKind.Object ? StringProperty(publisher, "name")
        : null;

    static string? StringProperty(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NonBlank(value.GetString()) : null;

    /// <summary>"Headline | Outlet" or "Headline - Outlet" loses the outlet.</summary>
    static string WithoutOutlet(string title, string? outlet)
    {
        if (outlet is null || !title.EndsWith(outlet, StringComparison.OrdinalIgnoreCase)) return title;
        var headline = title[..^outlet.Length].TrimEnd().TrimEnd('|', '-', '–', '—', ':', '·').TrimEnd();
        return headline.Length > 0 ? headline : title;
    }

    static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
