using Sitrep.Model;

namespace Sitrep.Fuse;

/// <summary>A figure about a facility with the day it refers to and the tags of the event that carries it.</summary>
/// <param name="When">The day the figure refers to: a fact's as-of day, else the event's first day, else null.</param>
/// <param name="EventTags">Tags of the event the claim belongs to; empty for article-level facts.</param>
public sealed record LedgerClaim(SourcedClaim Claim, DateOnly? When, IReadOnlyList<EventTag> EventTags);

/// <summary>How many escapees one source's figures leave at large: escaped − recaptured − killed, as a range.</summary>
/// <param name="Source">Who gave the escape figure.</param>
/// <param name="Low">Fewest still at large the figures allow (never below zero).</param>
/// <param name="High">Most still at large the figures allow; null when the escape figure has no upper bound.</param>
public sealed record AtLarge(string Source, long? Low, long? High);

/// <summary>Everything known about one facility's detainees, each figure by source.</summary>
/// <param name="Facility">Canonical facility name.</param>
/// <param name="Population">Detained-population claims, oldest first: article facts (how many a site holds) and the stakes
/// events carry (how many an attack tried to free). The extractor gives each figure one of those homes, never both, so
/// reading both counts every figure once.</param>
/// <param name="Escaped">Escape figures across sources, detainees freed by attackers included.</param>
/// <param name="Recaptured">Recapture figures across sources.</param>
/// <param name="KilledInRecapture">Escapees reported killed while being recaptured.</param>
/// <param name="AtLarge">Still at large, one range per source that gave an escape figure.</param>
/// <param name="Claims">Every claim about the facility, oldest first.</param>
public sealed record FacilityLedger(
    string Facility, IReadOnlyList<LedgerClaim> Population, Figure Escaped, Figure Recaptured, Figure KilledInRecapture,
    IReadOnlyList<AtLarge> AtLarge, IReadOnlyList<LedgerClaim> Claims)
{
    /// <summary>Builds the ledger from every claim about the facility.</summary>
    /// <remarks>
    /// A source's at-large range uses its own recapture figure when it gives one, else the recapture figures of all sources,
    /// since recaptures are often announced by a different party than the one counting escapes.
    /// </remarks>
    public static FacilityLedger Build(string facility, IEnumerable<LedgerClaim> claims)
    {
        var all = claims.OrderBy(c => c.When ?? c.Claim.Published ?? DateOnly.MinValue).ThenBy(c => c.Claim.ArticleId, StringComparer.Ordinal).ToList();
        List<SourcedClaim> Of(QuantityKind what, Func<LedgerClaim, bool>? where = null) =>
            all.Where(c => c.Claim.Claim.What == what && (where?.Invoke(c) ?? true)).Select(c => c.Claim).ToList();

        // Detainees freed by attackers are out of custody as surely as those who escaped.
        var escaped = Of(QuantityKind.Escaped).Concat(Of(QuantityKind.Freed)).ToList();
        var recaptured = Of(QuantityKind.Recaptured);
        // Deaths count against escapees only in a recapture operation of its own; a fused attack that ended in recaptures
        // counts guards, attackers and bystanders among its dead.
        var killed = Of(QuantityKind.Killed, c => c.EventTags.Contains(EventTag.Recapture) && !c.EventTags.Contains(EventTag.PrisonAttack));
        var allRecaptured = Figures.Combine(recaptured);
        var killedFigure = Figures.Combine(killed);
        var atLarge = escaped.GroupBy(c => c.Source, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var own = recaptured.Where(r => string.Equals(r.Source, g.Key, StringComparison.OrdinalIgnoreCase)).ToList();
                return Remaining(g.Key, Figures.Combine(g.ToList()), own.Count > 0 ? Figures.Combine(own) : allRecaptured, killedFigure);
            })
            .OrderBy(a => a.Source, StringComparer.Ordinal)
            .ToList();
        return new FacilityLedger(facility, all.Where(c => c.Claim.Claim.What == QuantityKind.DetainedPopulation).ToList(),
            Figures.Combine(escaped), allRecaptured, killedFigure, atLarge, all);
    }

    static AtLarge Remaining(string source, Figure escaped, Figure recaptured, Figure killed)
    {
        // Fewest at large: fewest escaped minus most caught or killed (an open "most" leaves possibly none at large).
        long? low = escaped.Low is { } e
            ? (recaptured.Claims > 0 && recaptured.High is null) || (killed.Claims > 0 && killed.High is null)
                ? 0 : Math.Max(0, e - (recaptured.High ?? 0) - (killed.High ?? 0))
            : null;
        long? high = escaped.High is { } h ? Math.Max(0, h - (recaptured.Low ?? 0) - (killed.Low ?? 0)) : null;
        return new AtLarge(source, low, high);
    }
}
