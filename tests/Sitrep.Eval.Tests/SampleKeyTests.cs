using System.Text.Json;
using Sitrep.Gold;
using Sitrep.Model;

namespace Sitrep.Eval.Tests;

/// <summary>The hand-made keys in samples/gold.jsonl are valid gold lines for samples/articles.jsonl.</summary>
public class SampleKeyTests
{
    static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "samples");
    static readonly IReadOnlyList<GoldArticle> Keys = GoldFile.Read(Path.Combine(Dir, "gold.jsonl"));
    static readonly Dictionary<string, JsonElement> Articles = File.ReadLines(Path.Combine(Dir, "articles.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement)
        .ToDictionary(a => a.GetProperty("article_id").GetString()!);

    static readonly HashSet<string> Tags = Enum.GetNames<EventTag>().Select(GoldConvert.Snake).ToHashSet();
    static readonly HashSet<string> Kinds = Enum.GetNames<QuantityKind>().Select(GoldConvert.Snake).ToHashSet();

    /// <summary>The countries the samples are set in, each with a box around it (degrees) that a place's point must lie in.</summary>
    static readonly Dictionary<string, (double South, double North, double West, double East)> Countries = new()
    {
        ["SY"] = (32, 38, 35, 43), ["IQ"] = (29, 38, 38, 49), ["LB"] = (33, 35, 35, 37), ["NG"] = (4, 14, 2, 15), ["ML"] = (10, 25, -13, 5),
        ["BF"] = (9, 16, -6, 3), ["SO"] = (-2, 12, 40, 52), ["YE"] = (12, 19, 42, 54), ["AF"] = (29, 39, 60, 75),
    };

    public static TheoryData<string> Ids => [.. Keys.Select(k => k.ArticleId)];

    [Fact]
    public void Every_article_has_exactly_one_key_in_the_same_order()
    {
        Assert.Equal(Articles.Keys, Keys.Select(k => k.ArticleId));
        Assert.InRange(Keys.Count, 24, 30);
    }

    [Theory, MemberData(nameof(Ids))]
    public void The_article_is_short_and_complete(string id)
    {
        var a = Articles[id];
        var words = a.GetProperty("text").GetString()!.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 120, 350);
        Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("title").GetString()));
        Assert.True(DateOnly.TryParseExact(a.GetProperty("published").GetString(), "yyyy-MM-dd", out _));
        var key = Keys.Single(k => k.ArticleId == id);
        Assert.Equal(a.GetProperty("outlet").GetString(), key.Outlet);
        Assert.Equal(a.GetProperty("published").GetString(), key.Published);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Every_event_uses_known_types_tags_and_quantity_kinds(string id)
    {
        foreach (var e in Keys.Single(k => k.ArticleId == id).Events)
        {
            Assert.True(AcledTypes.TryParseSubEventType(e.SubEventType, out var sub), $"{id} {e.Id}: unknown sub_event_type {e.SubEventType}");
            Assert.Equal(AcledTypes.Name(AcledTypes.TypeOf(sub)), e.EventType);
            Assert.All(e.Tags, t => Assert.Contains(t, Tags));
            Assert.All(e.Quantities, q => Assert.Contains(q.What!, Kinds));
            Assert.Contains(e.Certainty!, Enum.GetNames<Certainty>().Select(GoldConvert.Snake));
        }
    }

    [Theory, MemberData(nameof(Ids))]
    public void Every_event_has_a_valid_date_place_and_figures(string id)
    {
        var published = DateOnly.Parse(Keys.Single(k => k.ArticleId == id).Published!);
        foreach (var e in Keys.Single(k => k.ArticleId == id).Events)
        {
            var (from, to) = EventDays(e);
            Assert.True(from <= to && to <= published, $"{id} {e.Id}: date {from}..{to} against published {published}");
            Assert.Contains(e.DatePrecision!, Enum.GetNames<DatePrecision>().Select(GoldConvert.Snake));
            var place = e.Location!;
            Assert.True(Countries.TryGetValue(place.Country!, out var box), $"{id} {e.Id}: country {place.Country} outside the samples' countries");
            Assert.InRange(place.Lat!.Value, box.South, box.North);
            Assert.InRange(place.Lon!.Value, box.West, box.East);
            Assert.Contains(place.Precision!, Enum.GetNames<PlacePrecision>().Select(GoldConvert.Snake));
            foreach (var r in new[] { e.Fatalities!, e.Injured! })
                Assert.True(r.Min is null || r.Max is null || r.Min <= r.Max, $"{id} {e.Id}: min above max");
        }
    }

    [Theory, MemberData(nameof(Ids))]
    public void Evidence_and_mentions_are_the_articles_own_words(string id)
    {
        var text = Articles[id].GetProperty("text").GetString()!;
        var key = Keys.Single(k => k.ArticleId == id);
        foreach (var e in key.Events)
        {
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence.Concat(e.Location!.Mentions), s => Assert.Contains(s, text));
            Assert.All(e.Quantities.Where(q => q.Approx is not null), q => Assert.Contains(q.Approx!, text));
        }
        Assert.All(key.Facts, f => Assert.Contains(f.Evidence!, text));
        Assert.All(key.Facts.Where(f => f.Approx is not null), f => Assert.Contains(f.Approx!, text));
    }

    [Fact]
    public void The_samples_cover_current_historical_and_eventless_articles()
    {
        var events = Keys.SelectMany(k => k.Events).ToArray();
        Assert.Contains(Keys, k => k.Events.Count == 0);
        Assert.Contains(events, e => e.Historical);
        Assert.Contains(events, e => e.Tags.Contains("prison_break") && e.Tags.Contains("escape"));
        Assert.Contains(events, e => e.Tags.Contains("recapture"));
        Assert.True(events.Select(e => e.SubEventType).Distinct().Count() >= 20);
        Assert.Equal(6, events.Select(e => e.EventType).Distinct().Count());
        Assert.True(events.Select(e => e.Location!.Country).Distinct().Count() >= 8);
    }

    [Fact]
    public void The_keys_score_perfectly_against_themselves()
    {
        var r = Scorer.Score(Keys, Keys);
        Assert.Equal(1.0, r.Current.F1);
        Assert.Equal(1.0, r.Historical.F1);
    }

    static (DateOnly From, DateOnly To) EventDays(GoldEvent e) => (DateOnly.Parse(e.Date!.From!), DateOnly.Parse(e.Date.To!));
}
