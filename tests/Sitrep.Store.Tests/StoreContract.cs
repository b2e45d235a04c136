using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Store.Tests;

/// <summary>The behaviour every <see cref="IEventStore"/> must show; each backend's test class runs all of it.</summary>
/// <param name="open">Opens an empty store.</param>
public sealed class StoreContract(Func<IEventStore> open)
{
    static IReadOnlyList<IngestResult> IngestAll(IEventStore store, IEnumerable<Document> docs) => docs.Select(store.Ingest).ToList();

    public void An_ingested_event_comes_back_with_its_source_claims_and_evidence()
    {
        using var store = open();
        var doc = Fixtures.QamishliBombing().First();

        var result = store.Ingest(doc);

        Assert.Equal(new IngestResult(ArticleOutcome.New, 1, 1, 1, 1), result);
        var e = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal((SubEventType.RemoteExplosiveLandmineIed, "Qamishli"), (e.Event.SubEventType, e.Event.Location?.Name));
        var source = Assert.Single(e.Sources);
        Assert.Equal(("qamishli-outlet-a", "AFP", 1), (source.ArticleId, source.Outlet, source.Version));
        Assert.Equal(doc[doc.Events[0].Evidence[0]], Assert.Single(source.Evidence));
        var claim = Assert.Single(e.Claims);
        Assert.Equal(("killing seven people", "Syrian Observatory for Human Rights", 7L), (claim.Evidence, claim.Claim.Source, claim.Claim.Range.Best!.Value));
        var again = store.Event(e.Id)!;
        Assert.Equal((e.Id, 1, 1, e.Fatalities), (again.Id, again.Sources.Count, again.Claims.Count, again.Fatalities));
    }

    public void A_claim_keeps_the_sentence_its_figure_was_read_from_and_figures_flag_disagreement()
    {
        using var store = open();
        var docs = Fixtures.QamishliBombing().ToList();
        foreach (var d in docs) d.Sentences = [new Sentence(Fixtures.Span(d, d.Text.Split('\n')[2].Split(". ")[0]))];

        IngestAll(store, docs);

        var e = Assert.Single(store.Events(new EventQuery()));
        Assert.All(e.Claims, c => Assert.Contains(c.Claim.Range.Words!, c.Evidence));
        Assert.All(e.Claims, c => Assert.True(c.Evidence.Length > c.Claim.Range.Words!.Length + 20, c.Evidence));
        var (what, figure) = Assert.Single(e.Figures());
        Assert.Equal((QuantityKind.Killed, new Fuse.Figure(7, 7, 9, true, 3)), (what, figure));
    }

    public void Ingesting_the_same_articles_again_adds_no_event_and_no_claim()
    {
        using var store = open();
        IngestAll(store, Fixtures.QamishliBombing());
        var before = store.Events(new EventQuery());

        var again = IngestAll(store, Fixtures.QamishliBombing());

        Assert.All(again, r => Assert.Equal(new IngestResult(ArticleOutcome.Unchanged, 1, 0, 0, 0), r));
        var after = store.Events(new EventQuery());
        Assert.Equal(before.Select(e => (e.Id, e.Claims.Count, e.Sources.Count)), after.Select(e => (e.Id, e.Claims.Count, e.Sources.Count)));
    }

    public void A_changed_article_becomes_a_new_version_whose_events_replace_the_old_ones()
    {
        using var store = open();
        var original = Fixtures.QamishliBombing().First();
        store.Ingest(original);
        var corrected = new Document(original.Article with { Text = original.Text.Replace("killing seven", "killing eleven") })
        {
            Events = [original.Events[0] with { Fatalities = NumberRange.Exactly(11), Quantities = [] }],
        };

        var result = store.Ingest(corrected);

        Assert.Equal((ArticleOutcome.Updated, 2), (result.Outcome, result.Version));
        var e = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal(2, Assert.Single(e.Sources).Version);
        Assert.Equal(11, Assert.Single(e.Claims).Claim.Range.Best);
    }

    public void An_article_seen_again_at_the_same_url_under_another_id_is_a_new_version()
    {
        using var store = open();
        var doc = Fixtures.QamishliBombing().First();
        var atUrl = new Document(doc.Article with { Url = "https://example.org/qamishli" }) { Events = doc.Events };
        store.Ingest(atUrl);
        var renamed = new Document(atUrl.Article with { ArticleId = "renamed", Text = atUrl.Text + " Updated." }) { Events = doc.Events };

        Assert.Equal(ArticleOutcome.Updated, store.Ingest(renamed).Outcome);
        Assert.Equal("renamed", Assert.Single(Assert.Single(store.Events(new EventQuery())).Sources).ArticleId);
    }

    public void Three_outlets_reporting_one_bombing_give_one_event_with_three_sources_and_their_claims_apart()
    {
        using var store = open();

        var results = IngestAll(store, Fixtures.QamishliBombing());

        Assert.Equal([1, 0, 0], results.Select(r => r.NewEvents));
        var e = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal(["AFP", "Reuters", "AP"], e.Sources.Select(s => s.Outlet));
        Assert.Equal(["Syrian Observatory for Human Rights", "Kurdish officials", "Syrian Democratic Forces"], e.Claims.Select(c => c.Claim.Source));
        Assert.Equal(new Fuse.Figure(7, 7, 9, true, 3), e.Fatalities);
    }

    public void Reports_two_days_apart_join_as_fusion_allows()
    {
        using var store = open();
        var docs = Fixtures.QamishliBombing().Take(2).ToList();
        docs[1].Events = [docs[1].Events[0] with { Date = DateRange.Day(Fixtures.Tuesday.AddDays(2)) }];

        Assert.Equal([1, 0], IngestAll(store, docs).Select(r => r.NewEvents));
    }

    public void Two_bombings_in_one_town_on_one_day_stay_two_events()
    {
        using var store = open();

        IngestAll(store, Fixtures.TwoHasakahBombings());

        Assert.Equal(2, store.Events(new EventQuery()).Count);
    }

    public void An_evolving_siege_is_one_event_that_keeps_each_days_report_and_both_tolls()
    {
        using var store = open();
        var days = Fixtures.Siege().ToList();
        var end = days[1];
        end.Events = [end.Events[0] with { Date = DateRange.Day(new(2023, 5, 6)) }];

        var results = IngestAll(store, days);

        Assert.Equal([1, 0], results.Select(r => r.NewEvents));
        var e = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal([(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 1)), (new DateOnly(2023, 5, 6), new DateOnly(2023, 5, 6))],
            e.Sources.Select(s => (s.Event.Date!.From, s.Event.Date.To)));
        Assert.Equal([20L, 110L], e.Claims.Where(c => c.Claim.What == QuantityKind.Killed).Select(c => c.Claim.Range.Best!.Value));
        Assert.Equal(new Fuse.Figure(20, 110, 110, false, 2), e.Fatalities);
        Assert.Equal(new DateRange(new(2023, 5, 1), new(2023, 5, 6), DatePrecision.Day), e.Event.Date);
    }

    public void Filters_select_by_date_type_actor_place_distance_and_words()
    {
        using var store = open();
        IngestAll(store, Fixtures.QamishliBombing().Concat(Fixtures.TwoHasakahBombings()).Concat(Fixtures.Siege()));
        int Count(EventQuery q) => store.Events(q).Count;

        Assert.Equal(4, Count(new EventQuery()));
        Assert.Equal(3, Count(new EventQuery { From = new(2023, 3, 1), To = new(2023, 3, 31) }));
        Assert.Equal(1, Count(new EventQuery { Type = "prison_break" }));
        Assert.Equal(3, Count(new EventQuery { Type = "Explosions/Remote violence" }));
        Assert.Equal(1, Count(new EventQuery { Actor = "islamic state" }));
        Assert.Equal(1, Count(new EventQuery { Place = "qamishli" }));
        Assert.Equal(4, Count(new EventQuery { Place = "al-hasakah" }));
        Assert.Equal(1, Count(new EventQuery { Near = new Near(37.05, 41.2, 10) }));
        Assert.Equal(3, Count(new EventQuery { Near = new Near(36.6, 40.8, 50) }));
        Assert.Equal(1, Count(new EventQuery { Text = "ROADSIDE BOMB" }));
        Assert.Equal(1, Count(new EventQuery { Facility = "tal baydar" }));
        Assert.Equal(2, Count(new EventQuery { Limit = 2 }));
    }

    public void A_date_window_finds_events_that_began_long_before_it_and_are_still_running()
    {
        using var store = open();
        var docs = Fixtures.QamishliBombing().Take(2).ToList();
        docs[0].Events = [docs[0].Events[0] with { Date = new DateRange(new(2023, 1, 1), new(2023, 3, 31), DatePrecision.Month) }];
        docs[1].Events = [docs[1].Events[0] with { Date = new DateRange(new(2023, 2, 11), new(2023, 3, 13), DatePrecision.Month) }];
        IngestAll(store, docs);

        Assert.Equal(2, store.Events(new EventQuery { From = new(2023, 3, 13), To = new(2023, 3, 20) }).Count);
        Assert.Single(store.Events(new EventQuery { From = new(2023, 3, 14), Near = new Near(37.05, 41.2, 10) }));
        Assert.Empty(store.Events(new EventQuery { From = new(2023, 4, 1) }));
    }

    public void A_facility_ledger_keeps_population_escapes_recaptures_and_at_large_by_source()
    {
        using var store = open();
        IngestAll(store, Fixtures.Siege());

        var facility = Assert.Single(store.Facilities());
        var report = store.Facility("TAL BAYDAR")!;

        Assert.Equal(("Tal Baydar detention centre", 1), (facility.Name, facility.Events));
        var population = Assert.Single(report.Ledger.Population);
        Assert.Equal((600L, new DateOnly(2023, 5, 1)), (population.Claim.Claim.Range.Best!.Value, population.When!.Value));
        Assert.Equal((40L, 25L), (report.Ledger.Escaped.Best!.Value, report.Ledger.Recaptured.Best!.Value));
        Assert.Equal([new Fuse.AtLarge("Syrian Democratic Forces", 15, 15)], report.Ledger.AtLarge);
        Assert.Single(report.Events);
    }

    public void An_ingest_that_fails_halfway_leaves_nothing_behind()
    {
        using var store = open();
        var doc = Fixtures.QamishliBombing().First();
        var good = doc.Events[0];
        // A NaN coordinate cannot be stored, so the second event fails after the first is written.
        var broken = new Document(doc.Article) { Events = [good, good with { Id = "e2", Location = Fixtures.Qamishli with { Lat = double.NaN } }] };

        Assert.ThrowsAny<Exception>(() => store.Ingest(broken));

        Assert.Empty(store.Events(new EventQuery()));
        Assert.Equal(ArticleOutcome.New, store.Ingest(doc).Outcome);
    }

    public void An_unknown_event_or_facility_is_null()
    {
        using var store = open();

        Assert.Null(store.Event(42));
        Assert.Null(store.Facility("nowhere"));
    }
}
