namespace Sitrep.Events.Internal;

/// <summary>One element of a trigger pattern: a word, a word prefix, a synonym set, or a gap.</summary>
internal abstract record PatternElement
{
    /// <summary>Whether a word satisfies this element.</summary>
    public abstract bool Matches(string word);
}

/// <summary>Matches one exact word.</summary>
internal sealed record ExactElement(string Word) : PatternElement
{
    public override bool Matches(string word) => word == Word;
}

/// <summary>Matches any word that starts with the prefix ("kill*").</summary>
internal sealed record PrefixElement(string Prefix) : PatternElement
{
    public override bool Matches(string word) => word.StartsWith(Prefix, StringComparison.Ordinal);
}

/// <summary>Matches any member of a synonym set ("&amp;WEAPON").</summary>
internal sealed record SetElement(string Name, IReadOnlyList<PatternElement> Members) : PatternElement
{
    // Most members are plain words: one hash look-up answers for all of them, and only prefixes and suffixes are tried in turn.
    readonly HashSet<string> _words = Members.OfType<ExactElement>().Select(e => e.Word).ToHashSet(StringComparer.Ordinal);
    readonly PatternElement[] _others = Members.Where(m => m is not ExactElement).ToArray();

    public override bool Matches(string word)
    {
        if (_words.Contains(word)) return true;
        foreach (var other in _others) if (other.Matches(word)) return true;
        return false;
    }
}

/// <summary>Skips up to <see cref="MaxWords"/> words ("..").</summary>
internal sealed record GapElement : PatternElement
{
    /// <summary>How many words a gap may skip.</summary>
    public const int MaxWords = 4;

    public override bool Matches(string word) => true;
}

/// <summary>Matches any word that ends with the suffix ("*ing").</summary>
internal sealed record SuffixElement(string Suffix) : PatternElement
{
    public override bool Matches(string word) => word.Length > Suffix.Length && word.EndsWith(Suffix, StringComparison.Ordinal);
}
