using Sitrep.Model;

namespace Sitrep.Fuse;

/// <summary>Decides whether reports from different articles describe one real-world event, and merges them.</summary>
/// <remarks>
/// Two events are candidates when their types are compatible (same sub-event type, a family outlets code one incident
/// with, or both part of a detention-site incident: the attack, the fighting around it, the break-out, the recapture),
/// their dates (each at most a month long) overlap once widened by a day, and they lie within 50 km (or at the same
/// facility, or in the same admin1 when a point is missing). Candidates are kept apart when their details contradict:
/// different named facilities, perpetrators or targets, or different weapons. Death tolls never keep reports apart:
/// outlets disagree on them and revise them as a story evolves.
/// A detention-site incident at one named facility may run for days (a siege, an uprising, the sweep for escapees), so
/// its reports join across eight days; and since extraction can split such an incident within one article, the facility
/// also lets two events of one article join. Nothing else does: an article's other events stay distinct.
/// Pure functions: the stores call them, tests exercise them directly.
/// </remarks>
public static class Fusion
{
    /// <summary>Largest distance, in kilometres, between two reports of one event.</summary>
    public const double MaxDistanceKm = 50;

    /// <summary>Days by which each date range is widened before testing overlap.</summary>
    public const int DateSlackDays = 1;

    /// <summary>Days by which each date of a detention-site incident at one named facility is widened, so its reports join up to eight days apart: a siege runs for days and its end is reported on its own day.</summary>
    public const int FacilityIncidentSlackDays = 4;

    /// <summary>The widest date slack any match uses, for callers that narrow candidates by date.</summary>
    public const int MaxSlackDays = FacilityIncidentSlackDays;

    /// <summary>Longest date range, in days, that fusion considers; vaguer dates ("in 2019") are too loose to say two reports are one event.</summary>
    public const int MaxSpanDays = 31;

    // Sub-event types that outlets plausibly code differently for one incident.
    static readonly SubEventType[][] Families =
    [
        [SubEventType.ArmedClash, SubEventType.GovernmentRegainsTerritory, SubEventType.NonStateActorOvertakesTerritory],
        [SubEventType.SuicideBomb, SubEventType.RemoteExplosiveLandmineIed, SubEventType.Grenade],
        [SubEventType.AirDroneStrike, SubEventType.ShellingArtilleryMissileAttack],
        [SubEventType.PeacefulProtest, SubEventType.ProtestWithIntervention, SubEventType.ExcessiveForceAgainstProtesters],
        [SubEventType.ViolentDemonstration, SubEventType.MobViolence],
    ];

    // What happens in one incident at a detention site: the assault, the break-out, escapes, the recapture, unrest inside.
    static readonly EventTag[] DetentionIncidentTags = [EventTag.PrisonAttack, EventTag.PrisonBreak, EventTag.Escape, EventTag.Recapture, EventTag.Riot];

    // Means of attack that cannot both describe one blast or strike.
    static readonly EventTag[] Weapons = [EventTag.CarBomb, EventTag.Ied, EventTag.Airstrike, EventTag.Shelling];

    /// <summary>How well <paramref name="a"/> and <paramref name="b"/> fit as one event; null when they cannot be one.</summary>
    /// <remarks>Higher is better: shared facility, actors, tags and an exact date each add to the score.</remarks>
    public static int? Match(Event a, Event b)
    {
        if (!CompatibleTypes(a, b) || !CompatibleDates(a, b) || !CompatiblePlaces(a, b) || Contradict(a, b)) return null;
        int score = a.SubEventType == b.SubEventType ? 2 : 0;
        if (a.Facility is not null && Same(a.Facility, b.Facility)) score += 3;
        score += ActorsOf(a).Intersect(ActorsOf(b), StringComparer.OrdinalIgnoreCase).Count();
        score += a.Tags.Intersect(b.Tags).Count();
        if (a.Date!.From == b.Date!.From && a.Date.To == b.Date.To) score += 1;
        return score;
    }

    /// <summary>The id of the best-fitting candidate for <paramref name="report"/>, or null when none fits.</summary>
    /// <remarks>
    /// A canonical event that already has a report from the same article is a candidate only for an incident at the same
    /// named facility (extraction split it); otherwise an article's events are distinct by construction.
    /// </remarks>
    public static TId? BestMatch<TId>(Report report, IEnumerable<Candidate<TId>> candidates) where TId : struct =>
        candidates
            .Where(c => !c.ArticleIds.Contains(report.ArticleId) || SameFacilityIncident(report.Event, c.Event))
            .Select(c => (c.Id, Score: Match(report.Event, c.Event)))
            .Where(x => x.Score is not null)
            .OrderByDescending(x => x.Score)
            .Select(x => (TId?)x.Id)
            .FirstOrDefault();

    /// <summary>Groups reports into canonical events, in the order given; each group's reports in that order too.</summary>
    public static IReadOnlyList<IReadOnlyList<Report>> Cluster(IEnumerable<Report> reports)
    {
        var groups = new List<List<Report>>();
        foreach (var report in reports)
        {
            var candidates = groups.Select((g, i) => new Candidate<int>(i, Merge(g), g.Select(r => r.ArticleId).ToHashSet()));
            if (BestMatch(report, candidates) is { } best) groups[best].Add(report);
            else groups.Add([report]);
        }
        return groups;
    }

    /// <summary>One event from all reports of it: the most precise date and place, the most reported type and actors, every tag, source and figure.</summary>
    /// <remarks>
    /// Fatalities and injured are low / best / high across every source's claims (see <see cref="Figures.Combine"/>).
    /// The date spans the day-precise reports, so an evolving story (ongoing on day 1, over on day 6) keeps its whole span.
    /// Evidence spans point into different articles and are left to the caller, who holds the texts.
    /// </remarks>
    public static Event Merge(IReadOnlyList<Report> reports)
    {
        if (reports.Count == 0) throw new ArgumentException("Merge needs at least one report.", nameof(reports));
        var events = reports.Select(r => r.Event).ToList();
        var claims = reports.SelectMany(r => Figures.ClaimsOf(r.Event).Select(c => new SourcedClaim(c, r.ArticleId, r.Outlet, r.Published))).ToList();
        var located = events.Where(e => e.Location is not null).OrderBy(e => e.Location!.Precision).ToList();
        return new Event
        {
            Id = events[0].Id,
            SubEventType = MostCommon(events.Select(e => (SubEventType?)e.SubEventType))!.Value,
            Tags = events.SelectMany(e => e.Tags).Distinct().Order().ToArray(),
            Date = MergeDates(events.Select(e => e.Date).OfType<DateRange>().ToList()),
            Location = located.FirstOrDefault()?.Location,
            LocationMentions = events.SelectMany(e => e.LocationMentions).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Facility = MostCommon(events.Select(e => e.Facility)),
            Actor1 = MostCommon(events.Select(e => e.Actor1)),
            Actor2 = MostCommon(events.Select(e => e.Actor2)),
            AssocActors = events.SelectMany(e => e.AssocActors).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Fatalities = ToRange(Figures.Combine(claims.Where(c => c.Claim.What == QuantityKind.Killed).ToList())),
            Injured = ToRange(Figures.Combine(claims.Where(c => c.Claim.What == QuantityKind.Injured).ToList())),
            Quantities = events.SelectMany(e => e.Quantities).ToArray(),
            Sources = events.SelectMany(e => e.Sources).Concat(reports.Select(r => r.Outlet).OfType<string>())
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Certainty = events.Min(e => e.Certainty),
            Historical = events.All(e => e.Historical),
        };
    }

    static NumberRange ToRange(Figure f) => f.Claims == 0 ? NumberRange.None : new NumberRange(f.Low, f.High, f.Best);

    static DateRange? MergeDates(IReadOnlyList<DateRange> dates)
    {
        var days = dates.Where(d => d.Precision == DatePrecision.Day).ToList();
        if (days.Count > 0) return new DateRange(days.Min(d => d.From), days.Max(d => d.To), DatePrecision.Day);
        return dates.OrderBy(d => d.Precision).ThenBy(d => d.To.DayNumber - d.From.DayNumber).FirstOrDefault();
    }

    static T? MostCommon<T>(IEnumerable<T?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    static bool CompatibleTypes(Event a, Event b) =>
        a.SubEventType == b.SubEventType
        || (DetentionIncident(a) && DetentionIncident(b))
        || Families.Any(f => f.Contains(a.SubEventType) && f.Contains(b.SubEventType));

    static bool DetentionIncident(Event e) => e.Tags.Intersect(DetentionIncidentTags).Any();

    /// <summary>Both events are part of a detention-site incident at the same named facility.</summary>
    static bool SameFacilityIncident(Event a, Event b) =>
        a.Facility is not null && Same(a.Facility, b.Facility) && DetentionIncident(a) && DetentionIncident(b);

    static bool CompatibleDates(Event a, Event b) =>
        a.Date is { } x && b.Date is { } y && Span(x) <= MaxSpanDays && Span(y) <= MaxSpanDays
        && x.Overlaps(y, SameFacilityIncident(a, b) ? FacilityIncidentSlackDays : DateSlackDays);

    static int Span(DateRange d) => d.To.DayNumber - d.From.DayNumber;

    static bool CompatiblePlaces(Event a, Event b)
    {
        if (a.Facility is not null && Same(a.Facility, b.Facility)) return true;
        if (a.Location is not { } p || b.Location is not { } q) return false;
        if (p.DistanceKm(q) is { } km) return km <= MaxDistanceKm;
        return p.Admin1 is not null && Same(p.Admin1, q.Admin1);
    }

    static bool Contradict(Event a, Event b)
    {
        if (a.Facility is not null && b.Facility is not null && !Same(a.Facility, b.Facility)) return true;
        bool sharedActor = ActorsOf(a).Intersect(ActorsOf(b), StringComparer.OrdinalIgnoreCase).Any();
        if (!sharedActor && (Differ(a.Actor1, b.Actor1) || Differ(a.Actor2, b.Actor2))) return true;
        var weaponsA = a.Tags.Intersect(Weapons).ToList();
        var weaponsB = b.Tags.Intersect(Weapons).ToList();
        return weaponsA.Count > 0 && weaponsB.Count > 0 && !weaponsA.Intersect(weaponsB).Any();
    }

    static bool Differ(string? x, string? y) => x is not null && y is not null && !Same(x, y);

    static IEnumerable<string> ActorsOf(Event e) =>
        new[] { e.Actor1, e.Actor2 }.OfType<string>().Concat(e.AssocActors);

    static bool Same(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An existing canonical event that a new report may belong to.</summary>
/// <param name="Id">The canonical event's id in the caller's store.</param>
/// <param name="Event">The canonical event as merged so far.</param>
/// <param name="ArticleIds">Articles already among its sources.</param>
public sealed record Candidate<TId>(TId Id, Event Event, IReadOnlySet<string> ArticleIds);
