namespace Sitrep.Store.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("sitrep-store-").FullName;
    readonly StoreContract _contract;

    public SqliteStoreTests() => _contract = new(() => SqliteEventStore.Open(Path.Combine(_folder, "sitrep.db")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact] public void An_ingested_event_comes_back_with_its_source_claims_and_evidence() => _contract.An_ingested_event_comes_back_with_its_source_claims_and_evidence();
    [Fact] public void A_claim_keeps_the_sentence_its_figure_was_read_from_and_figures_flag_disagreement() => _contract.A_claim_keeps_the_sentence_its_figure_was_read_from_and_figures_flag_disagreement();
    [Fact] public void Ingesting_the_same_articles_again_adds_no_event_and_no_claim() => _contract.Ingesting_the_same_articles_again_adds_no_event_and_no_claim();
    [Fact] public void A_changed_article_becomes_a_new_version_whose_events_replace_the_old_ones() => _contract.A_changed_article_becomes_a_new_version_whose_events_replace_the_old_ones();
    [Fact] public void An_article_seen_again_at_the_same_url_under_another_id_is_a_new_version() => _contract.An_article_seen_again_at_the_same_url_under_another_id_is_a_new_version();
    [Fact] public void Three_outlets_reporting_one_bombing_give_one_event_with_three_sources_and_their_claims_apart() => _contract.Three_outlets_reporting_one_bombing_give_one_event_with_three_sources_and_their_claims_apart();
    [Fact] public void Reports_two_days_apart_join_as_fusion_allows() => _contract.Reports_two_days_apart_join_as_fusion_allows();
    [Fact] public void Two_bombings_in_one_town_on_one_day_stay_two_events() => _contract.Two_bombings_in_one_town_on_one_day_stay_two_events();
    [Fact] public void An_evolving_siege_is_one_event_that_keeps_each_days_report_and_both_tolls() => _contract.An_evolving_siege_is_one_event_that_keeps_each_days_report_and_both_tolls();
    [Fact] public void Filters_select_by_date_type_actor_place_distance_and_words() => _contract.Filters_select_by_date_type_actor_place_distance_and_words();
    [Fact] public void A_date_window_finds_events_that_began_long_before_it_and_are_still_running() => _contract.A_date_window_finds_events_that_began_long_before_it_and_are_still_running();
    [Fact] public void A_facility_ledger_keeps_population_escapes_recaptures_and_at_large_by_source() => _contract.A_facility_ledger_keeps_population_escapes_recaptures_and_at_large_by_source();
    [Fact] public void An_ingest_that_fails_halfway_leaves_nothing_behind() => _contract.An_ingest_that_fails_halfway_leaves_nothing_behind();
    [Fact] public void An_unknown_event_or_facility_is_null() => _contract.An_unknown_event_or_facility_is_null();

    [Fact]
    public void A_store_reopened_keeps_its_events_and_does_not_migrate_again()
    {
        var path = Path.Combine(_folder, "reopen.db");
        using (var store = SqliteEventStore.Open(path)) store.Ingest(Fixtures.QamishliBombing().First());

        using var again = SqliteEventStore.Open(path);

        Assert.Single(again.Events(new EventQuery()));
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_a_clear_error()
    {
        var path = Path.Combine(_folder, "not-a-db.db");
        File.WriteAllText(path, "this is plain text, not SQLite, and long enough to fill a header page of the file format.");

        var e = Assert.Throws<SitrepException>(() => SqliteEventStore.Open(path));

        Assert.Contains(path, e.Message);
    }
}
