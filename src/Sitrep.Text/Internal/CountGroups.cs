using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Text.Internal;

/// <summary>A count found in a sentence, with the tokens its number runs over.</summary>
internal sealed record CountAt(NumberMention Mention, int First, int Last);

/// <summary>Reads the people a sentence counts without a figure ("a passer-by was injured", "killing a child") and adds up
/// coordinated groups ("four guards and seven attackers were killed", "a woman and her son") into one total.</summary>
/// <remarks>
/// A group is two or more members joined by "and", a comma or "as well as": counts, and singular persons led by "a", "an"
/// or "another" (a person noun of data/lexicons/person-nouns.tsv heads the phrase); after the first member also "his son",
/// "her husband" and "himself". Only stated figures add up ("at least six", not "hundreds"). Its kind is the one its counts
/// share, else the cue nearest the whole group; the total replaces the members, its span covering them all. A lone singular person counts one when a cue says what befell them.
/// </remarks>
internal sealed class CountGroups
{
    // Words a singular phrase may run over before its head ("a senior Islamic State cell leader").
    const int SingularWindow = 6;
    // Words after a number its counted noun may run over ("seven Turkish-backed Syrian fighters").
    const int NounWindow = 6;

    static readonly HashSet<string> Indefinites = new(StringComparer.Ordinal) { "a", "an", "another" };
    static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "its" };
    static readonly HashSet<string> Reflexives = new(StringComparer.Ordinal) { "himself", "herself" };
    static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "his", "her", "their", "its" };
    // "a third of the town" is a share, not a person; "a member of the SDF" is one.
    static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "second", "third", "fourth", "fifth", "sixth" };

    static readonly NumberRange Single = NumberRange.Exactly(1);

    readonly QuantityReader _reader;
    readonly HashSet<string> _people;

    /// <summary>Builds the reader over <paramref name="reader"/>'s cues and the given singular person nouns.</summary>
    public CountGroups(QuantityReader reader, IEnumerable<string> people)
    {
        _reader = reader;
        _people = new(people, StringComparer.Ordinal);
    }

    /// <summary>Loads the shipped person nouns from data/lexicons/person-nouns.tsv.</summary>
    public static CountGroups Load(QuantityReader reader) => new(reader, Lexicon.Read("person-nouns.tsv", 2).Select(r => r.Cells[0].ToLowerInvariant()));

    /// <summary>A member of a group: its tokens (<paramref name="End"/> is the last word of its noun), its figure, the count it
    /// is when it is one, and whether it can open a group or stand alone.</summary>
    readonly record struct Member(int First, int End, NumberRange Range, NumberMention? Count, bool Leads);

    /// <summary>Adds to <paramref name="result"/> the sentence's counts, each group added up into one, and the singular persons a cue counts.</summary>
    public void Join(string text, Token[] tokens, string[] words, List<CountAt> counts, List<NumberMention> result)
    {
        if (Members(text, tokens, words, counts) is not { } members) return;
        int i = 0;
        while (i < members.Count)
        {
            int j = i, last = i;
            if (members[i].Leads)
                while (j + 1 < members.Count && Join(words, members[j].End, members[j + 1]) is var joint and not Joint.None)
                    if (joint == Joint.And) last = ++j;
                    else j++;
            // A comma joins a list only when "and" ends it ("A, B and C"); else what follows it is an aside ("wounding five, a spokesman said").
            j = last;
            var group = j > i ? members.GetRange(i, j - i + 1) : null;
            var kind = group is null ? null : KindOf(words, group);
            if (group is not null && kind is not null && Total(text, tokens, group, kind.Value) is { } total) result.Add(total);
            else
                for (int k = i; k <= j; k++)
                    // Members of a group each keep their figure and share its verb ("hundreds of X and a handful of Y escaped").
                    if (members[k].Count is { } count) result.Add(count.Kind is null && kind is not null ? count with { Kind = kind } : count);
                    else if (k == i && members[k].Leads && One(text, tokens, words, members[k]) is { } one) result.Add(one);
            i = j + 1;
        }
    }

    // The kind of a group: the one its counts share, else the cue nearest the whole group; null when its counts differ
    // ("carried 12 dead and 27 wounded": told side by side, not added).
    QuantityKind? KindOf(string[] words, List<Member> group)
    {
        QuantityKind? shared = null;
        foreach (var m in group)
            if (m.Count?.Kind is { } k)
            {
                if (shared is not null && shared != k) return null;
                shared = k;
            }
        return shared ?? _reader.KindAround(words, group[0].First, group[^1].End);
    }

    // The sentence's members in order; null when it has none (most sentences: no list is made for them).
    List<Member>? Members(string text, Token[] tokens, string[] words, List<CountAt> counts)
    {
        List<Member>? members = null;
        int c = 0;
        for (int k = 0; k < words.Length; k++)
        {
            if (c < counts.Count && counts[c].First == k)
            {
                var count = counts[c++];
                (members ??= []).Add(new Member(k, Math.Max(count.Last, NounEnd(text, tokens, words, count.Last + 1)), count.Mention.Range, count.Mention, true));
                k = count.Last;
            }
            else if (Reflexives.Contains(words[k])) (members ??= []).Add(new Member(k, k, Single, null, false));
            else if ((Indefinites.Contains(words[k]) || Possessives.Contains(words[k])) && PersonHead(text, tokens, words, k) is { } head)
                (members ??= []).Add(new Member(k, head, Single, null, Indefinites.Contains(words[k])));
            else if (words[k] == "one" && OneOf(text, tokens, words, k) is { } end)
                (members ??= []).Add(new Member(k, end, Single, null, true));
        }
        return members;
    }

    // The last word of the noun a number counts: "guards" in "four guards and …", "aides" in "two of his aides".
    int NounEnd(string text, Token[] tokens, string[] words, int start)
    {
        int k = start;
        if (k < words.Length && words[k] == "of") k++;
        if (k < words.Length && Determiners.Contains(words[k])) k++;
        int end = -1;
        for (int n = 0; k < words.Length && n < NounWindow && _reader.IsPhraseWord(text, tokens, words, k); k++, n++) end = k;
        return end;
    }

    // The head of a singular person phrase opened at k ("a senior cell leader", "her eight-year-old son", "a 22-year-old
    // man"), or null when its head names no person.
    int? PersonHead(string text, Token[] tokens, string[] words, int k)
    {
        int head = -1;
        for (int h = k + 1; h < words.Length && h - k <= SingularWindow; h++)
        {
            if (_reader.IsPhraseWord(text, tokens, words, h)) head = h;
            else if (tokens[h].Kind == TokenKind.Word || h + 1 >= tokens.Length || tokens[h].Span.End != tokens[h + 1].Span.Start) break;
        }
        if (head < 0 || !_people.Contains(words[head])) return null;
        bool share = Ordinals.Contains(words[head]) && head + 1 < words.Length && words[head + 1] == "of";
        return share ? null : head;
    }

    // The end of "one of them", "one of the guards": one person picked from a group told of.
    int? OneOf(string text, Token[] tokens, string[] words, int k)
    {
        if (k + 2 >= words.Length || words[k + 1] != "of") return null;
        if (Groups.Contains(words[k + 2])) return k + 2;
        int end = NounEnd(text, tokens, words, k + 1);
        return end > k + 1 && _people.Contains(Singular(words[end])) ? end : null;
    }

    static readonly HashSet<string> Groups = new(StringComparer.Ordinal) { "them", "those", "us" };

    // "guards" → "guard", "policemen" → "policeman": the person noun a plural head is made from.
    static string Singular(string plural) =>
        plural.EndsWith("men", StringComparison.Ordinal) ? plural[..^3] + "man" : plural.EndsWith('s') ? plural[..^1] : plural;

    enum Joint { None, Comma, And }

    // How a member is joined to the next: by "and", ", and" or "as well as", or by a comma alone; a possessive may stand
    // before a joined count ("and her two sons").
    static Joint Join(string[] words, int end, Member next)
    {
        if (next.First <= end) return Joint.None;
        int k = end + 1;
        bool comma = words[k] == ",";
        if (comma) k++;
        var joint = Joint.And;
        if (k < next.First && words[k] == "and") k++;
        else if (k + 2 < next.First && words[k] == "as" && words[k + 1] == "well" && words[k + 2] == "as") k += 3;
        else if (comma) joint = Joint.Comma;
        else return Joint.None;
        if (next.Count is not null && k < next.First && Possessives.Contains(words[k])) k++;
        return k == next.First ? joint : Joint.None;
    }

    // The group's total, or null when a member is vague: "hundreds of X and a handful of Y" state no total, so each keeps its words.
    static NumberMention? Total(string text, Token[] tokens, List<Member> group, QuantityKind kind)
    {
        if (group.Exists(m => m.Range.Best is null)) return null;
        var span = TextSpan.FromBounds(tokens[group[0].First].Span.Start, tokens[group[^1].End].Span.End);
        var ranges = group.Select(m => m.Range).ToList();
        var range = new NumberRange(
            ranges.All(r => r.Min is null) ? null : ranges.Sum(r => r.Min ?? 0),
            ranges.Any(r => r.Max is null) ? null : ranges.Sum(r => r.Max!.Value),
            ranges.Sum(r => r.Best!.Value),
            text.Substring(span.Start, span.Length));
        return new NumberMention(span, range, kind, span, group.Any(m => m.Count?.Stake == true));
    }

    NumberMention? One(string text, Token[] tokens, string[] words, Member person)
    {
        if (_reader.KindOfOne(words, person.First, person.End) is not { } kind) return null;
        var span = TextSpan.FromBounds(tokens[person.First].Span.Start, tokens[person.End].Span.End);
        return new NumberMention(span, NumberRange.Exactly(1, text.Substring(span.Start, span.Length)), kind, span);
    }
}
