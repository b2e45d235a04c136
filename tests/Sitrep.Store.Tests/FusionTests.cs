using Sitrep.Fuse;
using Sitrep.Model;

namespace Sitrep.Store.Tests;

public class FusionTests
{
    static List<Report> Reports(IEnumerable<Documents.Document> docs) =>
        docs.SelectMany(d => d.Events.Select(e => new Report(d.Article.ArticleId, d.Article.Outlet, d.Published, e))).ToList();

    [Fact]
    public void One_bombing_reported_by_three_outlets_with_different_spellings_and_tolls_is_one_event()
    {
        var groups = Fusion.Cluster(Reports(Fixtures.QamishliBombing()));

        var only = Assert.Single(groups);
        Assert.Equal(["qamishli-outlet-a", "qamishli-outlet-b", "qamishli-outlet-c"], only.Select(r => r.ArticleId));
    }

    [Fact]
    public void The_merged_toll_is_low_seven_conservative_best_seven_high_nine()
    {
        var merged = Fusion.Merge(Fusion.Cluster(Reports(Fixtures.QamishliBombing()))[0]);

        Assert.Equal(new NumberRange(7, 9, 7), merged.Fatalities);
        Assert.Equal(["Qamishli", "Qamishly", "al-Qamishli"], merged.LocationMentions);
    }

    [Fact]
    public void A_car_bomb_and_a_roadside_bomb_in_one_town_on_one_day_stay_two_events()
    {
        Assert.Equal(2, Fusion.Cluster(Reports(Fixtures.TwoHasakahBombings())).Count);
    }

    [Fact]
    public void The_same_bombing_three_days_apart_is_not_fused()
    {
        var reports = Reports(Fixtures.QamishliBombing());
        var later = reports[1] with { Event = reports[1].Event with { Date = DateRange.Day(Fixtures.Tuesday.AddDays(3)) } };

        Assert.Equal(2, Fusion.Cluster([reports[0], later]).Count);
    }

    [Fact]
    public void The_same_bombing_placed_more_than_fifty_km_away_is_not_fused()
    {
        var reports = Reports(Fixtures.QamishliBombing());
        var elsewhere = reports[1] with { Event = reports[1].Event with { Location = Fixtures.Hasakah } };

        Assert.Equal(2, Fusion.Cluster([reports[0], elsewhere]).Count);
    }

    [Fact]
    public void Reports_two_days_apart_overlap_once_each_is_widened_by_a_day()
    {
        var reports = Reports(Fixtures.QamishliBombing());
        var later = reports[1] with { Event = reports[1].Event with { Date = DateRange.Day(Fixtures.Tuesday.AddDays(2)) } };

        Assert.Single(Fusion.Cluster([reports[0], later]));
    }

    [Fact]
    public void A_bombing_of_a_market_and_one_of_a_patrol_have_different_targets_and_stay_apart()
    {
        var reports = Reports(Fixtures.TwoHasakahBombings());
        var sameWeapon = reports[1] with { Event = reports[1].Event with { Tags = [EventTag.CarBomb] } };

        Assert.Equal(2, Fusion.Cluster([reports[0], sameWeapon]).Count);
    }

    [Fact]
    public void Two_events_of_one_article_are_never_fused_with_each_other()
    {
        var a = Reports(Fixtures.QamishliBombing())[0];

        Assert.Equal(2, Fusion.Cluster([a, a with { Event = a.Event with { Id = "e2" } }]).Count);
    }

    [Fact]
    public void An_evolving_siege_keeps_its_whole_span_and_the_revised_toll()
    {
        var merged = Fusion.Merge(Assert.Single(Fusion.Cluster(Reports(Fixtures.Siege()))));

        Assert.Equal(new DateRange(new(2023, 5, 1), new(2023, 5, 6), DatePrecision.Day), merged.Date);
        Assert.Equal(110, merged.Fatalities.Best);
        Assert.Equal(20, merged.Fatalities.Min);
        Assert.Equal([EventTag.PrisonAttack, EventTag.PrisonBreak], merged.Tags);
    }

    [Fact]
    public void A_siege_whose_end_is_reported_on_its_own_day_five_days_later_is_still_one_event()
    {
        var reports = Reports(Fixtures.Siege());
        var endOnly = reports[1] with { Event = reports[1].Event with { Date = DateRange.Day(new(2023, 5, 6)) } };

        var merged = Fusion.Merge(Assert.Single(Fusion.Cluster([reports[0], endOnly])));

        Assert.Equal(new DateRange(new(2023, 5, 1), new(2023, 5, 6), DatePrecision.Day), merged.Date);
    }

    [Fact]
    public void A_second_attack_on_the_same_facility_more_than_a_week_later_is_another_event()
    {
        var reports = Reports(Fixtures.Siege());
        var later = reports[1] with { Event = reports[1].Event with { Date = DateRange.Day(new(2023, 5, 10)) } };

        Assert.Equal(2, Fusion.Cluster([reports[0], later]).Count);
    }

    [Fact]
    public void Reports_a_week_apart_in_one_town_without_a_facility_are_not_fused()
    {
        var reports = Reports(Fixtures.Siege()).Select(r => r with { Event = r.Event with { Facility = null } }).ToList();
        var endOnly = reports[1] with { Event = reports[1].Event with { Date = DateRange.Day(new(2023, 5, 6)) } };

        Assert.Equal(2, Fusion.Cluster([reports[0], endOnly]).Count);
    }

    [Fact]
    public void An_incident_split_in_one_article_at_one_facility_joins_the_other_outlets_report_as_one_event()
    {
        var reports = Reports(Fixtures.Siege());
        var breakOut = reports[0] with
        {
            Event = reports[0].Event with { Id = "e2", SubEventType = SubEventType.Other, Tags = [EventTag.PrisonBreak], Location = Fixtures.TalBaydar, Actor2 = null },
        };

        var only = Assert.Single(Fusion.Cluster([reports[0], breakOut, reports[1]]));

        Assert.Equal(["siege-day-one", "siege-day-one", "siege-day-six"], only.Select(r => r.ArticleId));
    }

    [Fact]
    public void Attacks_on_two_different_prisons_in_one_town_on_one_day_stay_two_events()
    {
        var reports = Reports(Fixtures.Siege());
        var otherPrison = reports[1] with { Event = reports[1].Event with { Facility = "Tal Baydar central prison", Date = DateRange.Day(new(2023, 5, 1)) } };

        Assert.Equal(2, Fusion.Cluster([reports[0], otherPrison]).Count);
    }

    [Fact]
    public void The_clashes_around_a_prison_and_the_recapture_of_escapees_reported_elsewhere_are_one_incident()
    {
        var reports = Reports(Fixtures.Siege());
        var recapture = reports[1] with
        {
            Event = reports[1].Event with
            {
                SubEventType = SubEventType.Arrests, Tags = [EventTag.Recapture], Date = DateRange.Day(new(2023, 5, 2)),
                Actor1 = "Syrian Democratic Forces", Actor2 = "Islamic State",
            },
        };

        Assert.Single(Fusion.Cluster([reports[0], recapture]));
    }

    [Fact]
    public void A_prison_attack_coded_as_an_attack_by_one_outlet_and_a_clash_by_another_is_one_event()
    {
        var reports = Reports(Fixtures.Siege());
        var asAttack = reports[1] with { Event = reports[1].Event with { SubEventType = SubEventType.Attack } };

        Assert.Single(Fusion.Cluster([reports[0], asAttack]));
    }

    [Fact]
    public void Different_sources_giving_different_figures_are_disputed_and_best_is_the_lowest()
    {
        var claims = new[] { ("US envoy", new NumberRange(101, null, null, "over 100")), ("Russian defence minister", new NumberRange(null, 500, null, "up to 500")) }
            .Select(x => new SourcedClaim(new Claim(QuantityKind.Escaped, x.Item2, x.Item1, Certainty.Reported, default), "a", null, null))
            .ToList();

        var figure = Figures.Combine(claims);

        Assert.Equal(new Figure(101, 101, null, true, 2), figure);
    }

    [Fact]
    public void Fatalities_given_only_as_the_event_toll_become_a_claim_of_the_first_source()
    {
        var e = new Event { Id = "e1", SubEventType = SubEventType.Attack, Fatalities = NumberRange.Exactly(3), Sources = ["SOHR"] };

        var claim = Assert.Single(Figures.ClaimsOf(e));

        Assert.Equal((QuantityKind.Killed, "SOHR", 3L), (claim.What, claim.Source, claim.Range.Best!.Value));
    }

    [Fact]
    public void Detainees_freed_by_attackers_count_as_escaped_and_the_dead_of_the_attack_are_not_escapees_killed()
    {
        static LedgerClaim C(QuantityKind what, long value, string source, params EventTag[] tags) =>
            new(new SourcedClaim(new Claim(what, NumberRange.Exactly(value), source, Certainty.Reported, default), "a", null, null), null, tags);

        var ledger = FacilityLedger.Build("X prison",
        [
            C(QuantityKind.Freed, 30, "SOHR", EventTag.PrisonAttack, EventTag.Recapture),
            C(QuantityKind.Killed, 40, "SOHR", EventTag.PrisonAttack, EventTag.Recapture),
            C(QuantityKind.Recaptured, 12, "SDF", EventTag.PrisonAttack, EventTag.Recapture),
            C(QuantityKind.Killed, 3, "SDF", EventTag.Recapture),
        ]);

        Assert.Equal((30L, 3L), (ledger.Escaped.Best!.Value, ledger.KilledInRecapture.Best!.Value));
        Assert.Equal([new AtLarge("SOHR", 15, 15)], ledger.AtLarge);
    }

    [Fact]
    public void Population_takes_both_the_facts_and_the_stakes_events_carry()
    {
        static LedgerClaim C(long value, string source, params EventTag[] tags) =>
            new(new SourcedClaim(new Claim(QuantityKind.DetainedPopulation, NumberRange.Exactly(value), source, Certainty.Reported, default), "a", null, null), null, tags);

        var ledger = FacilityLedger.Build("X prison", [C(3500, "SDF"), C(900, "SOHR", EventTag.PrisonAttack)]);

        Assert.Equal([3500L, 900L], ledger.Population.Select(p => p.Claim.Claim.Range.Best!.Value));
    }

    [Fact]
    public void At_large_is_escaped_minus_recaptured_by_source()
    {
        static LedgerClaim C(QuantityKind what, NumberRange range, string source) =>
            new(new SourcedClaim(new Claim(what, range, source, Certainty.Reported, default), "a", null, null), null, [EventTag.PrisonBreak]);

        var ledger = FacilityLedger.Build("X prison",
        [
            C(QuantityKind.Escaped, new NumberRange(101, null, null, "over 100"), "US envoy"),
            C(QuantityKind.Escaped, new NumberRange(null, 500, null, "up to 500"), "Russian defence minister"),
            C(QuantityKind.Recaptured, NumberRange.Exactly(60), "SDF"),
        ]);

        Assert.Equal([new AtLarge("Russian defence minister", null, 440), new AtLarge("US envoy", 41, null)], ledger.AtLarge);
    }
}
