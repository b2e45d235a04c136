using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Text.Internal;

/// <summary>Finds certainty cues ("unconfirmed reports", "claimed responsibility", "suspected") in a sentence.</summary>
internal sealed class HedgeFinder
{
    readonly PhraseIndex<Certainty> _cues;

    /// <summary>Builds a finder with the given cues.</summary>
    public HedgeFinder(IEnumerable<(string[] Words, Certainty Certainty)> cues) =>
        _cues = new(cues);

    /// <summary>Loads the shipped cues from data/lexicons/hedges.tsv.</summary>
    public static HedgeFinder Load() =>
        new(Lexicon.Read("hedges.tsv", 3).Select(r => (Phrase.Words(r.Cells[0]), Lexicon.ParseEnum<Certainty>(r.Cells[1], r))));

    /// <summary>The hedges of one sentence, longest cue first where cues overlap, scoped to the sentence.</summary>
    public IEnumerable<Hedge> Find(TextSpan sentence, IReadOnlyList<Token> tokens, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            foreach (var (cue, certainty) in _cues.StartingAt(words, i))
            {
                yield return new Hedge(TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + cue.Length - 1].Span.End), certainty, sentence);
                i += cue.Length - 1;
                break;
            }
        }
    }
}
