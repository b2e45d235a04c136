using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Read.Internal;

/// <summary>Finds the main text of a web page: the story, without navigation, comments, share bars or related links.</summary>
/// <remarks>
/// Three passes: drop elements that are never story text (by tag and ARIA role); pick the story's container
/// (the marked-up article body, else the densest block of paragraphs); inside it drop what class names, headings
/// and link density mark as boilerplate. Paragraphs are separated by a blank line, &lt;br&gt; by a line break.
/// </remarks>
internal static partial class HtmlMainText
{
    static readonly string[] NeverText =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
         "button", "select", "textarea", "input", "figure", "object", "embed", "canvas", "dialog", "menu",
         "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]",
         "[role=dialog]", "[hidden]", "[aria-hidden=true]"];

    const string StoryMarkers = "article, main, [role=main], [itemprop=articleBody], [property=articleBody]";

    /// <summary>Class or id words (whole) that mark boilerplate.</summary>
    static readonly HashSet<string> BoilerplateWords =
        ["ad", "ads", "nav", "navbar", "menu", "meta", "tag", "tags", "reply", "replies", "footer"];

    /// <summary>Class or id word beginnings that mark boilerplate ("comments-area", "relatedLinks", "share-bar").</summary>
    static readonly string[] BoilerplatePrefixes =
        ["author", "byline", "comment", "disqus", "respond", "share", "sharing", "social", "related", "recommend", "sidebar", "breadcrumb",
         "newsletter", "subscri", "signup", "advert", "sponsor", "cookie", "consent", "promo", "popup", "modal",
         "widget", "masthead", "toolbar", "outbrain", "taboola", "paywall", "readmore"];

    static readonly HashSet<string> Blocks =
        ["address", "article", "blockquote", "body", "center", "dd", "div", "dl", "dt", "figcaption", "h1", "h2", "h3",
         "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul"];

    /// <summary>The main text of a whole page.</summary>
    public static string Extract(IDocument page)
    {
        DropNeverText(page);
        var root = ChooseRoot(page);
        Prune(root);
        return Render(root);
    }

    /// <summary>The text of an HTML fragment, such as a feed item's description.</summary>
    public static string FromFragment(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        DropNeverText(page);
        var root = page.Body ?? page.DocumentElement;
        Prune(root);
        return Render(root);
    }

    static void DropNeverText(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll(string.Join(", ", NeverText)).ToList())
            if (element.QuerySelector(StoryMarkers) is null && element.LocalName is not ("body" or "html"))
                element.Remove();
    }

    static IElement ChooseRoot(IDocument page)
    {
        // A declared article body is specific enough to trust outright.
        if (page.QuerySelector("[itemprop=articleBody], [property=articleBody]") is { } body && TextLength(body) > 0) return body;
        var all = page.Body ?? page.DocumentElement;
        var densest = DensestBlock(all);
        var marked = page.QuerySelectorAll("article").MaxBy(ParagraphLength) ?? page.QuerySelector("main, [role=main]");
        // <article> and <main> are trusted unless a block elsewhere holds far more paragraph text (<article> used for teasers).
        if (marked is not null && (densest is null || ParagraphLength(marked) * 2 >= ParagraphLength(densest))) return marked;
        return densest ?? all;
    }

    /// <summary>The element whose paragraphs (and, at half weight, grandchildren paragraphs) hold the most non-link text.</summary>
    static IElement? DensestBlock(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            double weight = TextLength(paragraph) - LinkLength(paragraph);
            if (weight < 25 || paragraph.ParentElement is not { } parent) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + weight;
            if (parent.ParentElement is { } grandparent) scores[grandparent] = scores.GetValueOrDefault(grandparent) + weight / 2;
        }
        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value).Key;
    }

    static void Prune(IElement root)
    {
        int rootLength = TextLength(root);
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (!root.Contains(element)) continue;
            // A class word on a container holding most of the story ("has-sidebar") is a layout hint, not boilerplate.
            if (HasBoilerplateName(element) && TextLength(element) * 2 < rootLength) element.Remove();
            else if (IsBoilerplateHeading(element)) RemoveWithFollowing(element);
            else if (IsLinkList(element)) element.Remove();
        }
    }

    static bool HasBoilerplateName(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        if (string.IsNullOrWhiteSpace(names)) return false;
        foreach (var word in NameSeparators().Split(names.ToLowerInvariant()))
            if (word.Length > 0 && (BoilerplateWords.Contains(word) || BoilerplatePrefixes.Any(word.StartsWith)))
                return true;
        return false;
    }

    /// <summary>A heading that opens the comments, related links or share section ("Leave a Reply", "Related stories").</summary>
    /// <remarks>Paragraphs and divisions count only when short, so a story sentence such as "Comments to reporters…" never does.</remarks>
    static bool IsBoilerplateHeading(IElement element)
    {
        int longest = element.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => 200,
            "p" or "div" or "strong" or "span" => 40,
            _ => 0,
        };
        if (longest == 0 || element.Children.Length > 2) return false;
        var text = Collapse(element.TextContent);
        return text.Length <= longest && BoilerplateHeading().IsMatch(text);
    }

    /// <summary>The heading and everything after it in its container: what follows such a heading is not the story.</summary>
    static void RemoveWithFollowing(IElement heading)
    {
        while (heading.NextSibling is { } next) next.RemoveFromParent();
        heading.Remove();
    }

    /// <summary>A list or block whose text is mostly links: a related-links list, tag list or "read more" line.</summary>
    static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "section" or "p" or "table" or "dl")) return false;
        int length = TextLength(element);
        return length > 0 && LinkLength(element) >= 0.6 * length;
    }

    static int ParagraphLength(IElement element) => element.QuerySelectorAll("p").Sum(TextLength);

    static int TextLength(IElement element) => Collapse(element.TextContent).Length;

    static int LinkLength(IElement element) => element.QuerySelectorAll("a").Sum(TextLength);

    /// <summary>Writes the text: blocks become paragraphs separated by a blank line, &lt;br&gt; a line break.</summary>
    static string Render(IElement root)
    {
        var paragraphs = new List<string>();
        var lines = new List<string>();
        var line = new StringBuilder();
        Walk(root);
        EndParagraph();
        return string.Join("\n\n", paragraphs);

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) line.Append(text.Data);
                else if (child is not IElement element) continue;
                else if (element.LocalName == "br") EndLine();
                else if (Blocks.Contains(element.LocalName))
                {
                    EndParagraph();
                    Walk(element);
                    EndParagraph();
                }
                else
                {
                    Walk(element);
                    if (element.LocalName is "td" or "th") line.Append(' ');
                }
            }
        }

        void EndLine()
        {
            var collapsed = Collapse(line.ToString());
            line.Clear();
            if (collapsed.Length > 0) lines.Add(collapsed);
        }

        void EndParagraph()
        {
            EndLine();
            if (lines.Count > 0) paragraphs.Add(string.Join("\n", lines));
            lines.Clear();
        }
    }

    /// <summary>HTML white space (not no-break spaces, which are text) collapsed to one space and trimmed.</summary>
    static string Collapse(string text) => HtmlSpace().Replace(text, " ").Trim(' ');

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex HtmlSpace();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NameSeparators();

    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)|(?:\d+|one|no)?\s*(?:comments?|responses?|replies|thoughts?)(?: (?:to|on) .+)?|(?:related|recommended|popular|trending|latest|more|other|top) (?:stories|articles|posts|news|links|content|coverage|reading|videos|headlines)|more (?:on this story|from .+)|share (?:this|on|via)\b.*|you (?:may|might) also (?:like|be interested in)|read (?:more|next|also)|also read|see also|most (?:read|popular|viewed|shared)|filed under\b.*|follow us\b.*|sign up\b.*|subscribe\b.*)\s*[:.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateHeading();
}
