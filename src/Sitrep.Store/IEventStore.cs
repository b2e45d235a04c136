using Sitrep.Documents;
using Sitrep.Fuse;
using Sitrep.Model;

namespace Sitrep.Store;

/// <summary>Where processed articles, canonical events, claims and facility ledgers are kept.</summary>
/// <remarks>
/// Implementations: <see cref="SqliteEventStore"/> (one file, the default) and the PostgreSQL store in Sitrep.Store.Postgres.
/// Environment failures (unreachable server, unreadable file, newer schema) throw <see cref="SitrepException"/>.
/// </remarks>
public interface IEventStore : IDisposable
{
    /// <summary>Stores a processed article and fuses its events with those already stored, in one transaction.</summary>
    /// <remarks>The same article again adds nothing; a changed article with the same id or URL becomes a new version whose events replace the old ones.</remarks>
    IngestResult Ingest(Document document);

    /// <summary>Canonical events matching the query, by first day then id.</summary>
    IReadOnlyList<CanonicalEvent> Events(EventQuery query);

    /// <summary>One canonical event with its sources and claims, or null when there is none with that id.</summary>
    CanonicalEvent? Event(long id);

    /// <summary>Every facility with events or figures, by name.</summary>
    IReadOnlyList<FacilitySummary> Facilities();

    /// <summary>A facility's ledger and events, found by name ignoring case; null when unknown.</summary>
    FacilityReport? Facility(string name);
}

/// <summary>What happened to an article on ingest.</summary>
public enum ArticleOutcome
{
    /// <summary>Not seen before.</summary>
    New,
    /// <summary>Seen with the same content: nothing was added.</summary>
    Unchanged,
    /// <summary>Seen with different content: stored as a new version, its events re-derived.</summary>
    Updated,
}

/// <summary>The result of ingesting one article.</summary>
/// <param name="Version">The article's version number in the store, from 1.</param>
/// <param name="NewEvents">Canonical events created (an event fused into an existing one creates none).</param>
/// <param name="Reports">Events of this article stored.</param>
/// <param name="Claims">Claims stored.</param>
public sealed record IngestResult(ArticleOutcome Outcome, int Version, int NewEvents, int Reports, int Claims);

/// <summary>Filters for <see cref="IEventStore.Events"/>; every filter given must hold.</summary>
public sealed record EventQuery
{
    /// <summary>Events that end on or after this day.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Events that start on or before this day.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Event type, sub-event type or tag (ACLED name or snake_case tag), ignoring case.</summary>
    public string? Type { get; init; }
    /// <summary>Part of an actor's name, ignoring case.</summary>
    public string? Actor { get; init; }
    /// <summary>Part of the place name, admin1 or country code, ignoring case.</summary>
    public string? Place { get; init; }
    /// <summary>Part of the facility name, ignoring case.</summary>
    public string? Facility { get; init; }
    /// <summary>Within a distance of a point.</summary>
    public Near? Near { get; init; }
    /// <summary>Words found in the evidence, ignoring case.</summary>
    public string? Text { get; init; }
    /// <summary>At most this many events; null for all.</summary>
    public int? Limit { get; init; }
}

/// <summary>A circle on the earth.</summary>
/// <param name="Km">Radius in kilometres.</param>
public sealed record Near(double Lat, double Lon, double Km);

/// <summary>One real-world event, fused from every article that reports it.</summary>
/// <param name="Id">Store-wide id.</param>
/// <param name="Event">The merged event; evidence spans are empty, see <see cref="Sources"/> for the words.</param>
/// <param name="Fatalities">Killed, across claims.</param>
/// <param name="Injured">Injured, across claims.</param>
/// <param name="Sources">Each article's report of it, oldest first.</param>
/// <param name="Claims">Every figure, by source.</param>
public sealed record CanonicalEvent(long Id, Event Event, Figure Fatalities, Figure Injured, IReadOnlyList<EventSource> Sources, IReadOnlyList<StoredClaim> Claims)
{
    /// <summary>Low / best / high of every quantity the claims give, in <see cref="QuantityKind"/> order, each flagged when sources disagree.</summary>
    public IReadOnlyList<(QuantityKind What, Figure Figure)> Figures() =>
        Claims.GroupBy(c => c.Claim.What).OrderBy(g => g.Key)
            .Select(g => (g.Key, Fuse.Figures.Combine(g.Select(c => c.ToSourced()).ToList())))
            .ToList();
}

/// <summary>One article's report of a canonical event.</summary>
/// <param name="Version">The article version the report comes from.</param>
/// <param name="Event">The event as coded from this article alone.</param>
/// <param name="Evidence">The words of the article that report it.</param>
public sealed record EventSource(string ArticleId, int Version, string? Outlet, string? Url, DateOnly? Published, Event Event, IReadOnlyList<string> Evidence);

/// <summary>A stored figure with its provenance.</summary>
/// <param name="EventId">The canonical event it belongs to; null for article-level facts.</param>
/// <param name="Evidence">The sentence the figure was read from.</param>
/// <param name="Facility">The facility a fact describes.</param>
/// <param name="AsOf">The day a fact was true.</param>
public sealed record StoredClaim(long Id, long? EventId, string ArticleId, string? Outlet, DateOnly? Published, Claim Claim, string Evidence, string? Facility, DateOnly? AsOf)
{
    /// <summary>The claim in the form fusion compares.</summary>
    public SourcedClaim ToSourced() => new(Claim, ArticleId, Outlet, Published);
}

/// <summary>A facility and how much is stored about it.</summary>
public sealed record FacilitySummary(string Name, int Events, int Claims, DateOnly? FirstEvent, DateOnly? LastEvent);

/// <summary>A facility's ledger and the events that took place there.</summary>
public sealed record FacilityReport(FacilityLedger Ledger, IReadOnlyList<CanonicalEvent> Events, IReadOnlyList<StoredClaim> Claims);
