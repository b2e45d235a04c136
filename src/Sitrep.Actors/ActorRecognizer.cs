using Sitrep.Actors.Internal;
using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>Finds the named actors and sources of an article and fills <see cref="Document.Actors"/> with their canonical names.</summary>
/// <remarks>
/// Longest name first, whole words only, a possessive "'s" left out of the span, capitals as <see cref="ActorDictionary.Find"/>
/// requires. A description ("the jihadist group") resolves to the actor among its candidates named most recently before it,
/// and is skipped when none was named.
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
        var lastNamed = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Tokens.Count)
        {
            var found = Resolve(text, i, lastNamed);
            if (found is not (int count, string actor, int end)) { i++; continue; }
            mentions.Add(new ActorMention(TextSpan.FromBounds(text.Tokens[i].Start, end), actor));
            lastNamed[actor] = mentions.Count;
            i += count;
        }
        document.Actors = mentions;
    }

    (int Count, string Actor, int End)? Resolve(NameText text, int start, Dictionary<string, int> lastNamed)
    {
        foreach (var match in dictionary.Index.MatchesAt(text, start))
        {
            var last = text.Tokens[start + match.TokenCount - 1];
            // A possessive word ends in an apostrophe and "s", which stay out of the span.
            int end = match.Possessive ? last.End - 2 : last.End;
            string? actor = null;
            int latest = 0;
            foreach (var target in match.Targets)
            {
                if (!NameIndex.HonoursCase(target, text, start, match.Possessive)) continue;
                if (target.Entry is { } entry) { actor = entry.Canonical; break; }
                foreach (var candidate in target.Description!.Candidates)
                    if (lastNamed.TryGetValue(candidate, out int at) && at > latest) (actor, latest) = (candidate, at);
            }
            if (actor is not null) return (match.TokenCount, actor, end);
        }
        return null;
    }
}
