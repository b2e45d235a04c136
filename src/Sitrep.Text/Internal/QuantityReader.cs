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
    /// <param name="next">The first token of the sentence's next number: a cue past it, once "and" or a comma joins it, is its own
    /// ("12 dead and 27 wounded").</param>
    public (QuantityKind? Kind, TextSpan? Counted, bool Stake) Read(string text, IReadOnlyList<Token> tokens, string[] words, int first, int last, int next = int.MaxValue)
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

        if (IsOneOfMany(words, first)) return (null, counted, false);
        var before = FindBefore(words, first);
        var kind = FindNoun(words, phraseStart, phraseEnd, CueSide.Head) ?? attributive ?? NumberOf(words, first)
            ?? Nearest(before, FindAfter(words, phraseEnd > phraseStart ? phraseEnd : last + 1, next))
            ?? FindNoun(words, phraseStart, phraseEnd, CueSide.Noun);
        // Those held are the stake of an act aimed at them whichever words say they are held ("a raid to free some of the
        // 700 men locked up there", "a plan to free 600 detained men").
        bool stake = kind == QuantityKind.DetainedPopulation && before?.Side == CueSide.Aim;
        return (kind, counted, stake);
    }

    /// <summary>The kind of a group of counts whose words run from token <paramref name="first"/> to <paramref name="end"/>
    /// ("four guards and seven attackers were killed"): from the nearest cue before or after the whole group.</summary>
    public QuantityKind? KindAround(string[] words, int first, int end) => Nearest(FindBefore(words, first), FindAfter(words, end + 1));

    /// <summary>The kind of one person named by a singular noun phrase from <paramref name="first"/> to <paramref name="end"/>
    /// ("killing a child", "a passer-by was injured"). A verb after the phrase is the person's own ("two were killed and a
    /// third was wounded") when passive or taking no object; else the phrase is its doer ("a gunman killed six").</summary>
    public QuantityKind? KindOfOne(string[] words, int first, int end)
    {
        var after = FindAfter(words, end + 1);
        var kind = after is { } a && (a.Side == CueSide.After || HasPassive(words, end + 1, end + 1 + a.Distance)) ? a.Kind : FindBefore(words, first)?.Kind;
        return kind is { } k && OneCanBe.Contains(k) ? k : null;
    }

    // What befalls one person; "a resident who fled" is no escapee, and one person is no crowd or held population.
    static readonly HashSet<QuantityKind> OneCanBe =
        [QuantityKind.Killed, QuantityKind.Injured, QuantityKind.Arrested, QuantityKind.Freed, QuantityKind.Recaptured, QuantityKind.Surrendered];

    static bool HasPassive(string[] words, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (words[i] is "was" or "is" or "been" or "being" or "got") return true;
        return false;
    }

    /// <summary>"put the number of attackers at ten", "raised the number of dead to 40": the cue inside "number of …" before
    /// the figure says what it counts, whichever side the cue usually stands on.</summary>
    QuantityKind? NumberOf(string[] words, int first)
    {
        if (first < 4 || words[first - 1] is not ("at" or "to")) return null;
        for (int of = first - 2; of >= 1 && of >= first - 2 - Window; of--)
        {
            if (ClauseBreaks.Contains(words[of])) return null;
            if (words[of] != "of" || words[of - 1] != "number") continue;
            for (int i = of + 1; i < first - 1; i++)
                foreach (var (_, cue) in _cues.StartingAt(words, i))
                    if (cue.Side is not (CueSide.Aim or CueSide.Attributive)) return cue.Kind;
            return null;
        }
        return null;
    }

    static readonly HashSet<string> VagueScales = new(StringComparer.Ordinal) { "dozens", "scores", "hundreds", "thousands", "tens", "millions" };

    /// <summary>"one of thousands of mines left in the fields": the vague total a single thing is picked from is a standing
    /// count, not a figure of the event told.</summary>
    static bool IsOneOfMany(string[] words, int first) =>
        first >= 2 && words[first - 1] == "of" && words[first - 2] == "one" && VagueScales.Contains(words[first]);

    static QuantityKind? Nearest((QuantityKind Kind, int Distance, CueSide Side)? before, (QuantityKind Kind, int Distance, CueSide Side)? after) => (before, after) switch
    {
        ({ } b, { } a) => b.Distance <= a.Distance ? b.Kind : a.Kind,
        ({ } b, null) => b.Kind,
        (null, { } a) => a.Kind,
        _ => null,
    };

    /// <summary>Whether token <paramref name="i"/> can be a word of a counted noun phrase: a word, not a function word or a verb cue.</summary>
    public bool IsPhraseWord(string text, IReadOnlyList<Token> tokens, string[] words, int i) =>
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

    (QuantityKind Kind, int Distance, CueSide Side)? FindAfter(string[] words, int start, int next = int.MaxValue)
    {
        for (int i = start, distance = 0; i < words.Length && distance < AfterWindow; i++, distance++)
        {
            if (words[i] == "," && i + 1 < words.Length && AsideOpeners.Contains(words[i + 1]) && Array.IndexOf(words, ",", i + 1) is var close and > 0)
            {
                i = close;
                continue;
            }
            // "14 had been brought in and that one of them had died": a clause joined by "and that" tells of others.
            if (ClauseBreaks.Contains(words[i]) || words[i] == "that" && i > start && words[i - 1] is "and" or "but"
                || i == next && i > start && words[i - 1] is "and" or ",") return null;
            foreach (var (_, cue) in _cues.StartingAt(words, i))
                if (cue.Side is CueSide.After or CueSide.Both)
                    return (cue.Kind, distance, cue.Side);
        }
        return null;
    }

}
