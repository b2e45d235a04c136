using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>The state force a noun of violence belongs to when a demonym or a country's possessive stands just before it.</summary>
/// <remarks>
/// "Turkish shelling", "Russian air strikes", "Turkey's offensive", "Israel's week-old ground invasion": news names a
/// state's forces by the country alone, and the act is theirs whatever else the clause names. Only words that qualify
/// the act may stand between (arms, age, date, "cross-border"), so "Turkish troops halted their offensive" gives none.
/// </remarks>
internal sealed class StateOwner(ActorDictionary actors)
{
    // Words that may stand between an owner and its noun: arms and services ("Russian air strikes"), kinds of operation
    // ("Turkey's cross-border ground offensive"), and the parts of an age or date ("Turkey's week-old incursion",
    // "Turkey's Oct. 9 invasion").
    static readonly HashSet<string> Qualifiers =
    [
        "air", "drone", "artillery", "missile", "rocket", "mortar", "army", "military", "naval", "tank", "government", "regime",
        "ground", "land", "cross", "border", "old", "long", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    const int Reach = 5;

    /// <summary>The state force owning the noun at <paramref name="noun"/> in <paramref name="words"/>, with the words naming it; null when none.</summary>
    /// <param name="countries">Toponyms of the clause: a country's possessive ("Turkey's") names its force.</param>
    public (string Force, TextSpan Span)? Of(IReadOnlyList<Word> words, int noun, string text, IReadOnlyList<Toponym> countries)
    {
        for (int i = noun - 1, n = 0; i >= 0 && n < Reach; i--, n++)
        {
            var w = words[i];
            if (actors.StateForceOfDemonym(w.Text) is { } force) return (force, new TextSpan(w.Start, w.End - w.Start));
            if (w.Text == "s" && IsApostrophe(text, w.Start - 1) && CountryEndingAt(countries, w.Start - 1) is { } country)
                return actors.StateForceOf(country.Place!.Country) is { } owner ? (owner, TextSpan.FromBounds(country.Span.Start, w.End)) : null;
            if (!Qualifiers.Contains(w.Text) && !w.Text.All(char.IsAsciiDigit)) return null;
        }
        return null;
    }

    static bool IsApostrophe(string text, int at) => at >= 0 && text[at] is '\'' or '’';

    static Toponym? CountryEndingAt(IReadOnlyList<Toponym> toponyms, int end)
    {
        foreach (var t in toponyms)
            if (t.Span.End == end && t.Place is { Precision: PlacePrecision.Country }) return t;
        return null;
    }
}
