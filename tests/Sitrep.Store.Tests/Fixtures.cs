using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Store.Tests;

/// <summary>Articles written for these tests, coded by hand as the extraction stages would code them.</summary>
/// <remarks>The store and fusion are tested on their own: events are built here, so extraction quality cannot move these tests.</remarks>
static class Fixtures
{
    public static readonly Place Qamishli = new("Qamishli", "SY", "Al-Hasakah", 37.0522, 41.2317, PlacePrecision.Town, 163270);
    public static readonly Place Hasakah = new("Al-Hasakah", "SY", "Al-Hasakah", 36.5024, 40.7477, PlacePrecision.Town, 173457);
    public static readonly Place TalBaydar = new("Tal Baydar", "SY", "Al-Hasakah", 36.7, 40.97, PlacePrecision.Town);
    public static readonly DateOnly Tuesday = new(2023, 3, 14);

    public static Document Load(string name, string outlet, DateOnly published, string? url = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "store", name + ".txt");
        return new Document(new Article(name, File.ReadAllText(path)) { Outlet = outlet, Published = published, Url = url });
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/>; fails the test when absent.</summary>
    public static TextSpan Span(Document d, string words)
    {
        int at = d.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in {d.Article.ArticleId}");
        return new TextSpan(at, words.Length);
    }

    public static Claim Killed(Document d, string words, long value, string? source) =>
        new(QuantityKind.Killed, NumberRange.Exactly(value, words), source, Certainty.Reported, Span(d, words));

    /// <summary>The three outlets' reports of one Qamishli car bomb, each with its own spelling and toll.</summary>
    public static IEnumerable<Document> QamishliBombing()
    {
        yield return Bombing("qamishli-outlet-a", "AFP", "killing seven people", 7, "Syrian Observatory for Human Rights", "Qamishli");
        yield return Bombing("qamishli-outlet-b", "Reuters", "Nine people died", 9, "Kurdish officials", "Qamishly");
        yield return Bombing("qamishli-outlet-c", "AP", "killed eight people", 8, "Syrian Democratic Forces", "al-Qamishli");
    }

    static Document Bombing(string name, string outlet, string tollWords, long toll, string source, string spelling)
    {
        var d = Load(name, outlet, Tuesday);
        var evidence = d.Sentences.Count > 0 ? d.Sentences[0].Span : new TextSpan(0, d.Text.Length);
        d.Events =
        [
            new Event
            {
                Id = "e1", SubEventType = SubEventType.RemoteExplosiveLandmineIed, Tags = [EventTag.CarBomb],
                Date = DateRange.Day(Tuesday), Location = Qamishli, LocationMentions = [spelling],
                Actor2 = "Asayish", Fatalities = NumberRange.Exactly(toll, tollWords),
                Quantities = [Killed(d, tollWords, toll, source)], Sources = [source], Evidence = [evidence],
            },
        ];
        return d;
    }

    /// <summary>Two bombings in Hasakah on one Friday: a car bomb at a market and a roadside bomb against a patrol.</summary>
    public static IEnumerable<Document> TwoHasakahBombings()
    {
        var friday = new DateOnly(2023, 3, 17);
        var market = Load("hasakah-market-bomb", "AFP", friday);
        market.Events =
        [
            new Event
            {
                Id = "e1", SubEventType = SubEventType.RemoteExplosiveLandmineIed, Tags = [EventTag.CarBomb], Date = DateRange.Day(friday),
                Location = Hasakah, Actor2 = "Civilians (Syria)", Fatalities = NumberRange.Exactly(5, "killing five civilians"),
                Quantities = [Killed(market, "killing five civilians", 5, "local medics")], Evidence = [Span(market, "A car bomb went off")],
            },
        ];
        var patrol = Load("hasakah-roadside-bomb", "Reuters", friday);
        patrol.Events =
        [
            new Event
            {
                Id = "e1", SubEventType = SubEventType.RemoteExplosiveLandmineIed, Tags = [EventTag.Ied], Date = DateRange.Day(friday),
                Location = Hasakah, Actor2 = "Syrian Democratic Forces", Fatalities = NumberRange.Exactly(2, "killing two fighters"),
                Quantities = [Killed(patrol, "killing two fighters", 2, "Syrian Democratic Forces")], Evidence = [Span(patrol, "A roadside bomb struck")],
            },
        ];
        return [market, patrol];
    }

    /// <summary>An attack on a detention centre reported on day 1 as ongoing and on day 6 as over, with the toll raised and escape figures.</summary>
    public static IEnumerable<Document> Siege()
    {
        var monday = new DateOnly(2023, 5, 1);
        var saturday = monday.AddDays(5);
        const string facility = "Tal Baydar detention centre";
        var first = Load("siege-day-one", "AFP", monday);
        first.Events =
        [
            new Event
            {
                Id = "e1", SubEventType = SubEventType.ArmedClash, Tags = [EventTag.PrisonAttack], Date = DateRange.Day(monday),
                Location = TalBaydar with { Precision = PlacePrecision.Facility }, Facility = facility,
                Actor1 = "Islamic State", Actor2 = "Syrian Democratic Forces", Fatalities = NumberRange.Exactly(20, "20 people had been killed"),
                Quantities = [Killed(first, "20 people had been killed", 20, "Syrian Democratic Forces")],
                Evidence = [Span(first, "Militants attacked a detention centre")],
            },
        ];
        first.Facts = [new Fact(QuantityKind.DetainedPopulation, facility, new NumberRange(600, 600, 600, "about 600"), monday, "Syrian Democratic Forces", Span(first, "about 600 detainees"))];

        var last = Load("siege-day-six", "AFP", saturday);
        last.Events =
        [
            new Event
            {
                Id = "e1", SubEventType = SubEventType.ArmedClash, Tags = [EventTag.PrisonAttack, EventTag.PrisonBreak],
                Date = new DateRange(monday, saturday, DatePrecision.Day), Location = TalBaydar, Facility = facility,
                Actor1 = "Islamic State", Actor2 = "Syrian Democratic Forces", Fatalities = NumberRange.Exactly(110, "death toll at 110"),
                Quantities =
                [
                    Killed(last, "death toll at 110", 110, "Syrian Democratic Forces"),
                    new Claim(QuantityKind.Escaped, new NumberRange(40, 40, 40, "Some 40"), "Syrian Democratic Forces", Certainty.Reported, Span(last, "Some 40 detainees escaped")),
                    new Claim(QuantityKind.Recaptured, NumberRange.Exactly(25, "25"), "Syrian Democratic Forces", Certainty.Reported, Span(last, "25 of them had been caught again")),
                ],
                Evidence = [Span(last, "it had retaken the site")],
            },
        ];
        return [first, last];
    }
}
