using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>Finds the forces a people's adjective names as holding places or detainees (holders.tsv): in Syria "Kurdish
/// prisons", "Kurdish-run camps" and "Syrian Kurdish areas" are the SDF's.</summary>
/// <remarks>
/// The adjective names a holder only before a word for what a force holds (&amp;HELD: areas, territory, positions), for
/// detention (&amp;CUSTODY), or joined by a hyphen to a word of control ("Kurdish-held"); "a Kurdish town" or "Kurdish
/// officials" name no force. A demonym just before it says which country it is about ("Syrian Kurdish areas"); otherwise
/// the country of the clause does.
/// </remarks>
internal sealed class Holders(ActorDictionary actors, Lexicon lexicon)
{
    // "SDF-run camps", "Kurdish-held villages": words of control a holder's name is joined to by a hyphen.
    static readonly HashSet<string> ControlSuffixes = ["run", "held", "controlled", "operated", "manned", "guarded"];

    readonly HashSet<string> _adjectives = actors.Holders.Select(h => h.Adjective).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The holders named by adjective in <paramref name="words"/>, each with the adjective as its span.</summary>
    /// <param name="country">ISO code of the country the words are about, when no demonym says.</param>
    public List<ActorMention> In(IReadOnlyList<Word> words, string text, string? country)
    {
        List<ActorMention>? found = null;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (!_adjectives.Contains(words[i].Text) || !NamesHeld(words, text, i)) continue;
            var about = i > 0 && actors.CountryOfDemonym(words[i - 1].Text) is { } named ? named : country;
            if (actors.HolderOf(words[i].Text, about) is { } holder)
                (found ??= []).Add(new ActorMention(new TextSpan(words[i].Start, words[i].End - words[i].Start), holder));
        }
        return found ?? [];
    }

    /// <summary>Whether any adjective of holders.tsv stands in the text between two offsets: a cheap test before splitting words.</summary>
    public bool Mentioned(string text, TextSpan span) =>
        actors.Holders.Any(h => text.AsSpan(span.Start, span.Length).Contains(h.Adjective, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the word after word <paramref name="i"/> names what it holds: custody, held ground, or a word of control joined by a hyphen.</summary>
    bool NamesHeld(IReadOnlyList<Word> words, string text, int i) =>
        lexicon.In(WordSet.Held, words[i + 1].Text) || lexicon.In(WordSet.Custody, words[i + 1].Text) || RunsSite(words, text, words[i].End);

    /// <summary>Whether the word ending at <paramref name="end"/> is joined by a hyphen to a word of control ("SDF-run camps", "IS-held villages").</summary>
    public static bool RunsSite(IReadOnlyList<Word> words, string text, int end)
    {
        int i = RoleFinder.IndexAt(words, end);
        return i < words.Count && words[i].Start == end + 1 && text[end] is '-' or '‐' or '‑' && ControlSuffixes.Contains(words[i].Text);
    }
}
