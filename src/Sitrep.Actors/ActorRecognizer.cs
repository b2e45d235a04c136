using Sitrep.Actors.Internal;
using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>Finds the named actors and sources of an article and fills <see cref="Document.Actors"/> with their canonical names.</summary>
/// <remarks>
/// Longest name first, whole words only, a possessive "'s" left out of the span, capitals as <see cref="ActorDictionary.Find"/>
/// requires. A description ("the jihadist group") resolves to the actor among its candidates named most recently before it;
/// when none was named before, to the one named first after it (news often describes a party in the lede and names it
/// further down), and it is skipped when none is named at all.
/// </remarks>
public sealed class ActorRecognizer(ActorDictionary dictionary) : IStage
{
    /// <summary>Nothing: the recognizer reads words itself.</summary>
    public Layers Requires => Layers.None;

    /// <summary>Actor mentions.</summary>
    public Layers Produces => Layers.Actors;

    /// <summary>Fills <see cref="Document.Actors"/>, in text order.</summary>
    public void Process(Document document)
    {
        var text = new NameText(document.Text);
        var mentions = new List<ActorMention>();
        var pending = new List<(TextSpan Span, IReadOnlyList<string> Candidates)>();
        var lastNamed = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Tokens.Count)
        {
            var found = Resolve(text, i, lastNamed);
            if (found is not (int count, var actor, int end, var candidates)) { i++; continue; }
            var span = TextSpan.FromBounds(text.Tokens[i].Start, end);
            if (actor is null) pending.Add((span, candidates));
            else
            {
                mentions.Add(new ActorMention(span, actor));
                lastNamed[actor] = mentions.Count;
            }
            i += count;
        }
        document.Actors = pending.Count == 0 ? mentions : WithLaterNames(mentions, pending, document.Text);
    }

    // Descriptions no earlier name explains take the candidate named first after them, but not a group they are only tied
    // to ("jihadists linked to al-Qaeda" are not al-Qaeda itself).
    static List<ActorMention> WithLaterNames(List<ActorMention> mentions, List<(TextSpan Span, IReadOnlyList<string> Candidates)> pending, string text)
    {
        var resolved = new List<ActorMention>(mentions);
        foreach (var (span, candidates) in pending)
            if (mentions.FirstOrDefault(m => m.Span.Start >= span.End && candidates.Contains(m.Actor) && !Affiliation.Precedes(text, m.Span.Start)) is { } later)
                resolved.Add(new ActorMention(span, later.Actor));
        return resolved.OrderBy(m => m.Span.Start).ToList();
    }

    // The name at a token: its length in tokens, its actor (null for a description no earlier name explains, with the
    // description's candidates), and where its span ends.
    (int Count, string? Actor, int End, IReadOnlyList<string> Candidates)? Resolve(NameText text, int start, Dictionary<string, int> lastNamed)
    {
        foreach (var match in dictionary.Index.MatchesAt(text, start))
        {
            var last = text.Tokens[start + match.TokenCount - 1];
            // A possessive word ends in an apostrophe and "s", which stay out of the span.
            int end = match.Possessive ? last.End - 2 : last.End;
            string? actor = null;
            int latest = 0;
            IReadOnlyList<string>? candidates = null;
            foreach (var target in match.Targets)
            {
                if (!NameIndex.HonoursCase(target, text, start, match.Possessive)) continue;
                if (target.Entry is { } entry) { actor = entry.Canonical; break; }
                if (RunsIntoName(text, start, match.TokenCount)) continue;
                candidates ??= target.Description!.Candidates;
                foreach (var candidate in target.Description!.Candidates)
                    if (lastNamed.TryGetValue(candidate, out int at) && at > latest) (actor, latest) = (candidate, at);
            }
            if (actor is not null || candidates is not null) return (match.TokenCount, actor, end, actor is null ? candidates! : []);
        }
        return null;
    }

    // A description whose last words begin a longer name is none: "the Group" of "the Group for the Support of Islam and
    // Muslims" starts that name.
    bool RunsIntoName(NameText text, int start, int count)
    {
        for (int k = start + 1; k < start + count; k++)
            foreach (var m in dictionary.Index.MatchesAt(text, k))
                if (k + m.TokenCount > start + count && m.Targets.Any(t => t.Entry is not null && NameIndex.HonoursCase(t, text, k, m.Possessive))) return true;
        return false;
    }
}
