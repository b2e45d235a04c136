using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Gold;

/// <summary>Writes an annotated document in the gold format.</summary>
public static class GoldConvert
{
    /// <summary>The document's events and facts as one gold line; evidence spans become the source's words.</summary>
    public static GoldArticle ToGold(Document doc) => new()
    {
        ArticleId = doc.Article.ArticleId,
        Outlet = doc.Article.Outlet,
        Published = doc.Published?.ToString("yyyy-MM-dd"),
        PublishedBasis = Snake(doc.PublishedBasis.ToString()),
        Events = doc.Events.Select(e => ToGold(e, doc)).ToArray(),
        Facts = doc.Facts.Select(f => new GoldFact
        {
            What = Snake(f.What.ToString()), Facility = f.Facility, Min = f.Range.Min, Max = f.Range.Max,
            Approx = f.Range.Words, AsOf = f.AsOf?.ToString("yyyy-MM-dd"), Source = f.Source, Evidence = doc[f.Evidence],
        }).ToArray(),
    };

    /// <summary>One event in the gold format.</summary>
    public static GoldEvent ToGold(Event e, Document doc) => new()
    {
        Id = e.Id,
        EventType = AcledTypes.Name(e.EventType),
        SubEventType = AcledTypes.Name(e.SubEventType),
        Tags = e.Tags.Select(t => Snake(t.ToString())).ToArray(),
        Date = e.Date is null ? null : new GoldDate(e.Date.From.ToString("yyyy-MM-dd"), e.Date.To.ToString("yyyy-MM-dd")),
        DatePrecision = e.Date is null ? null : Snake(e.Date.Precision.ToString()),
        Location = e.Location is not { } p ? null : new GoldLocation
        {
            Name = p.Name, Mentions = e.LocationMentions, Country = p.Country, Admin1 = p.Admin1,
            Lat = p.Lat, Lon = p.Lon, Precision = Snake(p.Precision.ToString()),
        },
        Facility = e.Facility,
        Actor1 = e.Actor1,
        Actor2 = e.Actor2,
        AssocActors = e.AssocActors,
        Fatalities = new GoldRange(e.Fatalities.Min, e.Fatalities.Max, e.Fatalities.Best),
        Injured = new GoldRange(e.Injured.Min, e.Injured.Max, e.Injured.Best),
        Quantities = e.Quantities.Select(q => new GoldQuantity
        {
            What = Snake(q.What.ToString()), Min = q.Range.Min, Max = q.Range.Max, Approx = q.Range.Words, Source = q.Source,
        }).ToArray(),
        Sources = e.Sources,
        Certainty = Snake(e.Certainty.ToString()),
        Historical = e.Historical,
        Evidence = e.Evidence.Select(s => doc[s]).ToArray(),
    };

    /// <summary>PascalCase enum name → snake_case, as every output writes it (PrisonAttack → prison_attack).</summary>
    public static string Snake(string pascal) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
