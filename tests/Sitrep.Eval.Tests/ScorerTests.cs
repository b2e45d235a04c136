using Sitrep.Gold;
using static Sitrep.Eval.Tests.Events;

namespace Sitrep.Eval.Tests;

public class ScorerTests
{
    [Fact]
    public void A_perfect_prediction_scores_one_everywhere()
    {
        var gold = Article(CarBomb(), CarBomb("2015-06-01", historical: true) with { Id = "e2" });
        var r = Score(gold, gold);
        foreach (var s in new[] { r.Current, r.Historical })
            Assert.Equal((1.0, 1.0, 1.0), (s.Precision, s.Recall, s.F1));
        foreach (var a in new[] { r.SubEventType, r.EventType, r.Actor1, r.Actor2, r.Fatalities, r.DateExact,
                                  r.LocationWithin25Km, r.Facility, r.Quantities, r.Published, r.Outlet })
            Assert.Equal(1.0, a.Value);
        Assert.Equal(1.0, r.TagsJaccard);
        Assert.Equal(0.0, r.MedianKmError);
        Assert.Equal(2, r.MatchedPairs);
    }

    [Fact]
    public void A_date_one_day_off_matches()
    {
        var r = Score(Article(CarBomb("2024-03-05")), Article(CarBomb("2024-03-06")));
        Assert.Equal(1, r.Current.Matched);
        Assert.Equal(0.0, r.DateExact.Value);
    }

    [Fact]
    public void A_date_two_days_off_does_not_match()
    {
        var r = Score(Article(CarBomb("2024-03-05")), Article(CarBomb("2024-03-07")));
        Assert.Equal(new EventScore(1, 1, 0), r.Current);
        Assert.Equal(0.0, r.Current.F1);
    }

    [Fact]
    public void A_range_that_contains_the_day_matches()
    {
        var week = CarBomb() with { Date = new GoldDate("2024-03-01", "2024-03-07"), DatePrecision = "week" };
        Assert.Equal(1, Score(Article(CarBomb("2024-03-05")), Article(week)).Current.Matched);
    }

    [Theory]
    [InlineData("2024-02-26", "2024-03-04", true)]  // ends the day before
    [InlineData("2024-02-26", "2024-03-03", false)] // ends two days before
    [InlineData("2024-03-06", "2024-03-12", true)]  // starts the day after
    [InlineData("2024-03-07", "2024-03-13", false)] // starts two days after
    public void A_range_matches_a_day_at_most_one_day_away(string from, string to, bool matches)
    {
        var week = CarBomb() with { Date = new GoldDate(from, to), DatePrecision = "week" };
        Assert.Equal(matches ? 1 : 0, Score(Article(CarBomb("2024-03-05")), Article(week)).Current.Matched);
        Assert.Equal(matches ? 1 : 0, Score(Article(week), Article(CarBomb("2024-03-05"))).Current.Matched);
    }

    [Fact]
    public void A_null_date_matches_only_a_null_date()
    {
        var undated = CarBomb() with { Date = null, DatePrecision = null };
        Assert.Equal(0, Score(Article(CarBomb()), Article(undated)).Current.Matched);
        Assert.Equal(0, Score(Article(undated), Article(CarBomb())).Current.Matched);
        Assert.Equal(1, Score(Article(undated), Article(undated)).Current.Matched);
    }

    [Fact]
    public void A_place_80_km_away_does_not_match()
    {
        // 0.72 degrees of latitude is about 80 km.
        var r = Score(Article(CarBomb()), Article(CarBomb(lat: 36.5024 + 0.72)));
        Assert.Equal(0, r.Current.Matched);
    }

    [Fact]
    public void A_place_within_50_km_matches_but_is_not_within_25_km()
    {
        // Qamishli (37.0522, 41.2317) lies about 73 km from Hasakah; Tal Tamr (36.6486, 40.3706) about 37 km.
        var r = Score(Article(CarBomb()), Article(CarBomb(lat: 36.6486, lon: 40.3706)));
        Assert.Equal(1, r.Current.Matched);
        Assert.Equal(0.0, r.LocationWithin25Km.Value);
        Assert.InRange(r.MedianKmError!.Value, 30, 45);
    }

    [Fact]
    public void Without_coordinates_the_same_admin1_matches_and_another_does_not()
    {
        var noPoint = CarBomb() with { Location = CarBomb().Location! with { Lat = null, Lon = null } };
        var elsewhere = noPoint with { Location = noPoint.Location! with { Admin1 = "Deir ez-Zor" } };
        Assert.Equal(1, Score(Article(CarBomb()), Article(noPoint)).Current.Matched);
        Assert.Equal(0, Score(Article(CarBomb()), Article(elsewhere)).Current.Matched);
    }

    [Fact]
    public void Admin1_names_differing_only_in_hyphens_spaces_and_case_are_the_same()
    {
        var gold = CarBomb() with { Location = new GoldLocation { Country = "SY", Admin1 = "Deir ez-Zor" } };
        var predicted = gold with { Location = gold.Location! with { Admin1 = "deir-ez-zor" } };
        Assert.Equal(1, Score(Article(gold), Article(predicted)).Current.Matched);
    }

    [Fact]
    public void Without_coordinates_or_admin1_the_same_country_matches()
    {
        var syria = CarBomb() with { Location = new GoldLocation { Name = "Syria", Country = "SY", Precision = "country" } };
        var iraq = syria with { Location = syria.Location! with { Name = "Iraq", Country = "IQ" } };
        Assert.Equal(1, Score(Article(syria), Article(syria)).Current.Matched);
        Assert.Equal(0, Score(Article(syria), Article(iraq)).Current.Matched);
    }

    [Fact]
    public void A_different_sub_event_type_does_not_match()
    {
        var strike = CarBomb() with { EventType = "Explosions/Remote violence", SubEventType = "Air/drone strike", Tags = ["airstrike"] };
        Assert.Equal(0, Score(Article(CarBomb()), Article(strike)).Current.Matched);
    }

    [Fact]
    public void Prison_attack_tag_lets_different_sub_types_match()
    {
        var clash = CarBomb() with { EventType = "Battles", SubEventType = "Armed clash", Tags = ["prison_attack", "prison_break"] };
        var bombing = CarBomb() with { Tags = ["car_bomb", "prison_attack"] };
        var r = Score(Article(clash), Article(bombing));
        Assert.Equal(1, r.Current.Matched);
        Assert.Equal(0.0, r.SubEventType.Value);
        Assert.Equal(0.0, r.EventType.Value);
        Assert.Equal(1.0 / 3, r.TagsJaccard!.Value, 6);
    }

    [Fact]
    public void One_prediction_cannot_match_two_gold_events()
    {
        var gold = Article(CarBomb("2024-03-05"), CarBomb("2024-03-06") with { Id = "e2" });
        var r = Score(gold, Article(CarBomb("2024-03-05")));
        Assert.Equal(new EventScore(2, 1, 1), r.Current);
        Assert.Equal(1.0, r.DateExact.Value);
    }

    [Fact]
    public void The_assignment_matches_as_many_gold_events_as_it_can()
    {
        // Greedy on nearest date would pair the two 5 March events first and leave 4 March and 6 March unmatched.
        var gold = Article(CarBomb("2024-03-04"), CarBomb("2024-03-05") with { Id = "e2" });
        var r = Score(gold, Article(CarBomb("2024-03-05"), CarBomb("2024-03-06") with { Id = "e2" }));
        Assert.Equal(2, r.Current.Matched);
    }

    [Fact]
    public void The_assignment_prefers_the_same_sub_type_then_the_nearest_date()
    {
        var prison = CarBomb() with { Tags = ["prison_attack"] };
        var clash = prison with { Id = "e2", EventType = "Battles", SubEventType = "Armed clash" };
        var r = Score(Article(prison), Article(clash, prison with { Id = "e3", Date = new GoldDate("2024-03-06", "2024-03-06") }));
        Assert.Equal(1.0, r.SubEventType.Value);
        Assert.Equal(0.0, r.DateExact.Value);
    }

    [Fact]
    public void Historical_events_are_scored_apart()
    {
        var past = CarBomb("2015-06-01", historical: true);
        var r = Score(Article(CarBomb(), past), Article(CarBomb("2015-06-01")));
        Assert.Equal(new EventScore(1, 1, 0), r.Current);
        Assert.Equal(new EventScore(1, 0, 0), r.Historical);
        Assert.Null(r.Historical.Precision);
    }

    [Fact]
    public void A_gold_article_without_prediction_counts_as_zero_predictions()
    {
        var r = Scorer.Score([Article(CarBomb())], []);
        Assert.Equal(new EventScore(1, 0, 0), r.Current);
        Assert.Equal((null, 0.0, 0.0), (r.Current.Precision, r.Current.Recall, r.Current.F1));
        Assert.Null(r.Historical.F1);
        Assert.Equal(0.0, r.Published.Value);
        Assert.Equal(0, r.MatchedPairs);
        Assert.Null(r.SubEventType.Value);
    }

    [Fact]
    public void Attributes_are_judged_on_matched_pairs()
    {
        var predicted = CarBomb() with
        {
            Actor1 = null,
            Fatalities = new GoldRange(4, 6, 5),
            Quantities = [new GoldQuantity { What = "killed", Min = 4, Max = 6 }],
            Facility = null,
        };
        var r = Score(Article(CarBomb()), Article(predicted) with { Published = "2024-03-05", Outlet = null });
        Assert.Equal(0.0, r.Actor1.Value);
        Assert.Equal(1.0, r.Actor2.Value);
        Assert.Equal(1.0, r.Fatalities.Value);
        Assert.Equal(0.0, r.Quantities.Value);
        Assert.Equal(1.0, r.Facility.Value);
        Assert.Equal((0.0, 0.0), (r.Published.Value, r.Outlet.Value));
    }

    [Fact]
    public void Fatalities_stated_against_unstated_are_wrong()
    {
        var r = Score(Article(CarBomb()), Article(CarBomb() with { Fatalities = null }));
        Assert.Equal(0.0, r.Fatalities.Value);
    }

    [Fact]
    public void The_table_and_json_carry_the_figures()
    {
        var r = Score(Article(CarBomb()), Article(CarBomb()));
        var table = new StringWriter();
        r.WriteTable(table);
        Assert.Contains("current", table.ToString());
        Assert.Contains("location within 25 km", table.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(r.ToJson());
        Assert.Equal(1.0, json.RootElement.GetProperty("current").GetProperty("f1").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("actor1").GetProperty("right").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("location_within_25_km").GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void A_sparse_prediction_with_json_nulls_is_scored_without_error()
    {
        var sparse = System.Text.Json.JsonSerializer.Deserialize<GoldArticle>(
            """{"article_id": "a1", "events": [{"sub_event_type": "Remote explosive/landmine/IED", "tags": null, "quantities": null, "location": null, "date": {"from": "2024-03-05", "to": "2024-03-05"}}]}""",
            GoldJson.Options)!;
        var r = Score(Article(CarBomb()), sparse);
        Assert.Equal(new EventScore(1, 1, 0), r.Current);
        Assert.Equal(new EventScore(1, 1, 1), Score(sparse, sparse).Current);
    }

    [Fact]
    public void Predicted_articles_absent_from_the_gold_are_not_scored()
    {
        var r = Scorer.Score([Article(CarBomb())], [Article(CarBomb()), Article(CarBomb()) with { ArticleId = "other" }]);
        Assert.Equal(new EventScore(1, 1, 1), r.Current);
        Assert.Equal(1, r.Articles);
    }
}
