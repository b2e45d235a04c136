using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>Splits a sentence into clauses that can each report their own event.</summary>
/// <remarks>Splits at semicolons, dashes and contrastive joiners (", while", ", whereas", ", meanwhile"); commas alone do not split, since they usually join a participle to its event ("…, killing 23").</remarks>
internal static class Clauses
{
    static readonly string[] Joiners = ["; ", " — ", " – ", ", while ", ", whereas ", ", meanwhile ", ". Meanwhile "];

    /// <summary>The clauses of one sentence, in order, covering it.</summary>
    public static List<TextSpan> Of(string text, TextSpan sentence)
    {
        var clauses = new List<TextSpan>();
        int start = sentence.Start;
        while (true)
        {
            int cut = -1;
            foreach (var j in Joiners)
            {
                int at = text.IndexOf(j, start, sentence.End - start, StringComparison.Ordinal);
                if (at > start && (cut < 0 || at < cut)) cut = at;
            }
            if (cut < 0) break;
            clauses.Add(TextSpan.FromBounds(start, cut));
            start = cut + 1;
        }
        clauses.Add(TextSpan.FromBounds(start, sentence.End));
        return clauses;
    }
}
