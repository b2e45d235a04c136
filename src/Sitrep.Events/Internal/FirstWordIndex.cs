namespace Sitrep.Events.Internal;

/// <summary>Items indexed by the first element of their pattern, so a word costs two look-ups: an exact word by the word, a
/// prefix by its first three letters, a set by each of its members.</summary>
internal sealed class FirstWordIndex<T>
{
    const int KeyLength = 3;
    readonly Dictionary<string, List<(PatternElement First, T Item)>> _exact = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<(PatternElement First, T Item)>> _byPrefix = new(StringComparer.Ordinal);
    // Prefix keys are looked up as spans of the word, so no three-letter substring is made per word.
    readonly Dictionary<string, List<(PatternElement First, T Item)>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    /// <summary>Indexes each item by the first element of its pattern; throws naming the item's origin when that is neither a word, a prefix nor a set of them.</summary>
    public FirstWordIndex(IEnumerable<(IReadOnlyList<PatternElement> Pattern, T Item, string Origin)> entries)
    {
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (pattern, item, origin) in entries)
            foreach (var first in pattern[0] is SetElement set ? set.Members : [pattern[0]])
            {
                var (index, key) = first switch
                {
                    ExactElement e => (_exact, e.Word),
                    PrefixElement p => (_byPrefix, p.Prefix[..KeyLength]),
                    _ => throw new InvalidOperationException($"{origin}: a pattern must start with a word or a prefix."),
                };
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add((first, item));
            }
    }

    /// <summary>The items whose first element may match <paramref name="word"/>: those keyed by the whole word, and those by its first letters.</summary>
    public (List<(PatternElement First, T Item)>? Exact, List<(PatternElement First, T Item)>? Prefixed) At(string word) =>
        (_exact.GetValueOrDefault(word), word.Length >= KeyLength && _prefixLookup.TryGetValue(word.AsSpan(0, KeyLength), out var p) ? p : null);
}
