using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>Merges the mentions of one real-world event into one <see cref="Event"/>.</summary>
/// <remarks>
/// A mention joins the latest earlier event it is compatible with: same background/current status, no clash of places
/// it names itself, overlapping dates, and the same sub-type, a shared prison tag, or a related type (fighting, explosions
/// and killings are often one event told in steps; different strategic developments are not). "Another", "second",
/// "separate" before a trigger, or before a site ("a second camp"), start a new event. A mention with no anchor of its
/// own (place, time, casualty figure or named party) only adds to an event; it never starts one, since such sentences
/// are mostly commentary ("attacks have been rising"). Those mentions do not decide the event's type either.
/// Air strikes by a state or coalition other than the side fighting on the ground stay an event of their own, aimed at
/// the side they fought, and a state's campaign abroad ("Turkey's incursion") joins only its own other mentions. A tally
/// of attacks over a period is an event of its own that no single incident joins. A sentence that only says where the
/// event told before it happened ("The incident occurred in X") moves that event there.
/// </remarks>
internal static class Merging
{
    // Words that set a site apart from the one already told of, and how far before the site's noun they may stand.
    static readonly HashSet<string> OtherSite = ["another", "second", "third", "fourth", "separate", "different"];
    static readonly HashSet<string> SameSite = ["same"];
    const int SiteReach = 2;
    static readonly HashSet<string> Distinct = ["another", "other", "second", "third", "separate", "similar", "earlier", "previous", "new"];
    // "the second day of fighting", "a third night of clashes": an ordinal counting time goes on with the same event.
    static readonly HashSet<string> TimeUnits = ["day", "days", "night", "nights", "week", "weeks", "month", "months", "hour", "hours"];
    // Two places this close are one scene when a mention refers back ("the attack … occurred in X" after "near Y");
    // otherwise two different named places further apart than NearbyKm are two incidents, as ACLED codes one per place.
    const double SamePlaceKm = 25;
    const double NearbyKm = 10;

    sealed class Draft
    {
        public Draft(Mention first) => Add(first);

        public List<Mention> Mentions { get; } = [];

        /// <summary>For air strikes kept apart from a battle they supported, that battle.</summary>
        public Draft? Supports { get; set; }
        public bool Historical => Mentions[0].Historical;
        public bool Tally => Mentions[0].Tally;
        public IEnumerable<Mention> Placed => Mentions.Where(m => m.OwnPlace);

        // Where a later sentence says the event happened ("The incident occurred in X"); it outranks the places its
        // mentions named unless it is vaguer than all of them.
        public Toponym? Located { get; private set; }

        // The places the event is known by: where it was said to happen, else the places its mentions named.
        public IEnumerable<Toponym> NamedPlaces => Located is { } l ? [l] : Placed.Select(m => m.Place!);

        public void Locate(Toponym place)
        {
            if (Placed.Select(m => m.Place!).Append(Located).All(p => p is null || Rank(place) <= Rank(p))) Located = place;
        }

        // The days or weeks its mentions name, first to last (a siege told to go on for a week spans that week); else the
        // first month or year named.
        public DateRange? Date { get; private set; }

        public void Add(Mention m)
        {
            Mentions.Add(m);
            if (!m.OwnDate) return;
            var d = m.Date!;
            bool near = d.Precision <= DatePrecision.Week;
            if (Date is null || near && Date.Precision > DatePrecision.Week) Date = d;
            else if (near) Date = Date with { From = Min(Date.From, d.From), To = Max(Date.To, d.To) };
        }

        static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
        static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }

    /// <summary>The events of an article, in text order, ids e1, e2…</summary>
    /// <param name="locations">Sentences that only say where the event told before them happened, in text order: the
    /// clause's start and the place it names. Each moves the event that took the last mention before it.</param>
    public static List<Event> Merge(IReadOnlyList<Mention> mentions, IReadOnlyList<(int At, Toponym Place)> locations, Document doc, RoleFinder roles, Lexicon lexicon)
    {
        var drafts = new List<Draft>();
        Draft? latest = null;
        int next = 0;
        foreach (var m in mentions)
        {
            for (; next < locations.Count && locations[next].At < m.Clause.Start; next++) latest?.Locate(locations[next].Place);
            var target = m.SetApart ? null : Target(drafts, m, roles);
            if (target is not null) target.Add(m);
            // Being set apart ("another car bomb", "a second camp") pins an incident down too.
            else if (m.Anchored || m.SetApart && !m.Habitual) drafts.Add(target = Started(drafts, m, roles));
            latest = target ?? latest;
        }
        for (; next < locations.Count; next++) latest?.Locate(locations[next].Place);
        // Looked for only when an escape or prison attack names no custodian of its own, once per country.
        var custodians = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? custodian(string? country) =>
            custodians.TryGetValue(country ?? "", out var known) ? known : custodians[country ?? ""] = roles.Custodian(doc, country);
        // Looked for only when an escape names no escapees.
        var inmates = new Lazy<string?>(() => roles.Inmates(doc));
        return drafts.Select((d, i) => Build(d, $"e{i + 1}", doc, roles, lexicon, custodian, inmates, drafts)).ToList();
    }

    /// <summary>Whether a clause sets its incident apart from those told before: "another", "second", "separate" just
    /// before one of its triggers. A clause that <see cref="NamesAnotherSite"/> is set apart too.</summary>
    public static bool SetsApart(List<Word> words, IReadOnlyList<TriggerMatch> matches) =>
        matches.Any(t => DistinctBefore(words, t.Start));

    // "another car bomb", "three other similar blasts": a word setting the incident apart just before any of its triggers.
    static bool DistinctBefore(List<Word> words, int triggerStart)
    {
        int i = words.FindIndex(w => w.Start >= triggerStart);
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
            if (Distinct.Contains(words[k].Text) && !TimeUnits.Contains(words[k + 1].Text)) return true;
        return false;
    }

    /// <summary>Whether a clause names a site other than the one in focus ("escaped from a second camp", "a truck bomb at
    /// another jail", "a different checkpoint"): a different site is a different incident, not in the first site's town.</summary>
    public static bool NamesAnotherSite(List<Word> words, Lexicon lexicon) => SiteAfter(words, OtherSite, lexicon);

    /// <summary>Whether a clause refers back to the site told before ("escaped from the same prison in 2020").</summary>
    public static bool NamesSameSite(List<Word> words, Lexicon lexicon) => SiteAfter(words, SameSite, lexicon);

    // Whether one of the cue words stands just before a site's noun.
    static bool SiteAfter(List<Word> words, HashSet<string> cues, Lexicon lexicon)
    {
        for (int i = 0; i < words.Count; i++)
            if (cues.Contains(words[i].Text))
                for (int k = i + 1; k < words.Count && k <= i + SiteReach; k++)
                    if (lexicon.In(WordSet.Site, words[k].Text)) return true;
        return false;
    }

    // The latest event the mention is compatible with, preferring one at the place the reader has in mind; null when none.
    static Draft? Target(List<Draft> drafts, Mention m, RoleFinder roles)
    {
        Draft? latest = null;
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            if (!Compatible(drafts[k], m, roles)) continue;
            if (InFocus(drafts[k], m)) return drafts[k];
            latest ??= drafts[k];
        }
        return latest;
    }

    // A mention that names no place of its own belongs first with an event at the place the reader has in mind.
    static bool InFocus(Draft d, Mention m) =>
        m.OwnPlace || m.Place is not { } focus || (d.NamedPlaces.FirstOrDefault() ?? d.Mentions[0].Place) is not { } p || SamePlace(p, focus, SamePlaceKm);

    // A new event, tied to the battle its air strikes supported, or to the earlier strikes that supported it.
    static Draft Started(List<Draft> drafts, Mention m, RoleFinder roles)
    {
        var draft = new Draft(m) { Supports = drafts.LastOrDefault(d => Supported(d, m, roles)) };
        foreach (var strikes in drafts)
            if (strikes.Supports is null && StruckBefore(strikes, m, roles) && Joinable(strikes, m))
                strikes.Supports = draft;
        return draft;
    }

    // Whether the draft is air strikes told before any ground fighting, by a state other than the mention's ground attacker.
    static bool StruckBefore(Draft strikes, Mention m, RoleFinder roles) =>
        StrikerOf(strikes.Mentions[0], roles) is { } striker && GroundSide([m]) is { } side && side != striker && GroundSide(strikes.Mentions) is null;

    // ACLED codes air strikes by another side than the one fighting on the ground as an event of their own, even when
    // they support the battle ("after a week of fighting and coalition airstrikes"): neither joins the other's event.
    // A force only backing a side ("SDF fighters backed by coalition aircraft fought") is the battle's associate instead.
    static bool Supported(Draft d, Mention m, RoleFinder roles) =>
        StrikerOf(m, roles) is { } striker && GroundSide(d.Mentions) is { } side && side != striker && Joinable(d, m);

    static bool StrikesApart(Draft d, Mention m, RoleFinder roles) =>
        Supported(d, m, roles) || d.Supports is not null && m.Reading.Sub != SubEventType.AirDroneStrike || StruckBefore(d, m, roles);

    // The state or coalition an air strike mention names as its perpetrator, if any.
    static string? StrikerOf(Mention m, RoleFinder roles) =>
        m.Reading.Sub == SubEventType.AirDroneStrike && m.Roles.Actor1 is { } a && roles.IsState(a) ? a : null;

    // The first perpetrator named for violence on the ground among the mentions.
    static string? GroundSide(IEnumerable<Mention> ms) =>
        ms.FirstOrDefault(x => x.Roles.Actor1 is not null && x.Reading.Sub != SubEventType.AirDroneStrike && Violence.IsViolent(x.Reading.Sub))?.Roles.Actor1;

    static bool Compatible(Draft d, Mention m, RoleFinder roles) => !StrikesApart(d, m, roles) && Joinable(d, m);

    // Whether the mention may tell the draft's event, whoever carried out its air strikes.
    static bool Joinable(Draft d, Mention m)
    {
        if (d.Historical != m.Historical) return false;
        // A state's campaign abroad is one event however often and wherever it is told, and nothing else joins it.
        if (m.Campaign || d.Mentions[0].Campaign) return m.Campaign && d.Mentions[0].Campaign && m.Roles.Actor1 == d.Mentions[0].Roles.Actor1;
        // A tally of attacks over a period is not one of the incidents it counts, nor do they add to it.
        if (d.Tally != m.Tally) return false;
        double km = m.Anaphoric ? SamePlaceKm : NearbyKm;
        if (m.OwnPlace && !PlacesAgree(d, m.Place!, km)) return false;
        // A later day does not set apart an event told to be still going on ("clashes continued until Wednesday").
        if (m.OwnDate && d.Date is { } dd && !dd.Overlaps(m.Date!, 1) && !(m.Ongoing && m.Date!.From >= dd.From)) return false;
        return KindJoins(d, m);
    }

    // Whether a place a mention names itself is (or is near) every place the draft is known by: where it was said to
    // happen, else the places its mentions named. An event known only by the focus place still clashes with a mention
    // naming somewhere else. Walked here rather than through NamedPlaces, as this runs for every mention and draft.
    static bool PlacesAgree(Draft d, Toponym place, double km)
    {
        if (d.Located is { } located) return SamePlace(located, place, km);
        bool named = false;
        foreach (var x in d.Mentions)
        {
            if (!x.OwnPlace) continue;
            named = true;
            if (!SamePlace(x.Place!, place, km)) return false;
        }
        return named || d.Mentions[0].Place is not { } focus || SamePlace(focus, place, km);
    }

    // Whether the mention tells the draft's kind of event or a step of it.
    static bool KindJoins(Draft d, Mention m)
    {
        var sub = m.Reading.Sub;
        if (d.Mentions.Any(x => x.Reading.Sub == sub)) return true;
        if (SharesCustodyTag(d, m)) return true;
        // People killed in an arrest raid or in foiling a plot died in that operation: they join the raid or plot told before.
        if (m.Reading.MadeViolentFrom is not null && d.Mentions.Any(x => x.Reading.Sub is SubEventType.Arrests or SubEventType.DisruptedWeaponsUse)) return true;
        // A surrender ends the fighting it is told after.
        if (m.Reading.Tags.Contains(EventTag.Surrender) && d.Mentions.Any(x => Violence.IsViolent(x.Reading.Sub))) return true;
        return d.Mentions.Any(x => Related(x.Reading.Sub, sub));
    }

    // Fighting and the explosions or killings it involves are often one event told in steps; arrests at a protest are
    // the intervention in it (ACLED: protest with intervention); a crowd told protesting and rioting in one place on one day is
    // one demonstration; arrests, seizures and destruction after violence or an arrest raid are its aftermath. Strategic
    // developments of different sub-types (a ceasefire, a withdrawal, a deployment) are different events.
    static bool Related(SubEventType a, SubEventType b)
    {
        var (ta, tb) = (AcledTypes.TypeOf(a), AcledTypes.TypeOf(b));
        return ta == tb && ta != EventType.StrategicDevelopments || Violence.IsViolent(ta) && Violence.IsViolent(tb) ||
            IsDemonstration(a) && IsDemonstration(b) ||
            ta is EventType.Protests or EventType.Riots && b == SubEventType.Arrests ||
            (Violence.IsViolent(ta) || a == SubEventType.Arrests) && Typing.IsAftermath(b);
    }

    // A crowd demonstrating, peacefully or not; a mob's violence is another crowd's act.
    static bool IsDemonstration(SubEventType sub) => AcledTypes.TypeOf(sub) == EventType.Protests || sub == SubEventType.ViolentDemonstration;

    // An attack on a prison, the break-out, the escapes and the recaptures that follow are one event in one place.
    static bool SharesCustodyTag(Draft d, Mention m) =>
        IsCustody(m) && d.Mentions.Any(IsCustody);

    static bool IsCustody(Mention m) => IsAgainstCustody(m) || m.Reading.Tags.Contains(EventTag.Recapture);

    // An attack on a prison, a break-out or an escape: acts against the force holding the detainees (a recapture is its own).
    static bool IsAgainstCustody(Mention m) =>
        m.Reading.Tags.Any(t => t is EventTag.PrisonAttack or EventTag.PrisonBreak or EventTag.Escape);

    static bool SamePlace(Toponym a, Toponym b, double km)
    {
        if (a.Facility is not null && a.Facility == b.Facility) return true;
        var (p, q) = (a.Place!, b.Place!);
        if (p.Name == q.Name) return true;
        // A coarser mention (the province, the country) is compatible with a finer place inside it.
        // A region with no province ("northeast Syria") is vague enough to hold any place of its country.
        if (p.Precision >= PlacePrecision.Region || q.Precision >= PlacePrecision.Region)
            return p.Country == q.Country && (p.Precision == PlacePrecision.Country || q.Precision == PlacePrecision.Country ||
                p.Admin1 == q.Admin1 || p.Precision == PlacePrecision.Region && p.Admin1 is null || q.Precision == PlacePrecision.Region && q.Admin1 is null);
        return p.DistanceKm(q) is { } d && d <= km;
    }

    static Event Build(Draft d, string id, Document doc, RoleFinder roles, Lexicon lexicon, Func<string?, string?> custodian, Lazy<string?> inmates,
        List<Draft> drafts)
    {
        var ms = d.Mentions;
        // Strikes in support of a battle stay strikes, whatever commentary on the fighting joined them before the battle was told.
        var sub = d.Supports is not null ? SubEventType.AirDroneStrike : BattleAbsorbsExplosions(ms, MainSubType(ms));
        var strongest = ms.MaxBy(m => m.Reading.Score)!;
        var placed = ms.Where(m => m.OwnPlace).OrderBy(m => Rank(m.Place!)).FirstOrDefault() ?? ms.FirstOrDefault(m => m.Place is not null);
        var place = d.Located ?? placed?.Place;
        var dated = ms.FirstOrDefault(m => m.OwnDate) ?? ms.FirstOrDefault(m => m.Date is not null);
        // Strikes in support of a battle are coded over the battle's period: news tells them as part of it ("a week of fighting and airstrikes").
        var date = d.Supports is { } supported ? SpanOfDates(supported.Mentions, supported.Historical, false) : SpanOfDates(ms, d.Historical, ms[0].Campaign);
        if (MovesForces(ms, sub) && !ms.Any(m => m.OwnDate) && date is not null) date = DuringBattle(drafts, ms, date);
        var actor1 = RoleFinder.PerpetratorOf(ms, sub);
        // Battles are fought between armed groups: civilians caught up in one are not its second side.
        bool battle = AcledTypes.TypeOf(sub) == EventType.Battles;
        var actor2 = ms.FirstOrDefault(m => m.Roles.Actor2 is { } a && a != actor1?.Actor1 && !(battle && roles.IsCivilianGroup(a)))?.Roles
            ?? ms.FirstOrDefault(m => m.Roles.Actor2 is not null && m.Roles.Actor2 != actor1?.Actor1)?.Roles;
        var killed = Casualties.Total(ms.SelectMany(m => m.Claims).Where(c => c.What == QuantityKind.Killed).DistinctBy(c => c.Evidence).ToList(), doc, lexicon);
        // A development is not itself deadly: the dead of "a deadly escape attempt" are the fighting's, told as its own event.
        var deadly = killed is null && AcledTypes.TypeOf(sub) != EventType.StrategicDevelopments ? Casualties.Deadly(ms, doc, lexicon) : null;
        var injured = ms.Select(m => m.Injured).Where(c => c is not null).MaxBy(c => c!.Range.Best ?? c.Range.Min ?? c.Range.Max ?? 0);
        var claims = ms.SelectMany(m => m.Claims).DistinctBy(c => c.Evidence).ToList();
        // People who got out, none named, are of the group the article's prisons hold.
        var a1 = actor1?.Actor1 ?? (ms.Any(m => m.Reading.Tags.Contains(EventTag.Escape)) && inmates.Value != actor2?.Actor2 ? inmates.Value : null);
        var site = SiteOf(ms, place);
        var a2 = actor2?.Actor2 ?? (MovesForces(ms, sub) ? null : RoleFinder.SiteTarget(site, a1, sub) ?? (a1 is null ? null : SideHit(d.Supports, a1))
            ?? (ms.Any(IsAgainstCustody) && custodian(place?.Place?.Country) is { } held && held != a1 ? held : null));

        return new Event
        {
            Id = id,
            SubEventType = TerritoryBySide(sub, a1, place?.Place?.Country, roles),
            Tags = ms.SelectMany(m => m.Reading.Tags).Distinct().Order().ToArray(),
            Date = date,
            Location = place?.Place,
            LocationMentions = place is null ? [] : doc.Toponyms
                .Where(t => t.Place?.Name == place.Place!.Name && InClauses(ms, t.Span))
                .Select(t => doc[t.Span]).Prepend(doc[place.Span]).Distinct().ToArray(),
            Facility = site?.Facility,
            Actor1 = a1,
            Actor2 = a2,
            AssocActors = ms.SelectMany(m => m.Roles.Assoc).Distinct().Where(a => a != a1 && a != a2).ToArray(),
            Fatalities = killed?.Range ?? deadly?.Range ?? NumberRange.None,
            Injured = injured?.Range ?? NumberRange.None,
            Quantities = claims,
            Sources = ms.SelectMany(m => m.Sources).Distinct().ToArray(),
            Certainty = ms.Min(m => m.Certainty),
            Historical = d.Historical,
            Evidence = ms.Select(m => m.Sentence).Distinct().ToArray(),
            Fields = new FieldEvidence
            {
                Trigger = strongest.Reading.Trigger.Span,
                Date = dated?.DateSpan,
                Location = d.Located?.Span ?? (placed?.OwnPlace == true ? place!.Span : null),
                Actor1 = actor1?.Actor1Span,
                Actor2 = actor2?.Actor2Span,
                Fatalities = killed?.Evidence.Evidence ?? deadly?.Evidence,
                Injured = injured?.Evidence,
            },
        };
    }

    // A deployment or a withdrawal moves forces and acts on no one: the site it is at, or the custodian of escapes told
    // with it, is not its target (a force sent to support the one holding a prison is that force's associate).
    static bool MovesForces(List<Mention> ms, SubEventType sub) =>
        !Violence.IsViolent(sub) && ms.Any(m => m.Reading.Sub == sub && m.Reading.Tags.Any(t => t is EventTag.Deployment or EventTag.Withdrawal));

    // Forces sent in to support a side of a battle the article tells, known only by the day that was reported, went in
    // while the battle went on: from the battle's start to the report.
    static DateRange DuringBattle(List<Draft> drafts, List<Mention> ms, DateRange reported)
    {
        var helped = ms.SelectMany(m => m.Roles.Assoc).ToHashSet();
        bool FoughtBy(Mention x) => Violence.IsViolent(x.Reading.Sub) && (helped.Contains(x.Roles.Actor1 ?? "") || helped.Contains(x.Roles.Actor2 ?? ""));
        foreach (var battle in drafts)
            if (!battle.Historical && battle.Supports is null && battle.Mentions.Any(FoughtBy) &&
                SpanOfDates(battle.Mentions, false, false) is { } fought && fought.From < reported.From && fought.To >= reported.From)
                return reported with { From = fought.From };
        return reported;
    }

    // Whether the span lies in the clause of one of the mentions.
    static bool InClauses(List<Mention> ms, TextSpan span)
    {
        foreach (var m in ms)
            if (m.Clause.Contains(span)) return true;
        return false;
    }

    // The side of a supported battle its air strikes hit: the attacker, unless the striker backs the attacker, then the attacked.
    static string? SideHit(Draft? battle, string striker)
    {
        if (battle is null || GroundSide(battle.Mentions) is not { } side) return null;
        bool backsAttacker = battle.Mentions.Any(x => x.Roles.Actor1 == side && x.Roles.Assoc.Contains(striker));
        return backsAttacker ? battle.Mentions.Select(x => x.Roles.Actor2).FirstOrDefault(a => a is not null && a != striker && a != side) : side;
    }

    // The site the mentions name themselves, else a site in focus at the event's place: a prison named paragraphs before,
    // elsewhere, is not where a later event with its own town happened.
    static Toponym? SiteOf(List<Mention> ms, Toponym? place) =>
        ms.Where(m => m.OwnPlace && m.Place!.Facility is not null).Select(m => m.Place).FirstOrDefault()
        ?? ms.Where(m => m.Place?.Facility is not null && (place is null || SamePlace(m.Place, place, SamePlaceKm))).Select(m => m.Place).FirstOrDefault();

    // ACLED codes an event by its most violent part: a prison break fought over is a battle, not "Other"; arrests at a
    // protest are the protest's. Among the mentions of that kind the first that says where or when tells the main act:
    // a quote judging it ("the biggest raid they ever carried out") or later detail ("weapons were seized in the
    // operation") should not outvote it.
    static SubEventType MainSubType(List<Mention> all)
    {
        // Mentions that only add to an event (commentary, a trend) do not decide its type.
        var ms = all.Where(m => m.Anchored).DefaultIfEmpty(all[0]).ToList();
        int top = ms.Max(m => Severity(m.Reading.Sub));
        var kind = ms.Where(m => Severity(m.Reading.Sub) == top).ToList();
        return (kind.FirstOrDefault(m => m.OwnPlace || m.OwnDate) ?? kind[0]).Reading.Sub;
    }

    static int Severity(SubEventType sub) =>
        Violence.IsViolent(sub) ? 2 : AcledTypes.TypeOf(sub) is EventType.Protests or EventType.Riots ? 1 : 0;

    // The days the mentions name at their finest precision, from the first to the last ("began late Thursday" and
    // "on Friday": Thursday to Friday). A current event's own month or year ("its deadliest attack this year") is a
    // period it is compared over, so a day or week in focus is preferred to it; the time since a dated start is not such a
    // period but when the event went on ("N have escaped since the offensive began"). A campaign is dated by its start, the
    // finest time told of it ("the Oct. 9 invasion" rather than "the week-old incursion"), not by the days it went on.
    // Null when no mention has a date.
    static DateRange? SpanOfDates(List<Mention> ms, bool historical, bool campaign)
    {
        var own = ms.Where(m => m.OwnDate).Select(m => m.Date!).ToList();
        if (campaign && own.Count > 0) return own.MinBy(r => r.Precision);
        var near = ms.Select(m => m.Date).FirstOrDefault(d => d is { Precision: <= DatePrecision.Week });
        // With no time of their own, a time told in a mention's clause (a report's day) bounds the event better than one carried.
        if (own.Count == 0) return (ms.FirstOrDefault(m => m.DateSpan is { } s && m.Clause.Contains(s)) ?? ms.FirstOrDefault(m => m.Date is not null))?.Date;
        var finest = own.Min(r => r.Precision);
        if (finest > DatePrecision.Week && !historical && near is not null)
            return ms.Where(m => m.OwnDate && m.Period).Select(m => m.Date!).MinBy(r => r.From) is { } since ? EndedByReports(ms, since) : near;
        var fine = own.Where(r => r.Precision == finest).ToList();
        var span = new DateRange(fine.Min(r => r.From), fine.Max(r => r.To), finest);
        return historical || finest == DatePrecision.Day ? span : EndedByReports(ms, span);
    }

    // A period told up to now ("the past week", "since Oct. 9") ends with the latest dated report of the event: what a
    // source reported on Tuesday happened by Tuesday.
    static DateRange EndedByReports(List<Mention> ms, DateRange period)
    {
        var reported = ms.Where(m => !m.OwnDate && m.DateSpan is { } s && m.Clause.Contains(s) && m.Date!.To >= period.From).Select(m => m.Date!.To).ToList();
        return reported.Count > 0 && reported.Max() < period.To ? period with { To = reported.Max() } : period;
    }

    // ACLED codes an explosion that is part of wider fighting as the battle (a car bomb opening an assault on a prison):
    // told of in the same sentence as the fighting, or in an assault on a prison.
    static SubEventType BattleAbsorbsExplosions(List<Mention> ms, SubEventType sub)
    {
        if (AcledTypes.TypeOf(sub) != EventType.ExplosionsRemoteViolence) return sub;
        var clashes = ms.Where(m => m.Reading.Sub == SubEventType.ArmedClash).ToList();
        bool partOfBattle = clashes.Any(c => c.Reading.Tags.Contains(EventTag.PrisonAttack) ||
            ms.Any(m => m.Sentence == c.Sentence && AcledTypes.TypeOf(m.Reading.Sub) == EventType.ExplosionsRemoteViolence));
        return partOfBattle ? SubEventType.ArmedClash : sub;
    }

    static int Rank(Toponym t) => t.Role == ToponymRole.Facility ? -1 : (int)t.Place!.Precision;

    // Territory changes hands one way or the other: a state force taking ground in its own country regains it; anyone
    // else overtakes it, a foreign state's forces too (ACLED codes them with non-state actors for this sub-type).
    static SubEventType TerritoryBySide(SubEventType sub, string? actor1, string? country, RoleFinder roles) => (sub, actor1) switch
    {
        (SubEventType.NonStateActorOvertakesTerritory, { } a) when Regains(a, country, roles) => SubEventType.GovernmentRegainsTerritory,
        (SubEventType.GovernmentRegainsTerritory, { } a) when !Regains(a, country, roles) => SubEventType.NonStateActorOvertakesTerritory,
        _ => sub,
    };

    // A state's forces regain ground at home; a state whose country is unknown, or a place of unknown country, counts as home.
    static bool Regains(string actor, string? country, RoleFinder roles) =>
        roles.IsState(actor) && (country is null || roles.CountryOf(actor) is not { } own || own == country);
}
