using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class FeedTests
{
    [Fact]
    public void Rss_items_become_articles_with_full_content_preferred_over_the_summary()
    {
        var results = Fixtures.ReadAll(Fixtures.Path("feed.rss"));
        var articles = results.Articles();

        Assert.Equal(["fm-2024-0412", "https://monitor.example/tarsa-release"], articles.Select(a => a.ArticleId));
        var bridge = articles[0];
        Assert.Equal("Bridge near Halen damaged by shelling\n\n" +
            "Artillery fire damaged the only road bridge into Halen overnight, cutting the town off from the provincial capital.\n\n" +
            "No casualties were reported, the district governor said.", bridge.Text);
        Assert.Equal("Frontier Monitor", bridge.Outlet);
        Assert.Equal("https://monitor.example/halen-bridge", bridge.Url);
        Assert.Equal(new DateOnly(2024, 4, 12), bridge.Published);
    }

    [Fact]
    public void Escaped_html_in_an_rss_description_is_stripped_and_a_named_time_zone_parsed()
    {
        var tarsa = Fixtures.ReadAll(Fixtures.Path("feed.rss")).Articles()[1];

        Assert.Equal("Aid workers released in Tarsa\n\nThree aid workers abducted last month in Tarsa were freed on Thursday, their organisation said.", tarsa.Text);
        Assert.Equal(new DateOnly(2024, 4, 11), tarsa.Published);
    }

    [Fact]
    public void An_item_without_text_is_reported_with_its_line()
    {
        var problem = Assert.Single(Fixtures.ReadAll(Fixtures.Path("feed.rss")).Problems());

        Assert.Equal(ReadCodes.EmptyText, problem.Code);
        Assert.EndsWith("feed.rss:21", problem.Origin);
        Assert.Contains("Headline only", problem.Message);
    }

    [Fact]
    public void Atom_entries_take_id_alternate_link_published_date_and_content_or_summary()
    {
        var articles = Fixtures.ReadAll(Fixtures.Path("feed.atom")).Articles();

        var mirna = articles[0];
        Assert.Equal("urn:lakeside:2020:mirna", mirna.ArticleId);
        Assert.Equal("https://observer.example/mirna", mirna.Url);
        Assert.Equal("Lakeside Observer", mirna.Outlet);
        Assert.Equal(new DateOnly(2020, 2, 19), mirna.Published);
        Assert.Equal("Clashes erupt at Mirna crossing\n\nBorder guards and smugglers exchanged fire at the Mirna crossing on Wednesday night.\n\nOne guard was wounded.", mirna.Text);
        var denial = articles[1];
        Assert.Equal(new DateOnly(2020, 2, 18), denial.Published);
        Assert.EndsWith("more than 200 people had been arrested in the capital.", denial.Text);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_its_line()
    {
        var problem = Assert.Single(Fixtures.ReadAll(Fixtures.Path("broken.xml"))).Problem!;

        Assert.Equal(ReadCodes.InvalidFeed, problem.Code);
        Assert.Contains("line 1", problem.Message);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_reported()
    {
        var problem = Assert.Single(Fixtures.ReadAll(Fixtures.Path("not-a-feed.xml"))).Problem!;

        Assert.Equal(ReadCodes.InvalidFeed, problem.Code);
        Assert.Contains("<html>", problem.Message);
    }

    [Fact]
    public void A_feed_without_items_is_reported()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("quiet.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");

        Assert.Equal(ReadCodes.NoArticles, Assert.Single(Fixtures.ReadAll(path)).Problem!.Code);
    }

    [Fact]
    public void Rss_1_items_beside_the_channel_are_read_with_their_dublin_core_date()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("rdf.rss", """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://valley.example/"><title>Valley Courier</title></channel>
              <item rdf:about="https://valley.example/ambush">
                <title>Patrol ambushed</title>
                <link>https://valley.example/ambush</link>
                <description>Gunmen ambushed an army patrol in the valley on Monday.</description>
                <dc:date>2018-06-04T10:00:00+02:00</dc:date>
              </item>
            </rdf:RDF>
            """);

        var article = Assert.Single(Fixtures.ReadAll(path)).Article!;

        Assert.Equal("https://valley.example/ambush", article.ArticleId);
        Assert.Equal("Valley Courier", article.Outlet);
        Assert.Equal(new DateOnly(2018, 6, 4), article.Published);
        Assert.Equal("Patrol ambushed\n\nGunmen ambushed an army patrol in the valley on Monday.", article.Text);
    }
}
