namespace Sitrep.Actors.Internal;

/// <summary>What a name in the index stands for: an entry's alias, or a description that may refer to a named entry.</summary>
/// <param name="Letters">The name's folded letters per word, case kept, for <see cref="NameText.HonoursCase"/>.</param>
internal sealed record NameTarget(string[] Letters, ActorEntry? Entry, ActorDescription? Description);

/// <summary>A word trie over every alias and description, for longest-match lookup in a text's words.</summary>
internal sealed class NameIndex
{
    sealed class Node
    {
        // Keys are folded letters compared without case; capitals are checked per target afterwards.
        public Dictionary<string, Node>? Children;
        public List<NameTarget>? Targets;

        public Node? Child(ReadOnlySpan<char> letters) =>
            Children is not null && Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(letters, out var next) ? next : null;
    }

    /// <summary>A name found at some word: how many words it spans, whether the last one was read without its "'s", and what it may stand for.</summary>
    public readonly record struct Match(int TokenCount, bool Possessive, IReadOnlyList<NameTarget> Targets);

    readonly Node _root = new();

    /// <summary>Adds a name given as its own text; returns the targets already stored under the same words, so the caller can reject clashes.</summary>
    public IReadOnlyList<NameTarget> Add(NameText name, ActorEntry? entry, ActorDescription? description)
    {
        var node = _root;
        var letters = name.Tokens.Select(t => name.Letters(t).ToString()).ToArray();
        foreach (var word in letters)
        {
            node.Children ??= new(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var next)) node.Children[word] = next = new Node();
            node = next;
        }
        node.Targets ??= [];
        var existing = node.Targets.ToArray();
        node.Targets.Add(new NameTarget(letters, entry, description));
        return existing;
    }

    /// <summary>Every name that starts at word <paramref name="start"/>, longest first; a possessive "'s" may close a name but not continue it.</summary>
    public IReadOnlyList<Match> MatchesAt(NameText text, int start)
    {
        List<Match>? found = null;
        var node = _root;
        for (int i = start; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (i > start && !token.Joined) break;
            if (token.Possessive && node.Child(text.Letters(token, stem: true)) is { Targets: { } stemTargets })
                (found ??= []).Add(new Match(i - start + 1, true, stemTargets));
            if (node.Child(text.Letters(token)) is not { } next) break;
            node = next;
            if (node.Targets is { } targets) (found ??= []).Add(new Match(i - start + 1, false, targets));
        }
        if (found is null) return [];
        found.Reverse();
        return found;
    }

    /// <summary>Whether the text's words from <paramref name="start"/> carry every capital of the target's name.</summary>
    public static bool HonoursCase(NameTarget target, NameText text, int start, bool possessive)
    {
        for (int i = 0; i < target.Letters.Length; i++)
        {
            bool stem = possessive && i == target.Letters.Length - 1;
            if (!NameText.HonoursCase(target.Letters[i], text.Letters(text.Tokens[start + i], stem))) return false;
        }
        return true;
    }
}
