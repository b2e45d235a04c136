using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>Splits a sentence into clauses that can each report their own event.</summary>
/// <remarks>
/// Splits at semicolons, dashes, contrastive joiners (", while", ", whereas", ", meanwhile"), and at ", following" and
/// "came after" (which tell of an earlier event: "The declaration came after a wave of raids"), and after a fronted
/// subordinate clause ("As X did this, Y did that", "Since X happened in 2019, Y …"), which tells of another event or
/// time than the main clause. Commas alone do not split, since they usually join a participle to its event ("…, killing 23").
/// </remarks>
internal static class Clauses
{
    static readonly string[] Joiners = ["; ", " — ", " – ", ", while ", ", whereas ", ", meanwhile ", ". Meanwhile ", ", following ", " came after ", " comes after "];
    static readonly string[] Subordinators = ["As ", "While ", "Since ", "After ", "Before ", "When ", "Although ", "Though ", "Whereas ", "Once ", "Until "];

    /// <summary>The clauses of one sentence, in order, covering it.</summary>
    public static List<TextSpan> Of(string text, TextSpan sentence)
    {
        var clauses = new List<TextSpan>();
        int start = sentence.Start;
        if (FrontedClauseEnd(text, sentence) is int comma)
        {
            clauses.Add(TextSpan.FromBounds(start, comma));
            start = comma + 1;
        }
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

    /// <summary>Whether the clause is a fronted participial frame ("Since declaring victory in 2019", "After storming the
    /// jail"): its verb has no subject of its own, so its doer is the subject of the main clause after it.</summary>
    public static bool IsParticipial(string text, TextSpan clause)
    {
        var opening = text.AsSpan(clause.Start, clause.Length);
        foreach (var s in Subordinators)
            if (opening.StartsWith(s, StringComparison.Ordinal))
            {
                var rest = opening[s.Length..];
                int end = rest.IndexOfAny(' ', ',');
                return (end < 0 ? rest : rest[..end]).EndsWith("ing", StringComparison.Ordinal);
            }
        return false;
    }

    // The first ", " of a sentence opening with a subordinator ends the fronted clause; none when the comma is missing.
    static int? FrontedClauseEnd(string text, TextSpan sentence)
    {
        var opening = text.AsSpan(sentence.Start, sentence.Length);
        bool fronted = false;
        foreach (var s in Subordinators)
            if (opening.StartsWith(s, StringComparison.Ordinal)) { fronted = true; break; }
        if (!fronted) return null;
        int at = opening.IndexOf(", ", StringComparison.Ordinal);
        return at > 0 ? sentence.Start + at : null;
    }
}
