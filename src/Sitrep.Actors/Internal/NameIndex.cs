namespace Sitrep.Actors.Internal;

/// <summary>What a name in the index stands for: an entry's alias, or a description that may refer to a named entry.</summary>
/// <param name="Letters">The name's letters per word, case kept, for <see cref="NameToken.HonoursCase"/>.</param>
internal sealed record NameTarget(string[] Letters, ActorEntry? Entry, ActorDescription? Description);

/// <summary>A word trie over every alias and description, for longest-match lookup in token sequences.</summary>
internal sealed class NameIndex
{
    sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<NameTarget>? Targets;
    }

    /// <summary>A name found at some token: how many tokens it spans, whether the last one was read without its "'s", and what it may stand for.</summary>
    public readonly record struct Match(int TokenCount, bool Possessive, IReadOnlyList<NameTarget> Targets);

    readonly Node _root = new();

    /// <summary>Adds a name; returns the targets already stored under the same words, so the caller can reject clashes.</summary>
    public IReadOnlyList<NameTarget> Add(IReadOnlyList<NameToken> words, ActorEntry? entry, ActorDescription? description)
    {
        var node = _root;
        foreach (var w in words)
        {
            node.Children ??= new(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w.Key, out var next)) node.Children[w.Key] = next = new Node();
            node = next;
        }
        node.Targets ??= [];
        var existing = node.Targets.ToArray();
        node.Targets.Add(new NameTarget([.. words.Select(w => w.Letters)], entry, description));
        return existing;
    }

    /// <summary>Every name that starts at <paramref name="start"/>, longest first; a possessive "'s" may close a name but not continue it.</summary>
    public IReadOnlyList<Match> MatchesAt(IReadOnlyList<NameToken> tokens, int start)
    {
        if (!StartsName(tokens[start])) return [];
        var found = new List<Match>();
        var node = _root;
        for (int i = start; i < tokens.Count && node.Children is not null; i++)
        {
            var token = tokens[i];
            if (i > start && !token.Joined) break;
            if (token.StemKey is string stem && node.Children.TryGetValue(stem, out var owner) && owner.Targets is { } ts)
                found.Add(new Match(i - start + 1, true, ts));
            if (!node.Children.TryGetValue(token.Key, out node)) break;
            if (node.Targets is { } targets) found.Add(new Match(i - start + 1, false, targets));
        }
        found.Reverse();
        return found;
    }

    // Most words start no name: answering those without allocating keeps the recognizer fast.
    bool StartsName(NameToken token) =>
        _root.Children is { } names && (names.ContainsKey(token.Key) || token.StemKey is string stem && names.ContainsKey(stem));
}
