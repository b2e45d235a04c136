using System.Text.RegularExpressions;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events.Internal;
using Sitrep.Model;

namespace Sitrep.Events;

/// <summary>Finds, types and codes every reported incident of an article: fills <see cref="Document.Events"/> and <see cref="Document.Facts"/>.</summary>
/// <remarks>
/// Each clause whose triggers (data/events) vote strongly enough becomes a mention with its own place, time, actors,
/// figures, sources and certainty, falling back to the paragraph's focus place and time; mentions of one real-world
/// event then merge by type, place, time and anaphora. Bad input never throws: a clause with nothing usable is skipped.
/// </remarks>
public sealed partial class EventExtractor : IStage
{
    // A clause is an event when its triggers sum to this, or to one less when it also names a party, carries a
    // casualty figure or refers back to an event ("the attack"): a lone "attacked" needs one of those.
    const int MinScore = 3;
    // A dated mention this long before publication is background history.
    const int HistoricalAfterDays = 30;
    // Sentences of the lede (the headline counts), and how old its time may be to still be the news of the day.
    const int LedeSentences = 3;
    const int RecentDays = 7;
    // Words a locative "in" may stand before a country ("in the south of neighbouring Iraq").
    const int LocativeReach = 5;

    // Words a negation may stand before the trigger it denies ("No group immediately claimed").
    const int NegationReach = 3;
    internal static readonly HashSet<string> Negations = ["no", "not", "never", "nobody", "none", "without", "neither", "nor"];

    static readonly HashSet<string> Comparisons = ["similar", "such"];

    static readonly HashSet<string> Anaphors = ["the", "this", "that", "these", "those", "its", "their", "same"];

    // Words after the subject that may come before the verb of a sentence that locates an event told before ("The incident
    // was reported to have happened in X"), and the prepositions that then name its place.
    const int LocatingReach = 5;
    static readonly HashSet<string> Locatives = ["in", "near", "at", "outside", "around", "inside", "on", "close"];

    readonly Lexicon _lexicon;
    readonly RoleFinder _roles;
    readonly StateOwner _owners;
    readonly Campaigns _campaigns;
    readonly Func<string, string, Place?>? _border;

    /// <summary>Loads data/events and the default actor dictionary; throws <see cref="SitrepException"/> when either is missing or corrupt.</summary>
    public EventExtractor() : this(Lexicon.Default, ActorDictionary.Default, null) { }

    /// <summary>As <see cref="EventExtractor()"/>, placing a state's campaign across a border that the text locates no closer at that border.</summary>
    /// <param name="border">The border between two countries (ISO codes), or null when the gazetteer has none.</param>
    public EventExtractor(Func<string, string, Place?> border) : this(Lexicon.Default, ActorDictionary.Default, border) { }

    internal EventExtractor(Lexicon lexicon, ActorDictionary actors, Func<string, string, Place?>? border)
    {
        _lexicon = lexicon;
        _roles = new RoleFinder(actors, lexicon);
        _owners = new StateOwner(actors);
        _campaigns = new Campaigns(_owners, lexicon);
        _border = border;
    }

    /// <summary>Sentences, numbers, times, attributions, toponyms and actors.</summary>
    public Layers Requires => Layers.Sentences | Layers.Numbers | Layers.Times | Layers.Attributions | Layers.Toponyms | Layers.Actors;

    /// <summary>Events and facts.</summary>
    public Layers Produces => Layers.Events;

    /// <summary>Fills the document's events and facts, in text order.</summary>
    public void Process(Document document)
    {
        var mentions = new List<Mention>();
        var held = new List<(NumberMention Figure, Fact Fact, string? Site)>();
        var locations = new List<(int, Toponym)>();
        var places = EventPlaces(document);
        var theatre = Theatre(places);
        var scenes = WiderScenes(places, theatre);
        var countries = CountriesNamed(places);
        var focus = new Focus(MainPlace(places, theatre), MainTime(document));
        var datelineEnd = DatelineEnd(document.Text, places);
        int previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            if (document.Text.AsSpan(previousEnd, Math.Max(0, sentence.Span.Start - previousEnd)).Contains('\n')) focus.NewParagraph();
            previousEnd = sentence.Span.End;
            var clauses = Clauses.Of(document.Text, sentence.Span);
            foreach (var clause in clauses)
            {
                var place = Narrowed(PlaceIn(places, clause, theatre, datelineEnd), scenes) ?? CountryNamedAsScene(document, places, clause);
                var times = document.Times.Where(t => t.Range is not null && clause.Contains(t.Span)).Select(t => focus.SinceStart(t, document.Published)).ToList();
                var words = Words.Split(document.Text, clause.Start, clause.End);
                held.AddRange(HeldIn(document, clause, place, focus.Place));
                if (place is not null && LocatesToldEvent(words))
                {
                    locations.Add((clause.Start, place));
                    focus.Update(place, null);
                    continue;
                }
                // A fronted participial frame ("Since declaring X's defeat, the SDF has …") is done by the main clause's subject.
                var subject = clause == clauses[0] && clauses.Count > 1 && Clauses.IsParticipial(document.Text, clause) ? FirstParty(document, clauses[1]) : null;
                var read = Read(document, clause, sentence.Span, words, place, PlaceIn(places, clause, null, datelineEnd), times, focus, scenes, countries, subject);
                foreach (var m in read) mentions.Add(PartOfToldViolence(m, words, mentions));
                if (read.Count == 0 && times.Count == 0) AddFigures(document, clause, words, mentions);
                // A report dated in the clause ("according to X's report on Sunday") bounds what its source tells later.
                if (read is [{ OwnDate: false, DateSpan: { } reportTime, Date: { } reportRange } first, ..] && clause.Contains(reportTime))
                    focus.Reported(first.Sources, reportRange, reportTime);
                focus.Update(SpreadOver(places, clause, place) ? null : place, TimeCarried(read.FirstOrDefault(), times));
            }
        }
        var events = Merging.Merge(mentions, locations, document, _roles, _lexicon);
        document.Facts = Settle(document, events, held);
        document.Events = events;
    }

    // A figure told in a clause of its own after its event ("More than 60 had fled, the monitor said", "It put the number of
    // attackers at ten") is that event's: the last one told that such a figure fits, while the story goes on (an event was
    // told in this paragraph or the one before, and not as background). A clause with a time of its own, or about a pattern,
    // may tell of other days and is left alone.
    void AddFigures(Document doc, TextSpan clause, List<Word> words, List<Mention> mentions)
    {
        if (mentions.Count == 0 || mentions[^1].Historical || mentions[^1].Habitual || ParagraphsBetween(doc.Text, mentions[^1].Clause.End, clause.Start) > 1 ||
            words.Exists(w => _lexicon.In(WordSet.Habitual, w.Text)) || _lexicon.Modality.IsTrend(words)) return;
        foreach (var n in doc.Numbers)
        {
            if (n.Span.Start >= clause.End) break;
            if (!clause.Contains(n.Span) || n.Kind is not { } kind) continue;
            int at = mentions.FindLastIndex(m => !m.Historical && !m.Habitual && Fits(m.Reading, kind));
            if (at < 0) continue;
            var m = mentions[at];
            List<Claim> claims = [.. m.Claims, new Claim(kind, n.Range, SourceOf(doc, n.Span) ?? m.Sources.FirstOrDefault(), Hedged(doc, clause), n.Span)];
            mentions[at] = m with { Claims = claims, Fatalities = Largest(claims, QuantityKind.Killed), Injured = Largest(claims, QuantityKind.Injured) };
        }
    }

    // Whether a figure of this kind, told apart, adds to an event of this reading: the hurt and the attackers to an incident of
    // violence or unrest, escapes and recaptures to an escape, the freed also to an abduction, arrests and surrenders to any event.
    static bool Fits(Reading reading, QuantityKind kind) => kind switch
    {
        QuantityKind.Killed or QuantityKind.Injured or QuantityKind.Attackers => AcledTypes.TypeOf(reading.Sub) != EventType.StrategicDevelopments,
        QuantityKind.Freed when reading.Sub == SubEventType.AbductionForcedDisappearance => true,
        QuantityKind.Escaped or QuantityKind.Freed or QuantityKind.Recaptured =>
            reading.Tags.Any(t => t is EventTag.Escape or EventTag.PrisonBreak or EventTag.PrisonAttack or EventTag.Recapture),
        QuantityKind.Arrested or QuantityKind.Surrendered => true,
        // Other figures of people or property: a crowd, those abducted, the homes destroyed.
        QuantityKind.Other => AcledTypes.TypeOf(reading.Sub) is EventType.Protests or EventType.Riots ||
            reading.Sub is SubEventType.AbductionForcedDisappearance or SubEventType.LootingPropertyDestruction,
        _ => false,
    };

    // How many paragraph breaks lie between two offsets (a run of line breaks is one).
    static int ParagraphsBetween(string text, int from, int to)
    {
        int breaks = 0;
        for (int i = from; i < to; i++)
            if (text[i] == '\n' && (i == from || text[i - 1] != '\n')) breaks++;
        return breaks;
    }

    // <paramref name="named"/> is the clause's best place in any country, where a background event it tells is set.
    IReadOnlyList<Mention> Read(Document doc, TextSpan clause, TextSpan sentence, List<Word> words, Toponym? place, Toponym? named, List<TimeMention> times,
        Focus focus, Dictionary<string, Toponym> scenes, Dictionary<string, Toponym> countries, ActorMention? subject)
    {
        var campaigns = _campaigns.In(words, doc.Text, doc.Toponyms);
        // Words of a name ("Popular Mobilization Forces", "Special Representative for Syria Engagement") report no act,
        // though a force named by its arms ("Turkish drones") uses them.
        // A campaign's noun is its own reading, never a vote for the clause's main event.
        var matches = _lexicon.Matcher.Find(words)
            .Where(m => Tells(words, m) && (_lexicon.IsWeapon(m.Trigger) || !InsideName(doc, m.Span) && !ProperNames.IsNameWord(doc.Text, sentence, m.Start)) &&
                !campaigns.Exists(c => c.Reading.First.Span.Overlaps(m.Span))).ToList();
        var reading = Typing.Read(matches, _lexicon);
        if (reading is null && !campaigns.Exists(c => !c.Unrealised)) return [];
        var numbers = doc.Numbers.Where(n => clause.Contains(n.Span) && n.Kind is not null && (n.Kind != QuantityKind.DetainedPopulation || n.Stake)).ToList();
        var actorsInClause = doc.Actors.Where(a => clause.Contains(a.Span) && _roles.IsParty(a.Actor) && !InsideSource(doc, a.Span)).ToList();
        var readings = reading is null ? [] : MainReadings(reading, matches, words, numbers, actorsInClause);
        if (readings.Count == 0 && !campaigns.Exists(c => !c.Unrealised)) return [];

        var attributed = doc.Attributions.Where(a => a.Scope.Overlaps(clause)).Select(a => a.Source).Distinct().ToList();
        var sources = attributed.Count == 0 && doc.Article.Outlet is { } outlet ? [outlet] : attributed;
        var report = focus.ReportOf(attributed);
        // "the same prison" is the site told before, wherever the text has moved since; "a second camp", "another
        // checkpoint": a site other than the one in focus is another incident, not in its town.
        bool anotherSite = Merging.NamesAnotherSite(words, _lexicon);
        var own = place ?? (Merging.NamesSameSite(words, _lexicon) ? focus.Site : null);
        var chosenPlace = own ?? (anotherSite ? WiderScene(scenes, focus.Place) : focus.Place);
        bool ongoing = words.Any(w => _lexicon.In(WordSet.Ongoing, w.Text));
        bool apart = anotherSite || Merging.SetsApart(words, matches);
        // One campaign of each state a clause tells; one said not to have happened tells nothing.
        var front = campaigns.Where(c => !c.Unrealised).DistinctBy(c => c.Force).Select(c => (Campaign: c, Scene: CampaignScene(doc, c, place, focus))).ToList();
        // A ceasefire told with the campaign it halts is set where the campaign is.
        var halted = front.FirstOrDefault(f => f.Scene.Border).Scene.Place;

        var mentions = new List<Mention>();
        foreach (var one in readings)
        {
            var where = halted is not null && one.Tags.Contains(EventTag.Ceasefire) && Coarse(chosenPlace) ? halted : chosenPlace;
            var parties = one.Sub == SubEventType.Agreement ? WithStates(doc, clause, words, actorsInClause) : actorsInClause;
            var roles = _roles.Find(one, parties, words, doc.Text, chosenPlace?.Place?.Country ?? CountryOf(doc), Owner(words, one, doc));
            // A ceasefire told with the campaign it halts has the campaign's state as a side ("despite the truce, Turkey's offensive …").
            if (one.Tags.Contains(EventTag.Ceasefire) && roles.Actor1 is null && front.Count > 0 && _roles.PartyOf(front[0].Campaign.Force) is var state && state != roles.Actor2)
                roles = roles with { Actor1 = state, Actor1Span = front[0].Campaign.OwnerSpan };
            // The frame names no subject of its own, so only an agent it marks ("by X") outranks the main clause's subject.
            if (subject is { } s && !roles.Actor1Cued && s.Actor != roles.Actor2) roles = roles with { Actor1 = s.Actor, Actor1Span = s.Span };
            var claims = numbers.Where(n => readings.Count == 1 || Counts(one, n.Kind!.Value)).ToList();
            // Split readings share the time of the clause's main trigger.
            mentions.Add(Background(MentionOf(doc, clause, sentence, one, readings[0].First.Start, words, times, focus, report, where,
                where != chosenPlace || own is not null, roles, claims, sources, ongoing, apart), named, countries));
        }
        foreach (var (c, scene) in front)
        {
            var told = scene.Foreign ? c.Reading : c.Reading with { Tags = [] };
            var roles = _roles.Find(told, actorsInClause, words, doc.Text, scene.Place?.Place?.Country, (c.Force, c.OwnerSpan)) is var found && found.Actor2 == c.Force
                ? found with { Actor2 = null, Actor2Span = null } : found;
            // The state is the campaign's side whoever else the clause has act ("Turkey's offensive triggered IS attacks").
            roles = roles with { Actor1 = c.Force, Actor1Span = c.OwnerSpan, Actor1Cued = true };
            // The campaign carries the clause's figures only when the clause tells nothing else ("Turkey's offensive has killed 120").
            var claims = readings.Count == 0 ? numbers : [];
            // Told as a fact, whatever pattern or possibility the clause speaks of ("a spate of bombings could follow Turkey's
            // invasion"): only words right before it make it unreal, and such a campaign is not told at all.
            mentions.Add(Background(MentionOf(doc, clause, sentence, told, told.First.Start, words, times, focus, report, scene.Place, scene.Own,
                roles, claims, sources, ongoing, setApart: false) with { Campaign = scene.Foreign, Habitual = false }, named, countries));
        }
        return mentions;
    }

    // Words before a country that make it where an agreement is, not a side of it ("a truce in Syria", "the north of Iraq").
    static readonly HashSet<string> PlacePrepositions = ["in", "near", "at", "outside", "around", "inside", "on", "into", "across", "of", "from", "throughout", "within"];

    // The sides of an agreement with the states its clause names as such ("Turkey and Russia agreed", "a deal with Iraq"):
    // a country that is not where the deal is stands for its government (forces.tsv), in text order with the named actors.
    List<ActorMention> WithStates(Document doc, TextSpan clause, List<Word> words, List<ActorMention> named)
    {
        List<ActorMention>? states = null;
        foreach (var t in doc.Toponyms)
        {
            if (t.Span.Start >= clause.End) break;
            if (!clause.Contains(t.Span) || t.Place is not { Precision: PlacePrecision.Country, Country: { } country } || InsideSource(doc, t.Span)) continue;
            int i = RoleFinder.IndexAt(words, t.Span.Start);
            if (i > 0 && PlacePrepositions.Contains(words[i - 1].Text) || _roles.GovernmentOf(country) is not { } government) continue;
            (states ??= []).Add(new ActorMention(t.Span, government));
        }
        return states is null ? named : [.. named.Concat(states).OrderBy(a => a.Span.Start)];
    }

    // Words between "including" and the trigger of the incident it includes ("which included a market bombing").
    const int IncludedReach = 4;

    // An incident told as part of the violence before ("the rise in violence, which included a bombing") with no perpetrator
    // of its own is done by whoever did the last violence told with one, when that is not its victim.
    Mention PartOfToldViolence(Mention m, List<Word> words, List<Mention> told)
    {
        if (m.Roles.Actor1 is not null || !Violence.IsViolent(m.Reading.Sub)) return m;
        int trigger = RoleFinder.IndexAt(words, m.Reading.First.Start);
        bool included = false;
        for (int i = Math.Max(0, trigger - IncludedReach - 1); i < trigger && !included; i++) included = _lexicon.In(WordSet.Included, words[i].Text);
        var doer = included ? told.LastOrDefault(t => t.Roles.Actor1 is not null && t.Historical == m.Historical && Violence.IsViolent(t.Reading.Sub))?.Roles.Actor1 : null;
        return doer is null || doer == m.Roles.Actor2 ? m : m with { Roles = m.Roles with { Actor1 = doer } };
    }

    // The clause's readings of its main event(s) from its first reading: none when its triggers do not vote strongly enough.
    IReadOnlyList<Reading> MainReadings(Reading reading, List<TriggerMatch> matches, List<Word> words, List<NumberMention> numbers, List<ActorMention> actorsInClause)
    {
        // ACLED codes an event by its most violent part: people killed make arrests or a foiled plot a violent event. The
        // clause stays as strong an event as its development told ("one died in the raid, which led to four arrests").
        // Protests and riots have types of their own for deadly ones (excessive force, mob violence) and keep them.
        if (AcledTypes.TypeOf(reading.Sub) == EventType.StrategicDevelopments && numbers.Any(n => n.Kind == QuantityKind.Killed && n.Range.Best is not 0 && n.Range.Max is not 0) &&
            Typing.Read(matches, _lexicon, allowed: Violence.IsViolent) is { } violent)
            reading = violent with { Score = Math.Max(violent.Score, reading.Score), MadeViolentFrom = reading.Sub };
        bool supported = actorsInClause.Count > 0 || numbers.Any(n => n.Kind is QuantityKind.Killed or QuantityKind.Injured);
        int minScore = MinScore - (supported || IsAnaphoric(words, reading.First.Start) ? 1 : 0);
        return reading.Score < minScore ? [] : Typing.Split(reading, matches, _lexicon, MinScore);
    }

    Mention MentionOf(Document doc, TextSpan clause, TextSpan sentence, Reading one, int dated, List<Word> words, List<TimeMention> times, Focus focus,
        (DateRange Range, TextSpan Time)? report, Toponym? where, bool ownPlace, Roles roles, List<NumberMention> numbers, List<string> sources, bool ongoing, bool setApart)
    {
        // A time that dates only the report bounds the event, like a carried time, without fixing it; so does the dated
        // report of the clause's source told before ("The center said …"), when the time in focus runs past it.
        var time = ClauseTime.For(times, words, dated, focus.Time);
        var (date, dateSpan, ownDate) = time is not null ? (time.Range, (TextSpan?)time.Time.Span, !time.OfReport)
            : report is { } told && (focus.Time?.Range is not { } carried || carried.To > told.Range.To) ? (told.Range, (TextSpan?)told.Time, false)
            : focus.Time is { Range: { } fr } ? (fr, (TextSpan?)focus.Time.Span, false)
            : (null, null, false);
        bool historical = date is not null && doc.Published is { } published &&
            (date.To < published.AddDays(-HistoricalAfterDays) || ownDate && IsPastPeriod(date, published));
        // Publication day as a last resort, and only for news of the day.
        if (date is null && doc.Published is { } day) date = new DateRange(day.AddDays(-1), day, DatePrecision.Day);
        // "Similar bombings have taken place" with no date of their own compares with the past; it tells no incident. Nor
        // does a trend or state ("has been stepping up its raids", "in recent years") unless it dates one by day or week.
        // An event a since-phrase names is told by the phrase alone, whatever pattern the main clause tells since then
        // ("has carried out regular attacks since the town fell in March 2019").
        var phrase = time?.SincePhrase is { } since ? words.Where(w => since.Start <= w.Start && w.End <= since.End).ToList() : words;
        bool habitual = phrase.Any(w => _lexicon.In(WordSet.Habitual, w.Text) || !ownDate && Comparisons.Contains(w.Text)) ||
            !(ownDate && date!.Precision <= DatePrecision.Week) && _lexicon.Modality.IsTrend(phrase);
        var certainty = CertaintyOf(doc, clause, one);
        var claims = numbers.Select(n => new Claim(n.Kind!.Value, n.Range, SourceOf(doc, n.Span) ?? sources.FirstOrDefault(), certainty, n.Span)).ToList();
        bool tally = claims.Exists(c => c.What == QuantityKind.AttacksCount);
        return new Mention(clause, sentence, one, IsAnaphoric(words, one.First.Start),
            where, ownPlace, date, dateSpan, ownDate, roles,
            Largest(claims, QuantityKind.Killed), Largest(claims, QuantityKind.Injured), claims, sources, certainty, historical, habitual, ongoing, setApart, tally,
            Period: ownDate && time!.Time.Anchor is not null && date == time.Time.Range);
    }

    // A background event is set where its clause puts it, also outside the countries of the news ("a wave of raids in Iraq"
    // in a story from Syria). One its clause does not place is set in the country of the place in focus: the town or site
    // of the news of the day is not where a past event happened, and a key places it no more precisely than the text does.
    static Mention Background(Mention m, Toponym? named, Dictionary<string, Toponym> countries) =>
        m is not { Historical: true } ? m
        : named is not null ? m with { Place = named, OwnPlace = true }
        : m is { OwnPlace: false, Place.Place.Country: { } c } && countries.GetValueOrDefault(c) is { } country ? m with { Place = country } : m;

    // The state force a demonym or possessive names just before a reading's trigger ("Turkish shelling"), if any.
    (string Force, TextSpan Span)? Owner(List<Word> words, Reading reading, Document doc) =>
        _owners.Of(words, words.FindIndex(w => w.Start >= reading.First.Start), doc.Text, doc.Toponyms);

    // Where a campaign is and whether the state wages it abroad. The owner's own country is no scene ("Turkey's
    // incursion" names Turkey as the invader); a campaign abroad that the text locates no closer than a region is set
    // at the border the force crossed, as ACLED places an unlocated cross-border offensive.
    (Toponym? Place, bool Own, bool Foreign, bool Border) CampaignScene(Document doc, Campaign c, Toponym? place, Focus focus)
    {
        var home = _roles.CountryOf(c.Force);
        // Its place follows its noun ("Turkey's incursion into X"); one named before is another act's ("fires in X following Turkey's incursion").
        if (place is not null && place.Span.Start < c.OwnerSpan.End) place = null;
        var scene = place ?? focus.Place;
        // With no scene yet, the first country the article names other than the state's own.
        var country = scene is null ? doc.Toponyms.FirstOrDefault(t => t.Place?.Country is { } other && other != home)?.Place!.Country : scene.Place?.Country;
        if (home is null || country is null || country == home) return (scene, place is not null, false, false);
        if (!Coarse(place) || _border?.Invoke(home, country) is not { } border) return (scene, place is not null, true, false);
        return (new Toponym(place?.Span ?? c.OwnerSpan, border, ToponymRole.Location), true, true, true);
    }

    // No closer than a region: the scene of a campaign, not of an incident in it.
    static bool Coarse(Toponym? t) => t?.Place is null || t.Place.Precision >= PlacePrecision.Region;

    // The time a clause leaves in focus: the one that dated its event (a report's as the range it bounds), else its first.
    // A since-phrase leaves its whole range, whatever the event it names ("Since the invasion on Oct. 9, …").
    static TimeMention? TimeCarried(Mention? mention, List<TimeMention> times)
    {
        var dating = times.FirstOrDefault(t => t.Span == mention?.DateSpan);
        return dating is { Anchor: null } && !mention!.OwnDate ? dating with { Range = mention.Date } : dating ?? times.FirstOrDefault();
    }

    // A whole month or year told of in the past ("in October", "in 2019") is background, however recent.
    static bool IsPastPeriod(DateRange date, DateOnly published) =>
        date.Precision >= DatePrecision.Month && date.To < published;

    // When a clause tells two events, the people who got out count for the escape and the dead for the violence.
    static bool Counts(Reading reading, QuantityKind kind) =>
        reading.Tags.Contains(EventTag.Escape) ? kind is not (QuantityKind.Killed or QuantityKind.Injured) : kind is not (QuantityKind.Escaped or QuantityKind.Freed);

    // The clause's facility, else its most precise place, in the theatre's countries (any country when null). The dateline's
    // places only when the clause names no other: they say where the report was filed ("BAMAKO (Reuters) - Troops retook Ansongo").
    static Toponym? PlaceIn(List<Toponym> places, TextSpan clause, IReadOnlySet<string>? theatre, int datelineEnd)
    {
        Toponym? best = null;
        foreach (var t in places)
        {
            if (t.Span.Start >= clause.End) break;
            if (!clause.Contains(t.Span) || theatre?.Contains(t.Place!.Country ?? "") == false) continue;
            if (best is null || Better(t, best, datelineEnd)) best = t;
        }
        return best;
    }

    // A place after the dateline beats one in it; otherwise the lower rank wins.
    static bool Better(Toponym t, Toponym than, int datelineEnd) =>
        (t.Span.End > datelineEnd) == (than.Span.End > datelineEnd) ? Rank(t) < Rank(than) : t.Span.End > datelineEnd;

    // Where the dateline that opens the text ends ("KANO, Nigeria (AP) -", "BAMAKO —", "Erbil, Iraq (Reuters) --"); 0 for none.
    static int DatelineEnd(string text, List<Toponym> places)
    {
        if (places.Count == 0 || !text.AsSpan(0, places[0].Span.Start).IsWhiteSpace()) return 0;
        var tail = DatelineTail().Match(text, places[0].Span.End);
        return tail.Success ? tail.Index + tail.Length : 0;
    }

    // After the place: an optional ", Country" or state, an optional "(Outlet)", then a dash.
    [GeneratedRegex(@"\G(?:, [\p{L}.' ]{2,30})?(?: ?\([^()\n]{1,40}\))? ?(?:[—–]|--? )")]
    private static partial Regex DatelineTail();

    // Whether the clause's most precise place is a country and it names another beside it ("the group keeps cells
    // in Iraq and Syria"): where a group spreads, which leaves the scene the reader has in mind where it was.
    static bool SpreadOver(List<Toponym> places, TextSpan clause, Toponym? best)
    {
        if (best?.Place is not { Precision: PlacePrecision.Country } country) return false;
        foreach (var t in places)
        {
            if (t.Span.Start >= clause.End) break;
            if (clause.Contains(t.Span) && t.Place!.Precision == PlacePrecision.Country && t.Place.Country != country.Country) return true;
        }
        return false;
    }

    // A country outside the theatre is still the scene of a clause that names no other place and puts its event in it
    // ("gunmen shot dead nine guards at a post in the south of neighbouring Iraq").
    static Toponym? CountryNamedAsScene(Document doc, List<Toponym> places, TextSpan clause)
    {
        var named = places.Where(t => clause.Contains(t.Span)).ToList();
        if (named.Count == 0 || named.Any(t => t.Place!.Precision != PlacePrecision.Country || t.Place.Country != named[0].Place!.Country)) return null;
        var before = Words.Split(doc.Text, Math.Max(clause.Start, named[0].Span.Start - 40), named[0].Span.Start);
        return before.TakeLast(LocativeReach).Any(w => w.Text == "in") ? named[0] : null;
    }

    // The toponyms that can be where an event happens, in text order: resolved, not metonyms ("Damascus said"),
    // and not the words of an actor ("IS"), whatever a gazetteer says.
    static List<Toponym> EventPlaces(Document doc)
    {
        var places = new List<Toponym>();
        int a = 0;
        foreach (var t in doc.Toponyms)
        {
            if (t.Place is null || t.Role == ToponymRole.Metonym) continue;
            while (a < doc.Actors.Count && doc.Actors[a].Span.End <= t.Span.Start) a++;
            if (a < doc.Actors.Count && doc.Actors[a].Span.Overlaps(t.Span)) continue;
            places.Add(t);
        }
        return places;
    }

    // The countries an article's events happen in: the most named one, and any other with at least two places named
    // inside it. A far country named as such ("the United States", "talks in Moscow") is context, not a scene.
    static HashSet<string> Theatre(List<Toponym> places)
    {
        var counts = places.Where(t => t.Place!.Country is not null)
            .GroupBy(t => t.Place!.Country!)
            .Select(g => (Country: g.Key, Count: g.Count(), Inside: g.Count(t => t.Place!.Precision != PlacePrecision.Country))).ToList();
        int top = counts.Count == 0 ? 0 : counts.Max(c => c.Count);
        return counts.Where(c => c.Inside >= 2 || c.Count == top).Select(c => c.Country).ToHashSet();
    }

    // The wider scene of each theatre country: the most specific part of it the article names (a quarter such as
    // "northeast Syria" before a half such as "northern Syria", as a coder takes the most specific location told), then
    // the one named most often, else the country itself when named. An article's vague places say where its events are
    // spread, so an event at a site other than the one in focus ("a second camp") lies somewhere in that part, not in the
    // first site's town. Ties go to the part named first.
    static Dictionary<string, Toponym> WiderScenes(List<Toponym> places, IReadOnlySet<string> theatre)
    {
        var scenes = new Dictionary<string, Toponym>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in places)
        {
            var p = t.Place!;
            if (p.Country is not { } country || !theatre.Contains(country)) continue;
            if (p.Precision == PlacePrecision.Country) scenes.TryAdd(country, t);
            else if (p.Precision == PlacePrecision.Region && t.Role != ToponymRole.Facility)
            {
                int n = counts[p.Name] = counts.GetValueOrDefault(p.Name) + 1;
                if (scenes.GetValueOrDefault(country) is not { Place.Precision: PlacePrecision.Region } current ||
                    (IsQuarter(p), n).CompareTo((IsQuarter(current.Place!), counts[current.Place!.Name])) > 0)
                    scenes[country] = t;
            }
        }
        return scenes;
    }

    // The first mention of each country named as such ("Syria"), the place of its background events.
    static Dictionary<string, Toponym> CountriesNamed(List<Toponym> places) =>
        places.Where(t => t.Place!.Precision == PlacePrecision.Country && t.Place.Country is not null)
            .DistinctBy(t => t.Place!.Country).ToDictionary(t => t.Place!.Country!, StringComparer.Ordinal);

    static readonly string[] QuarterWords = ["northeast", "northwest", "southeast", "southwest"];

    // A part named by a compound direction is a quarter of its country, narrower than a half ("northern Syria").
    static bool IsQuarter(Place region) => QuarterWords.Any(q => region.Name.StartsWith(q, StringComparison.OrdinalIgnoreCase));

    // A half of a country ("northern Syria") is the quarter of it the article's events are spread over ("northeast Syria",
    // its wider scene), as a coder takes the most specific location the article gives; the words stay the clause's own.
    static Toponym? Narrowed(Toponym? named, Dictionary<string, Toponym> scenes)
    {
        if (named?.Place is not { Precision: PlacePrecision.Region, Country: { } country } half || IsQuarter(half) ||
            scenes.GetValueOrDefault(country)?.Place is not { Precision: PlacePrecision.Region } quarter || !IsQuarter(quarter)) return named;
        var direction = half.Name.AsSpan(0, Math.Max(0, half.Name.IndexOf(' ')));
        return direction.EndsWith("ern", StringComparison.OrdinalIgnoreCase) &&
            quarter.Name.AsSpan(0, quarter.Name.IndexOf(' ')).Contains(direction[..^3], StringComparison.OrdinalIgnoreCase)
            ? named with { Place = quarter } : named;
    }

    // The wider scene around the place in focus; a region or country in focus is already wide. Null when the article
    // names no part of the focus place's country, rather than the wrong town.
    static Toponym? WiderScene(Dictionary<string, Toponym> scenes, Toponym? focus) =>
        focus?.Place is not { } p ? null
        : p.Precision >= PlacePrecision.Region ? focus
        : p.Country is { } country ? scenes.GetValueOrDefault(country) : null;

    // "The incident reportedly happened in X", "The attack took place near Y", "It happened at Z": a clause whose
    // subject refers back to an event and whose verb only locates it. It moves that event and tells none of its own.
    bool LocatesToldEvent(List<Word> words)
    {
        int subject = words is [{ Text: "it" }, ..] ? 1
            : words.Count > 1 && Anaphors.Contains(words[0].Text) && _lexicon.In(WordSet.Incident, words[1].Text) ? 2 : 0;
        if (subject == 0) return false;
        for (int i = subject; i + 1 < words.Count && i <= subject + LocatingReach; i++)
            if (_lexicon.In(WordSet.Occurred, words[i].Text) && Locatives.Contains(words[i + 1].Text)) return true;
        return false;
    }

    // The town or site the article names most often: where a lede that names no place is set.
    static Toponym? MainPlace(List<Toponym> places, IReadOnlySet<string> theatre) =>
        places.Where(t => theatre.Contains(t.Place!.Country ?? "") && t.Place!.Precision <= PlacePrecision.Town)
            .GroupBy(t => t.Place!.Name).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();

    // The time of the news the lede tells: its first day or week no older than a week before publication.
    static TimeMention? MainTime(Document doc)
    {
        if (doc.Published is not { } published || doc.Sentences.Count == 0) return null;
        int ledeEnd = doc.Sentences[Math.Min(LedeSentences, doc.Sentences.Count) - 1].Span.End;
        return doc.Times.FirstOrDefault(t => t.Span.Start < ledeEnd && t.Range is { Precision: <= DatePrecision.Week } r && r.To >= published.AddDays(-RecentDays));
    }

    // Facilities first, then the most precise place.
    static int Rank(Toponym t) => t.Role == ToponymRole.Facility ? -1 : (int)t.Place!.Precision;

    // How many the clause says a site holds: each figure, the fact it makes, and the site the clause names itself, if any.
    static IEnumerable<(NumberMention Figure, Fact Fact, string? Site)> HeldIn(Document doc, TextSpan clause, Toponym? own, Toponym? focus) =>
        doc.Numbers.Where(n => n.Kind == QuantityKind.DetainedPopulation && clause.Contains(n.Span))
            .Select(n => (n, new Fact(QuantityKind.DetainedPopulation, (own ?? focus)?.Facility, n.Range, doc.Published,
                SourceOf(doc, n.Span) ?? doc.Article.Outlet, clause), own?.Facility));

    // Where each held population goes; returns the article's facts. A standing count ("a prison holding 2,000") is a fact.
    // A stake ("an assault to free 700 inmates") is the figure of the event told with it; when its clause tells none but
    // names the site, of the article's attack on or break-out from that site; else ("urging followers to free 700 inmates")
    // a fact. Each figure has one home, so the facility ledger, which reads population from facts and event quantities
    // alike, counts it once.
    static List<Fact> Settle(Document doc, List<Event> events, List<(NumberMention Figure, Fact Fact, string? Site)> held)
    {
        var carried = events.SelectMany(e => e.Quantities).Select(q => q.Evidence).ToHashSet();
        var facts = new List<Fact>();
        foreach (var (figure, fact, site) in held.Where(h => !carried.Contains(h.Figure.Span)))
        {
            int at = figure.Stake && site is not null
                ? events.FindIndex(e => e.Facility == site && !e.Historical && e.Tags.Any(t => t is EventTag.PrisonAttack or EventTag.PrisonBreak)) : -1;
            if (at < 0) facts.Add(fact);
            else events[at] = events[at] with
            {
                Quantities = [.. events[at].Quantities, new Claim(QuantityKind.DetainedPopulation, figure.Range, fact.Source, Hedged(doc, fact.Evidence), figure.Span)],
            };
        }
        return facts;
    }

    static string? SourceOf(Document doc, TextSpan span) => doc.Attributions.FirstOrDefault(a => a.Scope.Contains(span))?.Source;

    // The first party the clause names: the subject of a main clause.
    ActorMention? FirstParty(Document doc, TextSpan clause) =>
        doc.Actors.FirstOrDefault(a => clause.Contains(a.Span) && _roles.IsParty(a.Actor) && !InsideSource(doc, a.Span));

    static bool InsideName(Document doc, TextSpan span) => doc.Actors.Any(a => a.Span.Contains(span));

    // A party that claims an attack is its perpetrator, not only a source ("IS claimed the bombing").
    static bool InsideSource(Document doc, TextSpan span) =>
        doc.Attributions.Any(a => a.SourceSpan.Overlaps(span) && !doc.Text.AsSpan(a.Cue.Start, a.Cue.Length).StartsWith("claim", StringComparison.OrdinalIgnoreCase));

    static string? CountryOf(Document doc) => doc.Toponyms.FirstOrDefault(t => t.Place?.Country is not null)?.Place!.Country;

    static Certainty CertaintyOf(Document doc, TextSpan clause, Reading reading)
    {
        var hedged = Hedged(doc, clause);
        return hedged == Certainty.Confirmed && reading.Tags.Contains(EventTag.ClaimOfResponsibility) ? Certainty.Claimed : hedged;
    }

    static Certainty Hedged(Document doc, TextSpan clause) =>
        doc.Hedges.Where(h => h.Scope.Overlaps(clause)).Select(h => h.Certainty).DefaultIfEmpty(Certainty.Confirmed).Max();

    // A trigger tells an act unless it is denied or only intended, threatened or possible ("plans to attack"); the act of
    // a pattern that names its doer first is its last word ("units to capture").
    bool Tells(List<Word> words, TriggerMatch m)
    {
        int first = 0;
        while (first + 1 < words.Count && words[first].Start < m.Start) first++;
        if (IsNegated(words, first) || _lexicon.Modality.IsIrrealis(words, first)) return false;
        int last = first;
        while (last + 1 < words.Count && words[last + 1].End <= m.End) last++;
        return last == first || !_lexicon.Modality.IsIrrealis(words, last);
    }

    // "no arrests were reported", "no one was hurt", "No group claimed responsibility": a denied act is no event.
    static bool IsNegated(List<Word> words, int trigger)
    {
        for (int k = trigger - 1; k >= 0 && k >= trigger - NegationReach; k--)
            if (Negations.Contains(words[k].Text)) return true;
        return false;
    }

    static bool IsAnaphoric(List<Word> words, int triggerStart)
    {
        int i = words.FindIndex(w => w.Start >= triggerStart);
        return i > 0 && Anaphors.Contains(words[i - 1].Text);
    }

    static Claim? Largest(List<Claim> claims, QuantityKind kind) =>
        claims.Where(c => c.What == kind).MaxBy(c => c.Range.Best ?? c.Range.Min ?? c.Range.Max ?? 0);
}
