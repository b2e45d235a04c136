using Sitrep.Gold;
using static Sitrep.Eval.Tests.Events;

namespace Sitrep.Eval.Tests;

public sealed class GoldFileTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("sitrep-eval-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_full_gold_article_survives_a_round_trip()
    {
        var article = Article(CarBomb(), CarBomb("2015-06-01", historical: true) with { AssocActors = ["US-led coalition"], Facility = "Ghwayran prison" })
            with
            {
                Facts = [new GoldFact { What = "detained_population", Facility = "Ghwayran prison", Min = 3500, Max = 3500, Approx = "about 3,500", AsOf = "2024-03-06", Source = "Sitrep Wire", Evidence = "holds about 3,500" }],
            };
        var line = GoldJson.Serialize(article);
        var back = GoldJson.Deserialize<GoldArticle>(line);
        Assert.Equal(line, GoldJson.Serialize(back));
        Assert.Equal(article.Events[1].AssocActors, back.Events[1].AssocActors);
        Assert.Equal(article.Events[0].Location!.Lat, back.Events[0].Location!.Lat);
        Assert.Equal(article.Facts[0], back.Facts[0]);
        Assert.Contains("\"sub_event_type\":\"Remote explosive/landmine/IED\"", line);
        Assert.Contains("\"facility\":null", line);
    }

    [Fact]
    public void Reading_the_real_format_with_nulls_and_missing_optional_fields_works()
    {
        var path = Write("gold.jsonl", """
            {"article_id": "x-1", "outlet": null, "published": null, "published_basis": "unknown", "events": []}

            {"article_id": "x-2", "events": [{"id": "e1", "event_type": "Battles", "sub_event_type": "Armed clash", "date": null, "location": null, "fatalities": {"min": null, "max": null, "best": null}, "historical": true}]}
            """);
        var articles = GoldFile.Read(path);
        Assert.Equal(["x-1", "x-2"], articles.Select(a => a.ArticleId));
        var e = Assert.Single(articles[1].Events);
        Assert.Equal(("Armed clash", true, null), (e.SubEventType, e.Historical, e.Date));
        Assert.Empty(e.Tags);
        Assert.Null(e.Fatalities!.Best);
        Assert.Empty(articles[1].Facts);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        var path = Write("bad.jsonl", "{\"article_id\": \"x-1\", \"events\": []}\n{\"article_id\": \"x-2\", \"events\": [\n");
        var e = Assert.Throws<SitrepException>(() => GoldFile.Read(path));
        Assert.StartsWith($"{path}:2:", e.Message);
    }

    [Fact]
    public void A_line_without_article_id_is_refused()
    {
        var path = Write("noid.jsonl", "{\"events\": []}\n");
        Assert.StartsWith($"{path}:1:", Assert.Throws<SitrepException>(() => GoldFile.Read(path)).Message);
    }

    [Theory]
    [InlineData("{\"article_id\": \"x-1\", \"text\": \"An articles line, not a key.\"}")]
    [InlineData("{\"article_id\": \"x-1\", \"events\": null}")]
    [InlineData("[\"x-1\"]")]
    public void A_line_without_an_events_list_is_refused(string line)
    {
        var path = Write("articles.jsonl", "{\"article_id\": \"x-0\", \"events\": []}\n" + line + "\n");
        var message = Assert.Throws<SitrepException>(() => GoldFile.Read(path)).Message;
        Assert.StartsWith($"{path}:2: not a gold article", message);
    }

    [Fact]
    public void A_repeated_article_id_names_both_lines()
    {
        var path = Write("twice.jsonl", "{\"article_id\": \"x-1\", \"events\": []}\n{\"article_id\": \"x-1\", \"events\": []}\n");
        var message = Assert.Throws<SitrepException>(() => GoldFile.Read(path)).Message;
        Assert.StartsWith($"{path}:2:", message);
        Assert.Contains("line 1", message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_file_name()
    {
        var path = Path.Combine(dir, "latin1.jsonl");
        File.WriteAllBytes(path, [.. "{\"article_id\": \"x"u8, 0xE9, .. "\", \"events\": []}\n"u8]);
        Assert.Contains("UTF-8", Assert.Throws<SitrepException>(() => GoldFile.Read(path)).Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var path = Write("empty.jsonl", "\n\n");
        Assert.Equal($"{path}: holds no gold articles; expected one JSON line per article.", Assert.Throws<SitrepException>(() => GoldFile.Read(path)).Message);
    }

    [Fact]
    public void A_folder_is_named_as_a_folder()
    {
        Assert.Contains("is a folder", Assert.Throws<SitrepException>(() => GoldFile.Read(dir)).Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(dir, "nowhere.jsonl");
        Assert.Equal($"{path}: gold file not found.", Assert.Throws<SitrepException>(() => GoldFile.Read(path)).Message);
    }
}
