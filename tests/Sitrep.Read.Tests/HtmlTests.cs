using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class HtmlTests
{
    static readonly Documents.Article Page = Assert.Single(Fixtures.ReadAll(Fixtures.Path("page.html"))).Article!;

    [Fact]
    public void Only_the_story_survives_navigation_share_bar_related_links_comments_and_footer()
    {
        Assert.Equal(
            "Drone strike kills four in Basrin district\n\n" +
            "A drone strike on a vehicle in the Basrin district killed four men on Monday evening, two local officials said.\n\n" +
            "The officials, who spoke on condition of anonymity, said the men were members of an armed group that has " +
            "clashed with government forces since January. Fighting in the area has displaced thousands.\n\n" +
            "No group has claimed the strike.\nThe defence ministry declined to comment.",
            Page.Text);
    }

    [Fact]
    public void Title_outlet_date_and_address_come_from_the_meta_tags()
    {
        Assert.Equal("page", Page.ArticleId);
        Assert.Equal("Drone strike kills four in Basrin district", Page.Title);
        Assert.Equal("The Daily Ledger", Page.Outlet);
        Assert.Equal(new DateOnly(2024, 5, 14), Page.Published);
        Assert.Equal("https://ledger.example/world/basrin-drone-strike", Page.Url);
    }

    [Fact]
    public void Without_article_markup_the_densest_block_is_the_story_and_json_ld_gives_date_and_publisher()
    {
        var article = Assert.Single(Fixtures.ReadAll(Fixtures.Path("page-jsonld.html"))).Article!;

        Assert.Equal("Protest dispersed in Ostrava Nova", article.Title);
        Assert.Equal("Northern Herald", article.Outlet);
        Assert.Equal(new DateOnly(2021, 9, 3), article.Published);
        Assert.StartsWith("Protest dispersed in Ostrava Nova\n\nPolice used tear gas", article.Text);
        Assert.EndsWith("since the council raised fuel prices in July.", article.Text);
        Assert.DoesNotContain("Most read", article.Text);
        Assert.DoesNotContain("Leave a Reply", article.Text);
    }

    [Fact]
    public void A_title_already_opening_the_body_is_not_repeated()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("h1.html", "<html><head><title>Town retaken</title></head><body><article><h2>Town retaken</h2><p>Government troops retook the town of Serro on Sunday after a week of fighting.</p></article></body></html>");

        var article = Assert.Single(Fixtures.ReadAll(path)).Article!;

        Assert.Equal("Town retaken\n\nGovernment troops retook the town of Serro on Sunday after a week of fighting.", article.Text);
    }

    [Fact]
    public void A_story_container_with_a_layout_class_word_is_kept()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("layout.html", "<html><body><div class=\"page has-sidebar\"><p>Clashes broke out between two armed factions in the old quarter of Lorin on Friday.</p><p>Residents said the fighting lasted several hours before elders negotiated a truce.</p></div></body></html>");

        var article = Assert.Single(Fixtures.ReadAll(path)).Article!;

        Assert.StartsWith("Clashes broke out", article.Text);
        Assert.EndsWith("negotiated a truce.", article.Text);
    }

    [Fact]
    public void An_unparsable_meta_date_is_reported_and_the_page_kept()
    {
        var results = Fixtures.ReadAll(Fixtures.Path("page-nodate.html"));

        Assert.Equal(ReadCodes.UnparsableDate, Assert.Single(results.Problems()).Code);
        Assert.Null(Assert.Single(results.Articles()).Published);
    }

    [Fact]
    public void A_page_with_no_story_text_is_reported_as_empty()
    {
        var problem = Assert.Single(Fixtures.ReadAll(Fixtures.Path("empty-page.html"))).Problem!;

        Assert.Equal(ReadCodes.EmptyText, problem.Code);
    }

    [Fact]
    public void A_story_sentence_that_starts_like_a_comments_heading_does_not_end_the_story()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("sentence.html", "<html><body><article><p>Police fired on a crowd in Merino on Sunday, killing two people, witnesses said.</p><p>Comments to reporters by the governor drew criticism.</p><p>The governor later said an inquiry would be opened into the shooting.</p><h3>2 thoughts on \u201cPolice fire on crowd\u201d</h3><p>Reader comment that must go.</p></article></body></html>");

        var text = Assert.Single(Fixtures.ReadAll(path)).Article!.Text;

        Assert.EndsWith("an inquiry would be opened into the shooting.", text);
        Assert.Contains("Comments to reporters", text);
    }

    [Fact]
    public void A_wordpress_post_keeps_its_story_and_loses_meta_ads_also_read_share_related_comments_and_widgets()
    {
        var article = Assert.Single(Fixtures.ReadAll(Fixtures.Path("wordpress.html"))).Article!;

        Assert.Equal("Militants storm police post in Kharan", article.Title);
        Assert.Equal("Border Voice", article.Outlet);
        Assert.Equal(new DateOnly(2022, 8, 3), article.Published);
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(5, paragraphs.Length);
        Assert.Equal("Militants storm police post in Kharan", paragraphs[0]);
        Assert.StartsWith("KHARAN: Armed men attacked", paragraphs[1]);
        Assert.Equal("Security forces launched a search operation in the area, the officer added.", paragraphs[4]);
    }

    [Fact]
    public void Teaser_articles_in_a_side_column_lose_to_the_denser_story_block()
    {
        var article = Assert.Single(Fixtures.ReadAll(Fixtures.Path("newsroom.html"))).Article!;

        Assert.Equal("Eastern Times", article.Outlet);
        Assert.Equal(new DateOnly(2021, 4, 17), article.Published);
        Assert.StartsWith("Dozens detained after rally in Selvan turns violent\n\nSELVAN, April 17", article.Text);
        Assert.EndsWith("(Reporting by Eastern Times staff; editing by the desk)", article.Text);
        foreach (var junk in new[] { "Advertisement", "READ ALSO", "Bread prices", "Tweet", "More from", "cookies", "teaser" })
            Assert.DoesNotContain(junk, article.Text);
    }

    [Fact]
    public void An_rdfa_article_body_is_taken_as_the_story()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("rdfa.html", "<html><body><div class=\"index\"><p>A long list of other headlines that is longer than the story itself, to tempt a density count into the wrong block entirely.</p><p>And another teaser paragraph in the same index block, also long enough to count as text.</p></div><div property=\"articleBody\"><p>Fighters overran an army post near Dorin at dawn on Monday, officials said.</p></div></body></html>");

        Assert.Equal("Fighters overran an army post near Dorin at dawn on Monday, officials said.", Assert.Single(Fixtures.ReadAll(path)).Article!.Text);
    }

    [Fact]
    public void A_page_title_with_an_unknown_site_suffix_gives_way_to_the_headline_it_starts_with()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("suffix.html", "<html><head><title>Curfew lifted in Lorin | Plains Daily Online</title></head><body><article><h1>Curfew lifted in Lorin</h1><p>The authorities lifted the curfew in Lorin on Monday after a week without clashes.</p></article></body></html>");

        var article = Assert.Single(Fixtures.ReadAll(path)).Article!;

        Assert.Equal("Curfew lifted in Lorin", article.Title);
        Assert.Equal("Curfew lifted in Lorin\n\nThe authorities lifted the curfew in Lorin on Monday after a week without clashes.", article.Text);
    }
}
