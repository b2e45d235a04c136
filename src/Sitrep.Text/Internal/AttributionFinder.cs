using Sitrep.Documents;

namespace Sitrep.Text.Internal;

/// <summary>How an attribution cue relates to its source.</summary>
internal enum CueForm { Verb, Preposition, Noun }

/// <summary>Finds who each sentence is attributed to: "according to X", "X said", "…, said X", "X told CNN", "X's figures", "a tally by X".</summary>
/// <remarks>
/// Sources are canonicalised with the actor dictionary, trying the longest run of capitalised words first, so
/// "the Britain-based Syrian Observatory for Human Rights" is "Syrian Observatory for Human Rights".
/// Officials keep their organisation: "Pentagon spokesman John Kirby" is the Pentagon's canonical name when the
/// dictionary knows it, else the person as written. Pronouns and descriptions ("he", "the group", "the Observatory")
/// stand for the last source named in the article that the description fits.
/// </remarks>
internal sealed class AttributionFinder
{
    const int MaxPhrase = 9;

    static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we" };
    static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her" };
    static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    };
    /// <summary>Words between a reporting noun and its owner: "a report Tuesday by X", "a statement issued by X", "a tally last week by X".</summary>
    static readonly HashSet<string> ReportLinks = new(StringComparer.Ordinal)
    {
        "report", "statement", "tally", "count", "figures", "estimate", "estimates", "data", "survey", "study", "analysis", "video",
        "issued", "released", "published", "compiled", "posted", "new", "latest", "recent", "monthly", "weekly", "daily", "separate",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "on", "last", "this", "late", "early", "earlier", "week", "month", "morning", "evening", "night",
    };
    /// <summary>Unnamed sources worth keeping as written ("officials", "a European security official").</summary>
    static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "residents", "resident", "witnesses", "witness",
        "activists", "activist", "sources", "source", "analysts", "experts", "diplomats", "diplomat", "commander", "commanders",
        "officer", "officers", "authorities", "medics", "doctors", "police", "researchers",
    };
    static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "for", "of", "and", "de", "al", "el", "on", "in" };
    static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "later", "earlier", "previously", "separately", "further", "then", "would", "did", "again",
        "had", "repeatedly", "publicly", "officially", "initially", "first", "independently", "reportedly", "quickly", "already",
        "since", "subsequently", "formally", "privately", "now",
    };

    /// <summary>Capitalised only because they open the sentence.</summary>
    static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "meanwhile", "but", "however", "and", "also", "earlier", "later", "separately", "yesterday", "today", "then", "still",
        "while", "when", "after", "before", "now", "so", "since", "in", "on", "at", "there", "here", "officials", "both", "some",
        "many", "several",
    };

    /// <summary>Nouns that head a source phrase without a name ("officials", "the spokesman", "the group").</summary>
    static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "commander", "commanders", "minister",
        "ministry", "chief", "head", "leader", "envoy", "ambassador", "secretary", "press", "president", "governor", "general",
        "group", "monitor", "observatory", "agency", "statement", "army", "military", "forces", "police", "sources", "source",
        "residents", "witnesses", "activists", "officer", "officers", "authorities", "administration", "government", "coalition",
        "organisation", "organization", "watchdog", "media", "outlet", "analysts", "experts", "researchers", "report", "militia",
        "security", "task", "force", "department", "pentagon", "diplomat", "diplomats", "representative", "director", "adviser",
        "advisor", "council", "office", "told", "center", "centre", "institute", "network", "committee", "commission", "mission",
        "command", "channel", "newspaper", "website", "broadcaster", "station", "authority", "body",
    };

    readonly PhraseIndex<CueForm> _cues;
    readonly SourceNames _names;

    /// <summary>Builds a finder with the given cues and source names.</summary>
    public AttributionFinder(IEnumerable<(string[] Words, CueForm Form)> cues, SourceNames names)
    {
        _cues = new(cues);
        _names = names;
    }

    /// <summary>Loads the shipped cues from data/lexicons/attribution-cues.tsv.</summary>
    public static AttributionFinder Load(SourceNames names) =>
        new(Lexicon.Read("attribution-cues.tsv", 3).Select(r => (Phrase.Words(r.Cells[0]), Lexicon.ParseEnum<CueForm>(r.Cells[1], r))), names);

    /// <summary>The attributions of a document's sentences, in text order.</summary>
    public List<Attribution> Find(Document document, IReadOnlyList<SentenceTokens> sentences)
    {
        var found = FindStated(document, sentences);
        return CarryThrough(sentences, found);
    }

    /// <summary>
    /// An unattributed sentence of plain report between two sentences attributed to the same single source ("The SDF said
    /// in a statement … / At least one fighter was killed in the operation. / SDF officials further said …") continues that
    /// source's account, as a coder reads it; the later attribution, which resumes the account, covers it. Quotes are left alone.
    /// </summary>
    static List<Attribution> CarryThrough(IReadOnlyList<SentenceTokens> sentences, List<Attribution> found)
    {
        if (found.Count == 0) return found;
        var bySentence = sentences.Select(s => found.Where(a => a.Scope == s.Sentence.Span).ToList()).ToList();
        var carried = new List<Attribution>();
        for (int i = 1; i + 1 < sentences.Count; i++)
        {
            if (bySentence[i].Count > 0 || sentences[i].Raw.Any(IsQuoteMark)) continue;
            var before = bySentence[i - 1].Select(a => a.Source).Distinct().ToList();
            var after = bySentence[i + 1];
            if (before is [var source] && after.Count > 0 && after.All(a => a.Source == source))
                carried.Add(after[0] with { Scope = sentences[i].Sentence.Span });
        }
        return carried.Count == 0 ? found : found.Concat(carried).OrderBy(a => a.Scope.Start).ToList();
    }

    static bool IsQuoteMark(string token) => token is "\"" or "“" or "”" or "«" or "»";

    List<Attribution> FindStated(Document document, IReadOnlyList<SentenceTokens> sentences)
    {
        var found = new List<Attribution>();
        var named = new List<string>();
        foreach (var (sentence, tokens, raw, words) in sentences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                foreach (var (cue, form) in _cues.StartingAt(words, i))
                {
                    int cueEnd = i + cue.Length - 1;
                    var attribution = form switch
                    {
                        CueForm.Preposition => FromRight(document, sentence, tokens, raw, words, i, cueEnd, PastReportLinks(words, cueEnd + 1), named),
                        CueForm.Verb => FromVerb(document, sentence, tokens, raw, words, i, cueEnd, named),
                        _ => FromNoun(document, sentence, tokens, raw, words, i, cueEnd, named),
                    };
                    if (attribution is not null) found.Add(attribution);
                    i = cueEnd;
                    break;
                }
            }
        }
        return found;
    }

    Attribution? FromVerb(Document doc, Sentence sentence, Token[] tokens, string[] raw, string[] words, int cue, int cueEnd, List<string> named)
    {
        int cueLast = cueEnd;
        if (words[cue] is "told" or "tells" && cueEnd + 1 < raw.Length && IsCapitalised(raw[cueEnd + 1]))
            cueLast = ReadRight(raw, words, cueEnd + 1) is { } told ? told.End : cueEnd;
        var cueSpan = Span(tokens, cue, cueLast);
        bool inverted = cue > 0 && raw[cue - 1] is "," or "\"" or "”" or "’" or "'";
        if (inverted && ReadRight(raw, words, cueEnd + 1) is { } after)
            return Make(doc, sentence, tokens, raw, words, cueSpan, after.Start, after.End, named);
        int left = cue - 1;
        while (left >= 0 && Skippable.Contains(words[left])) left--;
        if (left > 0 && words[left] == "," && Array.LastIndexOf(words, ",", left - 1) is var open and > 0 && left - open < 20
            && !words[(open + 1)..left].Contains("\""))
            left = IsShortName(raw, open + 1, left - 1) ? left - 1 : open - 1;
        if (ReadLeft(raw, words, left) is { } before)
            return Make(doc, sentence, tokens, raw, words, cueSpan, before.Start, before.End, named);
        return null;
    }

    /// <summary>Where the owner of "a report Tuesday by X" starts: after the links and "by"/"from", else <paramref name="start"/> itself.</summary>
    static int PastReportLinks(string[] words, int start)
    {
        int j = start;
        if (j < words.Length && Determiners.Contains(words[j])) j++;
        int links = j;
        while (j < words.Length && ReportLinks.Contains(words[j])) j++;
        return j > links && j + 1 < words.Length && words[j] is "by" or "from" ? j + 1 : start;
    }

    Attribution? FromNoun(Document doc, Sentence sentence, Token[] tokens, string[] raw, string[] words, int cue, int cueEnd, List<string> named)
    {
        if (cue > 0 && (raw[cue - 1].EndsWith("'s") || raw[cue - 1].EndsWith("’s")) && ReadLeft(raw, words, cue - 1) is { } owner)
            return Make(doc, sentence, tokens, raw, words, Span(tokens, cue, cueEnd), owner.Start, owner.End, named);
        if (cueEnd + 1 < words.Length && words[cueEnd + 1] is "by" or "from")
            return FromRight(doc, sentence, tokens, raw, words, cue, cueEnd + 1, cueEnd + 2, named);
        return null;
    }

    Attribution? FromRight(Document doc, Sentence sentence, Token[] tokens, string[] raw, string[] words, int cue, int cueEnd, int from, List<string> named) =>
        ReadRight(raw, words, from) is { } phrase ? Make(doc, sentence, tokens, raw, words, Span(tokens, cue, cueEnd), phrase.Start, phrase.End, named) : null;

    /// <summary>Whether tokens start..end are a short run of capitalised words (a name in apposition: "the envoy, James Smith, said").</summary>
    static bool IsShortName(string[] raw, int start, int end) =>
        end >= start && end - start < 4 && Enumerable.Range(start, end - start + 1).All(k => IsCapitalised(raw[k]));

    /// <summary>The source phrase ending at token <paramref name="end"/>, read leftwards: a pronoun, or names and role nouns with an optional determiner.</summary>
    static (int Start, int End)? ReadLeft(string[] raw, string[] words, int end)
    {
        if (end < 0) return null;
        if (Pronouns.Contains(words[end])) return (end, end);
        int start = end + 1;
        for (int j = end; j >= 0 && end - j < MaxPhrase; j--)
        {
            bool take = IsCapitalised(raw[j]) && !(j == 0 && SentenceOpeners.Contains(words[j])) || RoleNouns.Contains(words[j]) || IsPossessive(raw[j]) && j == end
                || Connectors.Contains(words[j]) && j > 0 && IsCapitalised(raw[j - 1]) && start <= end && IsCapitalised(raw[start])
                || raw[j] == "." && j > 0 && raw[j - 1].Length == 1 && char.IsUpper(raw[j - 1][0]);
            if (!take) break;
            start = j;
        }
        if (start > end) return null;
        for (int k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (Determiners.Contains(words[k])) return (k, end);
            if (!char.IsLetter(raw[k][0])) break;
        }
        return (start, end);
    }

    /// <summary>The source phrase starting at token <paramref name="start"/>, read rightwards.</summary>
    static (int Start, int End)? ReadRight(string[] raw, string[] words, int start)
    {
        if (start >= raw.Length) return null;
        int first = start;
        if (Determiners.Contains(words[first])) first++;
        int end = first - 1;
        for (int j = first; j < raw.Length && j - first < MaxPhrase; j++)
        {
            bool take = IsCapitalised(raw[j]) || RoleNouns.Contains(words[j]) && words[j] != "told"
                || j == first && IsAffiliation(raw[j]) && j + 1 < raw.Length && IsCapitalised(raw[j + 1])
                || Connectors.Contains(words[j]) && j + 1 < raw.Length && IsCapitalised(raw[j + 1]) && end >= first
                || raw[j] == "." && raw[j - 1].Length == 1 && char.IsUpper(raw[j - 1][0]) && j + 1 < raw.Length && IsCapitalised(raw[j + 1]);
            if (!take) break;
            end = j;
        }
        if (end < first) return null;
        return (start, end);
    }

    Attribution? Make(Document doc, Sentence sentence, Token[] tokens, string[] raw, string[] words, TextSpan cue, int start, int end, List<string> named)
    {
        var sourceSpan = Span(tokens, start, end);
        var source = Canonical(doc.Text, tokens[start].Span.Start, raw, words, start, end, named);
        if (source is null) return null;
        return new Attribution(cue, source, sourceSpan, sentence.Span);
    }

    /// <summary>The canonical source for tokens start..end, noting named sources for later pronouns; null when it names nobody.</summary>
    string? Canonical(string text, int position, string[] raw, string[] words, int start, int end, List<string> named)
    {
        if (start == end && Pronouns.Contains(words[start])) return named.LastOrDefault();
        int first = Determiners.Contains(words[start]) ? start + 1 : start;

        foreach (var (s, e) in CapitalisedRuns(raw, words, first, end))
            if (_names.Find(Join(raw, s, e)) is { } known)
            {
                named.Add(known);
                return known;
            }

        var phrase = Join(raw, start, end);
        var candidates = _names.Described(phrase);
        if (candidates.Count == 0 && first > start) candidates = _names.Described("the " + Join(raw, first, end));
        if ((_names.LastMentioned(candidates, text, position) ?? (candidates.Count == 1 ? candidates[0] : null)) is { } described)
            return described;

        if (PersonNouns.Contains(words[end]) && first < end && !IsCapitalised(raw[end])) return Join(raw, first, end);
        if (first > start && _names.LastMentionedByHead(raw[end], text, position) is { } byHead) return byHead;
        if (CapitalisedRuns(raw, words, first, end).ToList() is [var (cs, ce), ..])
        {
            var name = Join(raw, cs, ce);
            named.Add(name);
            return name;
        }
        bool definite = first > start && words[start] is not ("a" or "an");
        if (definite && RoleNouns.Contains(words[end])) return named.Count > 0 ? named[^1] : null;
        return PersonNouns.Contains(words[end]) ? Join(raw, first, end) : null;
    }

    /// <summary>Runs of tokens that start and end with a capitalised word, longest first.</summary>
    static IEnumerable<(int Start, int End)> CapitalisedRuns(string[] raw, string[] words, int start, int end)
    {
        var runs = new List<(int, int)>();
        for (int s = start; s <= end; s++)
        {
            if (!IsCapitalised(raw[s])) continue;
            for (int e = s; e <= end; e++)
            {
                if (!IsCapitalised(raw[e]) && !Connectors.Contains(words[e]) && raw[e] != ".") break;
                if (IsCapitalised(raw[e])) runs.Add((s, e));
            }
        }
        return runs.OrderByDescending(r => r.Item2 - r.Item1).ThenBy(r => r.Item1);
    }

    static string Join(string[] raw, int start, int end)
    {
        var parts = new List<string>();
        for (int k = start; k <= end; k++)
        {
            var word = k == end && IsPossessive(raw[k]) ? raw[k][..^2] : raw[k];
            if (word == "." && parts.Count > 0) parts[^1] += ".";
            else parts.Add(word);
        }
        return string.Join(' ', parts);
    }

    static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]) && !NotNames.Contains(word.ToLowerInvariant());

    /// <summary>A lower-case prefix joined to a name, telling a source's leaning: "pro-SDF", "anti-Assad".</summary>
    static bool IsAffiliation(string word) =>
        char.IsLower(word[0]) && word.IndexOf('-') is var dash and > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]);

    static bool IsPossessive(string word) => word.EndsWith("'s") || word.EndsWith("’s");

    static TextSpan Span(Token[] tokens, int start, int end) => TextSpan.FromBounds(tokens[start].Span.Start, tokens[end].Span.End);
}
