using Sitrep.Model;

namespace Sitrep.Fuse;

/// <summary>Combines claims about one quantity into a <see cref="Figure"/> and turns an event's figures into claims.</summary>
public static class Figures
{
    /// <summary>The single value a range stands for: its best figure, else its lower bound, else its upper bound.</summary>
    public static long? Point(NumberRange r) => r.Best ?? r.Min ?? r.Max;

    /// <summary>Low / best / high across claims of one quantity.</summary>
    /// <remarks>
    /// A source that revises its figure (a death toll raised the next day) counts with its latest claim;
    /// across sources the best is the lowest, as ACLED and UCDP code conservatively. Low and high span every claim.
    /// </remarks>
    public static Figure Combine(IReadOnlyCollection<SourcedClaim> claims)
    {
        if (claims.Count == 0) return Figure.None;
        var latestPoints = claims
            .Where(c => Point(c.Claim.Range) is not null)
            .GroupBy(c => c.Source, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(c => c.Published ?? DateOnly.MinValue).ThenBy(c => c.Claim.Evidence.Start).Last())
            .Select(c => Point(c.Claim.Range)!.Value)
            .ToList();
        var lows = claims.Select(c => c.Claim.Range.Min ?? c.Claim.Range.Best).OfType<long>().ToList();
        var highs = claims.Select(c => c.Claim.Range.Max ?? c.Claim.Range.Best).OfType<long>().ToList();
        // An open upper bound ("at least 23") leaves the high open.
        bool openHigh = claims.Any(c => c.Claim.Range.Max is null && c.Claim.Range.Best is null);
        return new Figure(
            lows.Count == 0 ? null : lows.Min(),
            latestPoints.Count == 0 ? null : latestPoints.Min(),
            openHigh || highs.Count == 0 ? null : highs.Max(),
            latestPoints.Distinct().Count() > 1,
            claims.Count);
    }

    /// <summary>Every figure an event carries as a claim: its quantities, plus fatalities and injured when no quantity already gives them.</summary>
    public static IReadOnlyList<Claim> ClaimsOf(Event e)
    {
        var claims = e.Quantities.ToList();
        string? source = e.Sources.Count > 0 ? e.Sources[0] : null;
        var fallback = e.Evidence.Count > 0 ? e.Evidence[0] : default;
        AddUnlessPresent(QuantityKind.Killed, e.Fatalities, e.Fields.Fatalities ?? fallback);
        AddUnlessPresent(QuantityKind.Injured, e.Injured, e.Fields.Injured ?? fallback);
        return claims;

        void AddUnlessPresent(QuantityKind what, NumberRange range, Documents.TextSpan evidence)
        {
            if (range.IsKnown && !claims.Any(c => c.What == what && c.Range with { Words = null } == range with { Words = null }))
                claims.Add(new Claim(what, range, source, e.Certainty, evidence));
        }
    }
}
