using Sitrep.Gold;

namespace Sitrep.Eval.Internal;

/// <summary>When an attribute of a matched prediction counts as right, by the rules documented on <see cref="EvalReport"/>.</summary>
internal static class Attributes
{
    /// <summary>Within this distance a location counts as right.</summary>
    public const double RightKm = 25;

    /// <summary>Both unstated, or the same best, or the same min, or the same range.</summary>
    public static bool SameFigure(GoldRange? gold, GoldRange? predicted)
    {
        var g = gold ?? new GoldRange(null, null, null);
        var p = predicted ?? new GoldRange(null, null, null);
        return g == p || (g.Best is not null && g.Best == p.Best) || (g.Min is not null && g.Min == p.Min);
    }

    /// <summary>Same from and same to; two null dates are the same.</summary>
    public static bool SameDate(GoldDate? gold, GoldDate? predicted) => gold?.From == predicted?.From && gold?.To == predicted?.To;

    /// <summary>Whether the prediction carries the gold quantity: the same what, min and max.</summary>
    public static bool Found(GoldQuantity gold, GoldEvent predicted) =>
        (predicted.Quantities ?? []).Any(q => q.What == gold.What && q.Min == gold.Min && q.Max == gold.Max);

    /// <summary>|A ∩ B| / |A ∪ B|, and 1 for two empty sets.</summary>
    public static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 1 : (double)a.Intersect(b).Count() / union;
    }

    /// <summary>The middle value (mean of the two middle ones for an even count); null for none.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? null : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }
}
