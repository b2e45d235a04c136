using Sitrep.Actors;

namespace Sitrep.Text.Internal;

/// <summary>Canonical source names from the actor dictionary (outlets, monitors, official bodies, governments, armed groups).</summary>
internal sealed class SourceNames(ActorDictionary dictionary)
{
    readonly Dictionary<string, string[]> _namesOf = dictionary.Entries.ToDictionary(
        e => e.Canonical, e => e.Aliases.Prepend(e.Canonical).Where(n => n.Length > 1).ToArray(), StringComparer.Ordinal);

    /// <summary>Description phrases to the names they may stand for, looked up once per attribution rather than scanned.</summary>
    readonly Dictionary<string, List<string>> _described = dictionary.Descriptions
        .GroupBy(d => d.Phrase, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.SelectMany(d => d.Candidates).ToList(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Each word of a name or alias to the entries whose names contain it, in dictionary order.</summary>
    readonly Dictionary<string, List<string>> _byWord = IndexWords(dictionary);

    static Dictionary<string, List<string>> IndexWords(ActorDictionary dictionary)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in dictionary.Entries)
            foreach (var word in e.Aliases.Prepend(e.Canonical).Where(n => n.Length > 1).SelectMany(n => n.Split(' ')).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!index.TryGetValue(word, out var names)) index[word] = names = [];
                names.Add(e.Canonical);
            }
        return index;
    }

    /// <summary>The canonical name of an entry the dictionary knows by this exact name, or null.</summary>
    public string? Find(string name) => dictionary.Find(name)?.Canonical;

    /// <summary>The canonical names a description ("the Observatory", "the monitor") may stand for, or empty.</summary>
    public IReadOnlyList<string> Described(string phrase) =>
        _described.TryGetValue(phrase, out var names) ? names : [];

    /// <summary>Of <paramref name="candidates"/>, the one whose name or alias last appears in <paramref name="text"/> before <paramref name="before"/>, or null.</summary>
    public string? LastMentioned(IReadOnlyList<string> candidates, string text, int before)
    {
        string? best = null;
        int bestAt = -1;
        foreach (var candidate in candidates)
            foreach (var name in _namesOf.GetValueOrDefault(candidate, []))
            {
                int at = -1;
                for (int end = before - 1; end >= name.Length - 1; )
                {
                    int found = text.LastIndexOf(name, end, StringComparison.Ordinal);
                    if (found < 0) break;
                    bool whole = (found == 0 || !char.IsLetterOrDigit(text[found - 1]))
                        && (found + name.Length >= text.Length || !char.IsLetterOrDigit(text[found + name.Length]));
                    if (whole) { at = found; break; }
                    end = found + name.Length - 2;
                }
                if (at > bestAt) (best, bestAt) = (candidate, at);
            }
        return best;
    }

    /// <summary>The source whose name has <paramref name="head"/> as a word ("the center" → "Rojava Information Center") and was named last before <paramref name="before"/>, or null.</summary>
    public string? LastMentionedByHead(string head, string text, int before)
    {
        if (head.Length < 3) return null;
        return _byWord.TryGetValue(head, out var candidates) ? LastMentioned(candidates, text, before) : null;
    }
}
