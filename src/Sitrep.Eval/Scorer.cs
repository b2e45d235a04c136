using Sitrep.Eval.Internal;
using Sitrep.Gold;

namespace Sitrep.Eval;

/// <summary>Scores predicted gold-format articles against hand-made keys by the matching rule of gold-schema.md.</summary>
/// <remarks>
/// Articles pair by article_id; a gold article without a prediction counts as zero predicted events, and predicted
/// articles absent from the gold are not scored. Within an article, current and historical events are matched apart
/// (a historical event only matches a historical one). A pair may match when the sub_event_type is the same (or both
/// carry prison_attack, or both prison_break), the dates are at most one day apart (each range widened by a day must
/// overlap; a null date matches only a null date), and the places lie within 50 km (where either lacks coordinates:
/// the same admin1, or the same country when neither has an admin1). Among the allowed pairs an optimal assignment
/// (Hungarian method) first matches as many gold events as possible, then prefers the same sub-type, the nearest
/// dates, the nearest places, so the result does not depend on event order.
/// </remarks>
public static class Scorer
{
    /// <summary>Matches <paramref name="predicted"/> to <paramref name="gold"/> and reports P/R/F1 and attribute accuracy.</summary>
    public static EvalReport Score(IReadOnlyList<GoldArticle> gold, IReadOnlyList<GoldArticle> predicted)
    {
        var byId = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        foreach (var p in predicted) byId.TryAdd(p.ArticleId, p);

        var current = new PoolTally();
        var historical = new PoolTally();
        var pairs = new List<(GoldEvent Gold, GoldEvent Predicted)>();
        int publishedRight = 0, outletRight = 0;
        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.ArticleId);
            if (g.Published == p?.Published) publishedRight++;
            if (g.Outlet == p?.Outlet) outletRight++;
            foreach (var (tally, isHistorical) in new[] { (current, false), (historical, true) })
            {
                var gs = Events(g).Where(e => e.Historical == isHistorical).ToArray();
                var ps = Events(p).Where(e => e.Historical == isHistorical).ToArray();
                var matched = Match(gs, ps);
                tally.Add(gs.Length, ps.Length, matched.Count);
                pairs.AddRange(matched);
            }
        }
        var located = pairs.Where(p => p.Gold.Location is { Lat: not null, Lon: not null }).ToArray();
        var goldQuantities = pairs.SelectMany(p => (p.Gold.Quantities ?? []).Select(q => (Gold: q, p.Predicted))).ToArray();
        return new EvalReport
        {
            Articles = gold.Count,
            Current = current.ToScore(),
            Historical = historical.ToScore(),
            MatchedPairs = pairs.Count,
            SubEventType = Count(pairs, p => p.Gold.SubEventType == p.Predicted.SubEventType),
            EventType = Count(pairs, p => p.Gold.EventType == p.Predicted.EventType),
            Actor1 = Count(pairs, p => p.Gold.Actor1 == p.Predicted.Actor1),
            Actor2 = Count(pairs, p => p.Gold.Actor2 == p.Predicted.Actor2),
            Fatalities = Count(pairs, p => Attributes.SameFigure(p.Gold.Fatalities, p.Predicted.Fatalities)),
            DateExact = Count(pairs, p => Attributes.SameDate(p.Gold.Date, p.Predicted.Date)),
            LocationWithin25Km = Count(located, p => EventMatch.Km(p.Gold.Location, p.Predicted.Location) <= Attributes.RightKm),
            MedianKmError = Attributes.Median(pairs.Select(p => EventMatch.Km(p.Gold.Location, p.Predicted.Location)).OfType<double>()),
            Facility = Count(pairs, p => string.Equals(p.Gold.Facility, p.Predicted.Facility, StringComparison.OrdinalIgnoreCase)),
            Quantities = Count(goldQuantities, x => Attributes.Found(x.Gold, x.Predicted)),
            TagsJaccard = pairs.Count == 0 ? null : pairs.Average(p => Attributes.Jaccard(EventMatch.Tags(p.Gold), EventMatch.Tags(p.Predicted))),
            Published = new Accuracy(publishedRight, gold.Count),
            Outlet = new Accuracy(outletRight, gold.Count),
        };
    }

    /// <summary>The optimal pairs between one article's gold and predicted events of one pool.</summary>
    internal static IReadOnlyList<(GoldEvent Gold, GoldEvent Predicted)> Match(IReadOnlyList<GoldEvent> gold, IReadOnlyList<GoldEvent> predicted)
    {
        var cost = new double?[gold.Count, predicted.Count];
        for (int i = 0; i < gold.Count; i++)
            for (int j = 0; j < predicted.Count; j++)
                cost[i, j] = EventMatch.Matches(gold[i], predicted[j]) ? EventMatch.Cost(gold[i], predicted[j]) : null;
        return Assignment.Solve(cost).Select(p => (gold[p.Row], predicted[p.Column])).ToArray();
    }

    static Accuracy Count<T>(IReadOnlyCollection<T> items, Func<T, bool> right) => new(items.Count(right), items.Count);

    static IReadOnlyList<GoldEvent> Events(GoldArticle? a) => a?.Events ?? [];

    sealed class PoolTally
    {
        int gold, predicted, matched;

        public void Add(int g, int p, int m) { gold += g; predicted += p; matched += m; }

        public EventScore ToScore() => new(gold, predicted, matched);
    }
}
