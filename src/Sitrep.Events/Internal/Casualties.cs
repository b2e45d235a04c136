using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>An event's fatalities from the killed figures its mentions report: all killed, all sides, as ACLED counts them.</summary>
/// <remarks>
/// Figures for different victims ("23 guards", "nearly 40 militants", "five civilians") add up. Figures for the same
/// victims, or a total for everyone ("people") with its parts, are one toll told perhaps by several sources: the figure the
/// article tells first is its best and its floor, and a larger one told later raises its ceiling ("at least 25 killed" then
/// "31 dead" is 25 to 31); one toll told twice is never counted twice. Victims are the actor named right after the figure,
/// else "civilians", else the noun itself.
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
        var told = killed.OrderBy(c => c.Evidence.Start).ToList();
        var byVictim = told.GroupBy(c => VictimOf(c, doc, lexicon)).Select(g => (g.Key, Told: g.ToList())).ToList();
        var tolls = byVictim.Select(v => Toll(v.Told)).ToList();
        bool separate = byVictim.Count > 1 && byVictim.All(v => v.Key is not null) && tolls.Select(Size).Distinct().Count() == tolls.Count;
        return (separate ? Sum(tolls) : Toll(told), told[0]);
    }

    // Words a "deadly" may stand before the trigger it describes ("a deadly suicide attack").
    const int DeadlyReach = 2;

    /// <summary>"A deadly ambush" with no figure: at least one killed, and the word that says so; null when no mention says it.</summary>
    public static (NumberRange Range, TextSpan Evidence)? Deadly(IReadOnlyList<Mention> ms, Document doc, Lexicon lexicon)
    {
        foreach (var m in ms)
        {
            var words = Words.Split(doc.Text, m.Clause.Start, m.Reading.First.Start);
            for (int i = words.Count - 1; i >= 0 && i >= words.Count - DeadlyReach; i--)
                if (lexicon.In(WordSet.Deadly, words[i].Text) && !(i > 0 && words[i - 1].Text == "non"))
                    return (new NumberRange(1, null, null, words[i].Text), TextSpan.FromBounds(words[i].Start, words[i].End));
        }
        return null;
    }

    // One set of victims told in text order, perhaps by several sources: the first figure with the ceiling of the largest.
    static NumberRange Toll(List<Claim> told)
    {
        var first = told[0].Range;
        if (told.Count == 1) return first;
        var largest = told.MaxBy(c => Size(c.Range))!.Range;
        long? ceiling = largest.Max is { } most ? Math.Max(most, first.Max ?? 0) : null;
        return first with { Max = ceiling, Words = null };
    }

    static long Size(NumberRange r) => r.Best ?? r.Min ?? r.Max ?? 0;

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
