using Npgsql;
using Sitrep.Store.Postgres;

namespace Sitrep.Store.Tests;

/// <summary>A test that needs the PostgreSQL server named by SITREP_TEST_POSTGRES; skipped with a message when none is set outside CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The test server's URL, or null.</summary>
    public static string? Url => Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES") is { Length: > 0 } url ? url : null;

    public PostgresFactAttribute()
    {
        if (Url is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "SITREP_TEST_POSTGRES is not set: start a server with `source .ci/postgres.sh` to run the PostgreSQL tests.";
    }
}

public sealed class PostgresStoreTests
{
    readonly StoreContract _contract = new(OpenEmpty);

    // Each test starts from an empty schema; the tests of this class run one at a time.
    static IEventStore OpenEmpty()
    {
        var url = PostgresFactAttribute.Url ?? throw new InvalidOperationException("CI=true but SITREP_TEST_POSTGRES is not set; .ci/postgres.sh did not start PostgreSQL.");
        using (var connection = new NpgsqlConnection(PostgresEventStore.ConnectionString(url)))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE IF EXISTS claims, reports, canonical_events, articles, schema_version CASCADE";
            drop.ExecuteNonQuery();
        }
        return PostgresEventStore.Open(url);
    }

    [PostgresFact] public void An_ingested_event_comes_back_with_its_source_claims_and_evidence() => _contract.An_ingested_event_comes_back_with_its_source_claims_and_evidence();
    [PostgresFact] public void A_claim_keeps_the_sentence_its_figure_was_read_from_and_figures_flag_disagreement() => _contract.A_claim_keeps_the_sentence_its_figure_was_read_from_and_figures_flag_disagreement();
    [PostgresFact] public void Ingesting_the_same_articles_again_adds_no_event_and_no_claim() => _contract.Ingesting_the_same_articles_again_adds_no_event_and_no_claim();
    [PostgresFact] public void A_changed_article_becomes_a_new_version_whose_events_replace_the_old_ones() => _contract.A_changed_article_becomes_a_new_version_whose_events_replace_the_old_ones();
    [PostgresFact] public void An_article_seen_again_at_the_same_url_under_another_id_is_a_new_version() => _contract.An_article_seen_again_at_the_same_url_under_another_id_is_a_new_version();
    [PostgresFact] public void Three_outlets_reporting_one_bombing_give_one_event_with_three_sources_and_their_claims_apart() => _contract.Three_outlets_reporting_one_bombing_give_one_event_with_three_sources_and_their_claims_apart();
    [PostgresFact] public void Reports_two_days_apart_join_as_fusion_allows() => _contract.Reports_two_days_apart_join_as_fusion_allows();
    [PostgresFact] public void Two_bombings_in_one_town_on_one_day_stay_two_events() => _contract.Two_bombings_in_one_town_on_one_day_stay_two_events();
    [PostgresFact] public void An_evolving_siege_is_one_event_that_keeps_each_days_report_and_both_tolls() => _contract.An_evolving_siege_is_one_event_that_keeps_each_days_report_and_both_tolls();
    [PostgresFact] public void Filters_select_by_date_type_actor_place_distance_and_words() => _contract.Filters_select_by_date_type_actor_place_distance_and_words();
    [PostgresFact] public void A_date_window_finds_events_that_began_long_before_it_and_are_still_running() => _contract.A_date_window_finds_events_that_began_long_before_it_and_are_still_running();
    [PostgresFact] public void A_facility_ledger_keeps_population_escapes_recaptures_and_at_large_by_source() => _contract.A_facility_ledger_keeps_population_escapes_recaptures_and_at_large_by_source();
    [PostgresFact] public void An_ingest_that_fails_halfway_leaves_nothing_behind() => _contract.An_ingest_that_fails_halfway_leaves_nothing_behind();
    [PostgresFact] public void An_unknown_event_or_facility_is_null() => _contract.An_unknown_event_or_facility_is_null();

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_and_anything_else_is_refused()
    {
        var cs = new NpgsqlConnectionStringBuilder(PostgresEventStore.ConnectionString("postgres://ana:s%40fe@db.example:6543/events"));

        Assert.Equal(("db.example", 6543, "events", "ana", "s@fe"), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password));
        Assert.DoesNotContain("secret", Assert.Throws<SitrepException>(() => PostgresEventStore.ConnectionString("mysql://u:secret@h/db")).Message);
    }
}
