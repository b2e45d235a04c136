using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Text.Internal;

/// <summary>Which side of the number a cue may stand on, or whether it is the counted noun.</summary>
/// <remarks><see cref="Aim"/> is a cue before the number naming what an act aims at ("an assault to free 700 inmates").</remarks>
internal enum CueSide { Before, After, Both, Attributive, Noun, Head, Aim }

/// <summary>A word or phrase that says what a number counts.</summary>
internal sealed record QuantityCue(QuantityKind Kind, string[] Words, CueSide Side);

/// <summary>Finds what a count counts: the counted noun phrase, and the kind from the cues around it.</summary>
internal sealed class QuantityReader
{
    const int Window = 6;
    const int AfterWindow = 12;

    static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who", "whom", "which", "that", "in", "on", "at",
        "from", "to", "by", "with", "for", "and", "or", "but", "as", "after", "before", "during", "into", "near", "while", "when",
        "since", "of", "than", "said", "say", "says", "according", "including", "among", "inside", "outside", "across", "over",
        "under", "this", "last", "the", "a", "an", "now", "still", "also", "reportedly", "would", "could", "will", "may", "might",
        "not", "out", "up", "off", "back", "there", "their", "its", "his", "her", "they", "them", "he", "she", "it", "we", "per",
        "each", "more", "less", "remain", "remained", "remains", "belonging", "linked", "loyal", "held", "believed", "thought",
        "whose", "where", "if", "so", "then", "today", "yesterday", "overnight", "tonight", "again", "already", "recently", "early",
        "late", "later", "earlier", "soon", "immediately", "alive", "there", "here",
    };

    static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ",", ";", ":", "(", ")", ".", "!", "?", "—" };

    /// <summary>Words that open an aside naming part of the counted group (", including Islamist fighters,"), which cues read past.</summary>
    static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal) { "including", "among", "mostly", "mainly", "many", "most", "some", "all" };

    readonly PhraseIndex<QuantityCue> _cues;

    /// <summary>Builds a reader with the given cues.</summary>
    public QuantityReader(IReadOnlyList<QuantityCue> cues)
    {
        _cues = new(cues.Select(c => (c.Words, c)));
    }

    /// <summary>Loads the shipped cues from data/lexicons/quantity-cues.tsv.</summary>
    public static QuantityReader Load() => new(Lexicon.Read("quantity-cues.tsv", 4).Select(r => new QuantityCue(
        Lexicon.ParseEnum<QuantityKind>(r.Cells[0], r),
        Phrase.Words(r.Cells[1]),
        Lexicon.ParseEnum<CueSide>(r.Cells[2], r))).ToArray());

    /// <summary>The kind and counted phrase of the count spanning tokens <paramref name="first"/>..<paramref name="last"/> of a
    /// sentence, and whether it is a held population an act aims to free (see <see cref="NumberMention.Stake"/>).</summary>
    public (QuantityKind? Kind, TextSpan? Counted, bool Stake) Read(string text, IReadOnlyList<Token> tokens, string[] words, int first, int last)
    {
        int phraseStart = last + 1;
        if (phraseStart < words.Length && words[phraseStart] == "of") phraseStart++;
        if (phraseStart < words.Length && words[phraseStart] is "the" or "its" or "their" or "his" or "her" or "those" or "these") phraseStart++;
        QuantityKind? attributive = null;
        foreach (var (_, cue) in _cues.StartingAt(words, phraseStart))
            if (cue.Side == CueSide.Attributive && IsPhraseWord(text, tokens, words, phraseStart + cue.Words.Length))
            {
                attributive = cue.Kind;
                phraseStart += cue.Words.Length;
                break;
            }
        int phraseEnd = phraseStart;
        while (phraseEnd - phraseStart < Window)
        {
            if (IsPhraseWord(text, tokens, words, phraseEnd) && !(phraseEnd > phraseStart && IsPastForm(words[phraseEnd]))) phraseEnd++;
            else if (words.ElementAtOrDefault(phraseEnd) is "and" or "or" && phraseEnd > phraseStart && IsPhraseWord(text, tokens, words, phraseEnd + 1)) phraseEnd += 2;
            else break;
        }
        TextSpan? counted = phraseEnd > phraseStart ? TextSpan.FromBounds(tokens[phraseStart].Span.Start, tokens[phraseEnd - 1].Span.End) : null;

        var before = FindBefore(words, first);
        var kind = FindNoun(words, phraseStart, phraseEnd, CueSide.Head) ?? attributive ?? Nearest(before, FindAfter(words, phraseEnd > phraseStart ? phraseEnd : last + 1))
            ?? FindNoun(words, phraseStart, phraseEnd, CueSide.Noun);
        // Those held are the stake of an act aimed at them whichever words say they are held ("a raid to free some of the
        // 700 men locked up there", "a plan to free 600 detained men").
        bool stake = kind == QuantityKind.DetainedPopulation && before?.Side == CueSide.Aim;
        return (kind, counted, stake);
    }

    static QuantityKind? Nearest((QuantityKind Kind, int Distance, CueSide Side)? before, (QuantityKind Kind, int Distance)? after) => (before, after) switch
    {
        ({ } b, { } a) => b.Distance <= a.Distance ? b.Kind : a.Kind,
        ({ } b, null) => b.Kind,
        (null, { } a) => a.Kind,
        _ => null,
    };

    bool IsPhraseWord(string text, IReadOnlyList<Token> tokens, string[] words, int i) =>
        i < words.Length && tokens[i].Kind == TokenKind.Word && !(PhraseStops.Contains(words[i]) && !IsAcronym(text, tokens[i])) && !StartsVerbCue(words, i);

    /// <summary>"fired", "detonated": after the phrase's first word, the verb the counted phrase is the subject of
    /// ("two fighters fired rockets"), not part of it; a hyphened compound ("Kurdish-led") is an adjective.</summary>
    static bool IsPastForm(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.Contains('-');

    bool StartsVerbCue(string[] words, int i) =>
        _cues.StartingAt(words, i).Any(c => c.Value.Side is CueSide.Before or CueSide.After or CueSide.Both or CueSide.Aim);

    /// <summary>"IS", "SDF": capitals that must not be read as the function word they spell.</summary>
    static bool IsAcronym(string text, Token token) =>
        token.Span.Length >= 2 && text.AsSpan(token.Span.Start, token.Span.Length).ToString().All(char.IsUpper);

    QuantityKind? FindNoun(string[] words, int start, int end, CueSide side)
    {
        for (int i = start; i < end; i++)
            foreach (var (_, cue) in _cues.StartingAt(words, i))
                if (cue.Side == side) return cue.Kind;
        return null;
    }

    (QuantityKind Kind, int Distance, CueSide Side)? FindBefore(string[] words, int first)
    {
        for (int i = first - 1, distance = 0; i >= 0 && distance < Window; i--, distance++)
        {
            if (ClauseBreaks.Contains(words[i]) && !(words[i] == "," && i + 1 < words.Length && AsideOpeners.Contains(words[i + 1]))) return null;
            foreach (var (_, cue) in _cues.EndingAt(words, i))
                if (cue.Side is CueSide.Before or CueSide.Both or CueSide.Aim)
                    return (cue.Kind, distance, cue.Side);
        }
        return null;
    }

    (QuantityKind Kind, int Distance)? FindAfter(string[] words, int start)
    {
        for (int i = start, distance = 0; i < words.Length && distance < AfterWindow; i++, distance++)
        {
            if (words[i] == "," && i + 1 < words.Length && AsideOpeners.Contains(words[i + 1]) && Array.IndexOf(words, ",", i + 1) is var close and > 0)
            {
                i = close;
                continue;
            }
            if (ClauseBreaks.Contains(words[i])) return null;
            foreach (var (_, cue) in _cues.StartingAt(words, i))
                if (cue.Side is CueSide.After or CueSide.Both)
                    return (cue.Kind, distance);
        }
        return null;
    }

}
