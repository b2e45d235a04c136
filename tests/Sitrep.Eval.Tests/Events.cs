using Sitrep.Gold;

namespace Sitrep.Eval.Tests;

/// <summary>Hand-built gold events for scorer tests: a car bomb in Hasakah unless told otherwise.</summary>
static class Events
{
    public static GoldEvent CarBomb(string day = "2024-03-05", double lat = 36.5024, double lon = 40.7477, bool historical = false) => new()
    {
        Id = "e1",
        EventType = "Explosions/Remote violence",
        SubEventType = "Remote explosive/landmine/IED",
        Tags = ["car_bomb"],
        Date = new GoldDate(day, day),
        DatePrecision = "day",
        Location = new GoldLocation
        {
            Name = "Hasakah", Mentions = ["Hasakeh"], Country = "SY", Admin1 = "Al-Hasakah", Lat = lat, Lon = lon, Precision = "town",
        },
        Actor1 = "Islamic State",
        Actor2 = "Syrian Democratic Forces",
        Fatalities = new GoldRange(4, null, 4),
        Injured = new GoldRange(null, null, null),
        Quantities = [new GoldQuantity { What = "killed", Min = 4, Max = null, Approx = "at least four", Source = "Sitrep Wire" }],
        Sources = ["Sitrep Wire"],
        Certainty = "confirmed",
        Historical = historical,
        Evidence = ["A car bomb went off in Hasakeh."],
    };

    public static GoldArticle Article(params GoldEvent[] events) => new()
    {
        ArticleId = "a1", Outlet = "Sitrep Wire", Published = "2024-03-06", PublishedBasis = "stated", Events = events,
    };

    public static EvalReport Score(GoldArticle gold, GoldArticle predicted) => Scorer.Score([gold], [predicted]);
}
