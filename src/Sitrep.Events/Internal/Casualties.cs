using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>An event's fatalities from the killed figures its mentions report: all killed, all sides, as ACLED counts them.</summary>
/// <remarks>
/// Figures for different victims ("23 guards", "nearly 40 militants", "five civilians") add up; figures for the same
/// victims, or a total for everyone ("people"), do not, and the largest stands (conservative: one toll told twice is
/// never counted twice). Victims are the actor named right after the figure, else "civilians", else the noun itself.
/// </remarks>
internal static class Casualties
{
    const int VictimWords = 4;
    static readonly HashSet<string> Fillers = ["of", "the", "our", "their", "his", "her", "its", "at", "least", "more", "than", "some", "about", "other"];
    // Words after a figure that say it counts everyone, or that no victim noun follows.
    static readonly HashSet<string> Everyone = ["people", "persons", "person", "individuals", "others", "dead", "lives", "and", "in", "on", "when", "after", "during", "including"];

    /// <summary>The fatalities of one event and the figure that is its evidence; null when no killed figure was reported.</summary>
    public static (NumberRange Range, Claim Evidence)? Total(IReadOnlyList<Claim> killed, Document doc, Lexicon lexicon)
    {
        if (killed.Count == 0) return null;
        var largest = killed.MaxBy(Size)!;
        var byVictim = killed.GroupBy(c => VictimOf(c, doc, lexicon)).Select(g => g.MaxBy(Size)!).ToList();
        bool separate = byVictim.Count > 1 && byVictim.All(c => VictimOf(c, doc, lexicon) is not null)
            && byVictim.Select(Size).Distinct().Count() == byVictim.Count;
        return separate ? (Sum(byVictim.Select(c => c.Range).ToList()), largest) : (largest.Range, largest);
    }

    static long Size(Claim c) => c.Range.Best ?? c.Range.Min ?? c.Range.Max ?? 0;

    static NumberRange Sum(List<NumberRange> ranges) => new(
        ranges.All(r => r.Min is null) ? null : ranges.Sum(r => r.Min ?? 0),
        ranges.Any(r => r.Max is null) ? null : ranges.Sum(r => r.Max!.Value),
        ranges.Sum(r => r.Best ?? r.Min ?? r.Max ?? 0));

    // Who a figure counts: the actor named just after it, "civilians", the noun after it; null for everyone or unknown.
    static string? VictimOf(Claim c, Document doc, Lexicon lexicon)
    {
        var sentence = doc.SentenceAt(c.Evidence.Start)?.Span ?? c.Evidence;
        foreach (var w in Words.Split(doc.Text, c.Evidence.End, sentence.End, VictimWords))
        {
            if (doc.Actors.FirstOrDefault(a => a.Span.Start <= w.Start && w.Start < a.Span.End) is { } actor) return actor.Actor;
            if (Fillers.Contains(w.Text)) continue;
            if (Everyone.Contains(w.Text)) return null;
            return lexicon.In(WordSet.Civilians, w.Text) ? "civilians" : w.Text.TrimEnd('s');
        }
        return null;
    }
}
