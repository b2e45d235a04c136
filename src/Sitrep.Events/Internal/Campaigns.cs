using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>A state's campaign named by a noun with its owner ("Turkey's incursion"): its reading and the force waging it.</summary>
/// <param name="OwnerSpan">The demonym or possessive naming the force ("Turkish", "Turkey's").</param>
/// <param name="Unrealised">The text says it has not happened ("a possible Turkish offensive"): its noun tells no event at all.</param>
internal sealed record Campaign(Reading Reading, string Force, TextSpan OwnerSpan, bool Unrealised);

/// <summary>Finds the campaigns a clause names as nouns with a state as owner: "Turkey's week-old incursion", "the Israeli
/// invasion", "Russia's offensive", "Turkey's 'Operation Spring Shield'".</summary>
/// <remarks>
/// ACLED codes such a campaign as a battle of the state's forces, however the clause goes on ("Since Turkey's invasion,
/// thousands have fled"), so it is read apart from the clause's main event; the bare noun ("the invasion debate") says
/// nothing of who fights and is left to the clause. A campaign said to be planned, threatened or possible has not happened.
/// </remarks>
internal sealed class Campaigns(StateOwner owners, Lexicon lexicon)
{
    // As heavy as specific wording: a state named waging a campaign pins an incident down.
    const int Weight = 5;
    // Words before the owner that may say the campaign has not happened ("threatened a Turkish offensive").
    const int UnrealisedReach = 3;
    static readonly Trigger Noun = new([], SubEventType.ArmedClash, Weight, [EventTag.Incursion], "a state's campaign named with its owner", "Campaigns");

    /// <summary>The campaign nouns of a clause with their owners, in text order; <paramref name="toponyms"/> resolve possessives ("Turkey's").</summary>
    public List<Campaign> In(List<Word> words, string text, IReadOnlyList<Toponym> toponyms)
    {
        var found = new List<Campaign>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!IsCampaignNoun(words, i, text) || owners.Of(words, i, text, toponyms) is not { } owner) continue;
            var noun = new TriggerMatch(Noun, words[i].Start, words[i].End);
            found.Add(new Campaign(new Reading(SubEventType.ArmedClash, Weight, noun, noun, Noun.Tags), owner.Force, owner.Span, Unrealised(words, owner.Span.Start)));
        }
        return found;
    }

    // An incursion, invasion or offensive, or a named operation ("Operation Peace Spring": capitalised, with its name).
    bool IsCampaignNoun(List<Word> words, int i, string text) =>
        lexicon.In(WordSet.Incursion, words[i].Text) ||
        words[i].Text == "operation" && char.IsUpper(text[words[i].Start]) && i + 1 < words.Count && char.IsUpper(text[words[i + 1].Start]);

    bool Unrealised(List<Word> words, int ownerStart)
    {
        int i = words.FindIndex(w => w.Start >= ownerStart);
        for (int k = i - 1; k >= 0 && k >= i - UnrealisedReach; k--)
            if (lexicon.In(WordSet.Unrealised, words[k].Text) || lexicon.In(WordSet.Habitual, words[k].Text)) return true;
        return false;
    }
}
