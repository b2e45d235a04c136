using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Places.Internal;

/// <summary>Finds place names in text: capitalised spans the gazetteer or facility registry knows, widened by region words, with person and organisation names rejected.</summary>
internal sealed partial class Recognizer(Gazetteer gazetteer, FacilityRegistry facilities, NotPlaces notPlaces, IReadOnlySet<string> firstNames)
{
    const int MaxWords = 6;

    static readonly HashSet<string> Connectors = ["al", "el", "ez", "ad", "ar", "as", "ash", "at", "az", "an", "of", "de", "du", "la", "le", "bin", "ibn", "abu", "umm", "and"];
    static readonly HashSet<string> Titles = ["Miss", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Sgt", "Col", "Capt", "Prof", "Mayor", "Sheriff", "President"];
    static readonly HashSet<string> FacilityWords = ["prison", "jail", "camp", "base", "centre", "center", "garrison"];
    static readonly HashSet<string> PlaceSuffixes = ["City", "Province", "Governorate", "District", "Region", "Countryside", "Camp", "Prison", "Jail", "Base", "Border", "County", "Parish", "Valley", "Dam"];
    static readonly HashSet<string> OrgWords = ["State", "University", "Bank", "Army", "Council", "Party", "Front", "Forces", "Movement", "Brigade", "Brigades",
        "Battalion", "Church", "College", "School", "Institute", "Museum", "Company", "Corporation", "Association", "Federation", "Union", "League", "Committee",
        "Commission", "Organization", "Organisation", "Agency", "Authority", "Court", "Police", "Department", "Ministry", "Office", "Observatory", "Times", "Post", "News",
        "Bureau", "Service", "Services", "Coalition", "Senate", "Assembly", "Legislature", "Congress", "Parliament", "Patrol", "Guard", "Hospital", "Society",
        "Foundation", "Fund", "Board", "Chamber", "Club", "Team", "Airlines", "Airways", "Railway", "Railroad", "Press", "Tribune", "Herald", "Journal", "Daily",
        "Gazette", "Inc", "Corp", "Co", "Ltd", "Group", "Partners", "Educators", "Democratic", "Republican", "Democrats", "Republicans",
        // words of site and office names: "Dublin Community Recreation Center", "Rapides Parish Fire District", "Dublin City Manager"
        "Center", "Centre", "Park", "Library", "Airport", "Station", "Stadium", "Arena", "Mall", "Hotel", "Clinic", "Academy", "Project", "Manager",
        "Mayor", "Fire", "Sheriff", "Community", "Veterans", "Memorial", "Cathedral", "Mosque", "Zoo", "Festival", "Fair", "Market",
        "Public", "Utilities", "Schools", "Transit", "Municipal", "Regional",
        // offices held for a place: "U.S. President Donald Trump", "Iraqi Prime Minister"
        "President", "Prime", "Minister", "Secretary", "Ambassador", "Embassy", "Consulate", "Senator", "Governor", "Attorney", "Navy", "Treasury"];
    static readonly Dictionary<string, string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["north"] = "north", ["northern"] = "north", ["south"] = "south", ["southern"] = "south", ["east"] = "east", ["eastern"] = "east",
        ["west"] = "west", ["western"] = "west", ["northeast"] = "northeast", ["northeastern"] = "northeast", ["north-east"] = "northeast",
        ["north-eastern"] = "northeast", ["northwest"] = "northwest", ["northwestern"] = "northwest", ["north-west"] = "northwest",
        ["north-western"] = "northwest", ["southeast"] = "southeast", ["southeastern"] = "southeast", ["south-east"] = "southeast",
        ["south-eastern"] = "southeast", ["southwest"] = "southwest", ["southwestern"] = "southwest", ["south-west"] = "southwest",
        ["south-western"] = "southwest", ["central"] = "central",
    };

    [GeneratedRegex(@"^\s*(?:has |have |had |on \w+ )?(?:said|says|say|announced|accused|denied|warned|condemned|claimed|insisted|rejected|responded|stated|demanded|urged|vowed|blamed|agreed|threatened|retaliated|refused)\b")]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\b(?:town|village|city|hamlet|district|suburb|outskirts|countryside) of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceCueBefore();

    // A lower-case word for a place's people or parts right after a name: "Roselle police", "Winona residents".
    [GeneratedRegex(@"^\s+(?:police|officers|residents?|officials|authorities|firefighters|man|woman|men|women|boy|girl|natives?|city|county|township|area|mayor|council|schools|neighbou?rhood|downtown)\b")]
    private static partial Regex PlaceNounAfter();

    // A preposition of place, a place cue or a home town ("Jane Roe, 34, of Superior") right before a word.
    [GeneratedRegex(@"(?:\b(?:in|at|near|outside|from|to|into|toward|towards|around|across|through|via)|\b(?:town|village|city|hamlet|district|suburb|outskirts) of|, of)\s+$")]
    private static partial Regex LocativeBefore();

    // Only "and" (or "and the") between the last name set aside and this one.
    [GeneratedRegex(@"^\s+and\s+(?:the\s+)?$")]
    private static partial Regex AndBetween();

    [GeneratedRegex(@"^(?:al|ad|ar|as|ash|az|ez|ed)[- ]", RegexOptions.IgnoreCase)]
    private static partial Regex ArabicArticle();

    [GeneratedRegex(@"^\s+(?:fighting\s+)?(?:vehicles?|tanks?|missiles?|rockets?|rifles?|jets?|helicopters?|drones?|launchers?|howitzers?|carriers?)\b")]
    private static partial Regex WeaponAfter();

    // The rest of a list of names that ends in "counties": ", Grant, Swift and Otter Tail counties".
    [GeneratedRegex(@"^(?:\s*(?:,|,?\s+and)\s+\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)?)*(?:,|,?\s+and)?\s+[Cc]ounties\b")]
    private static partial Regex CountyList();

    [GeneratedRegex(@"(?:ian|ians|ese|ish|ans|i)$")]
    private static partial Regex DemonymLike();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Col|Capt|Prof|Det|Cpl|Pvt|Maj)\.?\s+$")]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"^\s*(?:province|governorate|countryside|region|district|border(?:\s+(?:region|area|zone|strip)s?)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierAfter();

    // "Syria's northern border region", "Turkey's border": a border of the country the possessive names.
    [GeneratedRegex(@"^['’]s\s+(?:(?<direction>(?:north|south|east|west)(?:ern)?|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)\s+)?border(?:\s+(?:region|area|zone|strip)s?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveBorderAfter();

    // "the border with Turkey", "the border area with Iraq": the country the border is shared with follows.
    [GeneratedRegex(@"\bborders?(?:\s+(?:region|area|zone|strip)s?)?\s+with\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BorderWithBefore();

    [GeneratedRegex(@"\b(?:prison|jail|camp|detention|detainees|inmates|prisoners|base|facility)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacilityContext();

    [GeneratedRegex(@"(?:\b(?:north|south|east|west)(?:ern)?|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|central)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionBefore();

    /// <summary>Mentions in text order, and the demonyms seen (as evidence for the article's focus countries).</summary>
    /// <remarks>
    /// Demonyms ("Syrian") and places that are part of an organisation's name ("Damascus University", "Ohio Department
    /// of Health") are toponyms in the metonym role: they name a country or place, but not where something happened.
    /// Another spelling of a name ("Qamishlo", "Deir el-Zour") is believed in an article that names no place as the
    /// gazetteer spells it, or names one in the variant's country: elsewhere the tolerant key meets English words
    /// ("Ministry", "Circuit"). Such an article is read again with variants limited to the countries it names.
    /// </remarks>
    public List<Mention> Recognise(Document doc)
    {
        var words = WordScanner.Scan(doc.Text);
        var mentions = Recognise(doc, words, variantCountries: null);
        static bool VariantOnly(Mention m) => m.Candidates.Count > 0 && m.LooseOnly is { } loose && m.Candidates.All(loose.Contains);
        var named = mentions.Where(m => !VariantOnly(m)).SelectMany(m => m.Candidates).Select(c => c.Country).ToHashSet();
        if (named.Count > 0 && mentions.Any(m => VariantOnly(m) && !m.Candidates.Any(c => named.Contains(c.Country))))
            mentions = Recognise(doc, words, named);
        return Merge(mentions);
    }

    List<Mention> Recognise(Document doc, List<Word> words, IReadOnlySet<string>? variantCountries)
    {
        var text = doc.Text;
        var mentions = new List<Mention>();
        int blockedUntil = -1;
        var namesOfPeople = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count;)
        {
            var match = Longest(doc, words, i, variantCountries) ?? Demonym(text, words, i);
            if (match is null)
            {
                i++;
                continue;
            }
            var (n, mention) = match.Value;
            var first = words[i];
            var last = words[i + n - 1];
            bool orgBefore = OrgBefore(text, words, i) || (blockedUntil >= 0 && AndBetween().IsMatch(text.AsSpan(blockedUntil, first.Start - blockedUntil)));
            // An abbreviation ("US", "U.K.") is never a surname. A capitalised word before the name makes it part of a longer
            // name here; a given name or title makes it a surname wherever the article uses it, and so does any capitalised word
            // for a small place ("Pervez Musharraf", but "Historic Dublin", "Six Flags Over Texas").
            bool personable = mention.Facility is null && !first.Text.All(c => char.IsUpper(c) || c == '.');
            bool nameBefore = personable && NameBefore(doc, words, i);
            bool named = personable && (GivenNameBefore(text, words, i) || TitleBefore().IsMatch(text.AsSpan(Math.Max(0, first.Start - 8), Math.Min(8, first.Start))));
            bool person = named || nameBefore && !mention.Candidates.Any(Sizeable);
            bool surname = person || nameBefore;
            bool orgAfter = mention.Facility is null && OrgFollows(text, words, i + n);
            bool partOfName = mention.Facility is null && NameContinues(text, words, i, n);
            // A town that speaks is a person's name ("Lewis said"), here and wherever else the article names it; not after a
            // preposition of place, where it is where the speakers are ("tribal leaders in Makhmur said").
            if (!surname && mention.Role == ToponymRole.Location && Speaks(text, words, i, n)
                && !LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, first.Start - 25), Math.Min(25, first.Start)))
                && !mention.Candidates.Any(c => c.Precision is PlacePrecision.Country or PlacePrecision.Region || c.FeatureCode == "PPLC"))
                surname = person = true;
            // A site named after a person is still the person's name: "the Charles Webb Center".
            // A large place opening a longer name names a team, firm or event after it ("Texas Rangers", "Cambridge Analytica"),
            // unless it is also a given name ("Jordan Peterson").
            bool embedded = partOfName && mention.Candidates.Any(Large) && !firstNames.Contains(mention.Name);
            if (named || surname && !orgAfter || partOfName && !embedded && !orgAfter && !orgBefore)
            {
                if (person) namesOfPeople.Add(mention.Name);
                blockedUntil = last.End;
                i += n;
                continue;
            }
            if (orgBefore || orgAfter || embedded || mention.Role == ToponymRole.Metonym)
            {
                mentions.Add(mention with { Role = ToponymRole.Metonym });
                blockedUntil = last.End;
                i += n;
                continue;
            }
            var widened = Widen(doc, words, i, n, mention);
            if (widened is not null) mentions.Add(widened);
            i += n;
        }
        // A surname seen in a full name ("Sheriff Tom Ripley") is a person when it stands alone later ("Ripley said").
        mentions.RemoveAll(m => m.Facility is null && m.Region is null && namesOfPeople.Contains(m.Name));
        return mentions;
    }

    static bool Capitals(string name) => name.Count(char.IsLetter) >= 3 && name.Where(char.IsLetter).All(char.IsUpper);

    // "ATLANTA — A man…", "RALEIGH, N.C. (AP)", "NEWARK  The": a name in capitals before a spaced dash, a comma and a
    // capitalised word, a bracket, a quote or a double space (not "NATO-Russia", "IRS, SEC and").
    static bool Dateline(Document doc, TextSpan span) =>
        DatelineAfter().IsMatch(doc.Text.AsSpan(span.End, Math.Min(5, doc.Text.Length - span.End)));

    [GeneratedRegex(@"^(?:\s+[—–-]|\s*--|[—–]|, \p{Lu}|\s*\(|\s*[”""]|\s\s|\s*$|['’]S)")]
    private static partial Regex DatelineAfter();

    static bool Large(GazetteerEntry e) => e.Precision is PlacePrecision.Country or PlacePrecision.Region || e.FeatureCode is "PPLC" or "PPLA" || e.Population >= 100000;

    // "Hit, Iraq", "Superior, Wis.": a comma, then a state or country.
    bool ContainerAfter(string text, List<Word> words, int after)
    {
        if (after >= words.Count || text.AsSpan(words[after - 1].End, words[after].Start - words[after - 1].End).Trim() is not ",") return false;
        var one = words[after].Text;
        var two = after + 1 < words.Count ? $"{one} {words[after + 1].Text}" : one;
        return gazetteer.Lookup(one).Concat(gazetteer.Lookup(two)).Any(e => e.Precision is PlacePrecision.Region or PlacePrecision.Country);
    }

    // Large or administrative places are rarely a surname behind a capitalised word: "Metro Vancouver", "Leadership Henry County".
    static bool Sizeable(GazetteerEntry e) =>
        e.Precision is not PlacePrecision.Town || e.FeatureCode is "PPLC" or "PPLA" or "PPLA2" || e.Population >= 15000;

    // "Syrian", "South African", "European": a demonym names its country or region, as a metonym.
    (int, Mention)? Demonym(string text, List<Word> words, int i)
    {
        if (!words[i].Capitalised) return null;
        for (int n = Math.Min(2, words.Count - i); n >= 1; n--)
        {
            if (n == 2 && (notPlaces.IsFunctionWord(words[i].Text) || !(words[i + 1].Capitalised && WordScanner.Joinable(text, words[i].End, words[i + 1].Start)))) continue;
            var span = TextSpan.FromBounds(words[i].Start, words[i + n - 1].End);
            var name = text.Substring(span.Start, span.Length);
            if (gazetteer.DemonymPlace(name) is { } place) return (n, new Mention(span, name, [place], ToponymRole.Metonym));
        }
        return null;
    }

    // "Jay Roberts", "Marsha J. Moore": a given name or an initial right before the word.
    bool GivenNameBefore(string text, List<Word> words, int i)
    {
        if (i == 0) return false;
        var before = words[i - 1];
        if (firstNames.Contains(before.Text) && !Directions.ContainsKey(before.Text) && !before.Possessive && SpaceOnly(text, before.End, words[i].Start)) return true;
        return before.Text.Length == 1 && char.IsUpper(before.Text[0]) && text.AsSpan(before.End, words[i].Start - before.End).Trim() is ".";
    }

    bool Speaks(string text, List<Word> words, int i, int n) =>
        !words[i + n - 1].Possessive && SpeechAfter().IsMatch(text.AsSpan(words[i + n - 1].End, Math.Min(40, text.Length - words[i + n - 1].End)));

    // An organisation word among the next capitalised words: "Ohio Department of Health", "Texas Southern University".
    static bool OrgFollows(string text, List<Word> words, int after)
    {
        for (int k = after; k < Math.Min(words.Count, after + 4); k++)
        {
            if (!WordScanner.Joinable(text, words[k - 1].End, words[k].Start) || words[k - 1].Possessive) return false;
            if (OrgWords.Contains(words[k].Text)) return true;
            if (!words[k].Capitalised && words[k].Text is not ("of" or "for" or "and")) return false;
        }
        return false;
    }

    (int, Mention)? Longest(Document doc, List<Word> words, int i, IReadOnlySet<string>? variantCountries)
    {
        var text = doc.Text;
        if (!words[i].Capitalised) return null;
        int max = 1;
        while (max < MaxWords && i + max < words.Count && !words[i + max - 1].Possessive && WordScanner.Joinable(text, words[i + max - 1].End, words[i + max].Start)) max++;
        for (int n = max; n >= 1; n--)
        {
            var last = words[i + n - 1];
            bool facilityTail = ContainsLowered(FacilityWordLookup, last.Text);
            if (!last.Capitalised && !facilityTail) continue;
            if (!NameWords(words, i, n, facilityTail)) continue;
            var span = TextSpan.FromBounds(words[i].Start, last.End);
            var name = text.Substring(span.Start, span.Length);
            if (facilities.Find(name) is { } facility && (facilityTail || FacilityContext().IsMatch(SentenceText(doc, span.Start))))
                return (n, new Mention(span, name, [], ToponymRole.Facility, facility));
            if (facilityTail) continue;
            // "In Syria", "As IS", "When Homs": a capitalised function word opens a name only when the gazetteer lists the name
            // with it, as written ("The Hague", "In Amenas"); joined by a hyphen it is part of the word ("As-Safira").
            bool functionOpening = n > 1 && notPlaces.IsFunctionWord(words[i].Text);
            if (functionOpening && !NameKey.Exact(name).StartsWith(words[i].Text.ToLowerInvariant() + " ", StringComparison.Ordinal)) continue;
            if (n > 1 && Titles.Contains(words[i].Text)) continue; // "Miss Ohio", "Gov. Texas": a title opens a person's name or a title

            if (CountyList().IsMatch(text.AsSpan(span.End, Math.Min(160, text.Length - span.End)))
                && gazetteer.Lookup($"{name} County") is { Count: > 0 } counties)
                return (n, new Mention(span, name, counties, ToponymRole.Location)); // "Cooke, Grayson and Love counties"
            if (notPlaces.Contains(name) || n == 1 && gazetteer.DemonymPlace(name) is not null) continue;
            // "Bradley fighting vehicles", "Scud missiles": a model or weapon named after a place.
            if (WeaponAfter().IsMatch(text.AsSpan(span.End, Math.Min(30, text.Length - span.End)))) continue;
            // "Superior Court", "Renewable Energy", "Hailey was born": a common English word or a given name names a place only
            // when large, after "in", "at"…, before its state or country ("Superior, Wis.") or a word for its people ("Roselle police").
            if (n == 1 && (notPlaces.IsEnglishWord(name) || firstNames.Contains(name)) && !gazetteer.Lookup(name).Any(Large)
                && !LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 25), Math.Min(25, span.Start))) && !ContainerAfter(text, words, i + 1)
                && (last.Possessive || !PlaceNounAfter().IsMatch(text.AsSpan(span.End, Math.Min(20, text.Length - span.End)))))
                continue;
            var exact = Plausible(doc, name, gazetteer.Lookup(name), words[i].Start, n);
            // "IRS", "NATO": a word in capitals is an acronym, a place only as a country or region ("UAE") or in a dateline ("ATLANTA —").
            bool acronym = Capitals(name) && !Dateline(doc, span);
            if (acronym) exact.RemoveAll(e => e.Precision is not (PlacePrecision.Country or PlacePrecision.Region));
            // "Wash your hands": a word cut short is an abbreviation only with its period ("Wash.", "Mass."; not "EU", "Vatican").
            if (n == 1 && !(last.End < text.Length && text[last.End] == '.') && !name.All(char.IsUpper))
                RemoveLongerNames(exact, name);
            // Two letters name a place only as an abbreviation of a state or country: "Ga.", "UK".
            if (n == 1 && name.Length < 3 && !(exact.Any(e => e.Precision is PlacePrecision.Region or PlacePrecision.Country) && (last.End < text.Length && text[last.End] == '.' || name.All(char.IsUpper))))
                continue;
            var looseOnly = functionOpening || acronym ? new HashSet<GazetteerEntry>() : LooseOnly(doc, name, exact, words[i].Start, n, variantCountries);
            if (exact.Count + looseOnly.Count > 0)
                return (n, new Mention(span, name, [.. exact, .. looseOnly], ToponymRole.Location, LooseOnly: looseOnly));
            // A misspelt name right after "the town of", "the village of": one edit on the tolerant key, never for a listed non-place.
            if (n == 1 && !notPlaces.Contains(name) && name.Length >= 5 && PlaceCueBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 25), Math.Min(25, span.Start)))
                && InCountries(gazetteer.LookupNear(name), variantCountries) is { Count: > 0 } near)
                return (n, new Mention(span, name, near, ToponymRole.Location, LooseOnly: near.ToHashSet()));
        }
        return null;
    }

    // GeoNames lists English words among the alternate names of small places ("Lake", "Change", "Bradleys"), and headlines capitalise
    // every word: outside the transliterating countries a place named by an alternate must be sizeable, a name with an
    // Arabic article ("al-Naba") is no place there, and a single word
    // opening a sentence must name a sizeable or administrative place by its own name ("Due" is not Douai, "Since" not Since, Colombia).
    // Longest runs at every word of the text: the helpers below keep its loop free of closures and lower-cased copies.

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityWordLookup = FacilityWords.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/>, lower-cased (invariant), is in the set; lowered in a stack buffer.</summary>
    static bool ContainsLowered(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, string word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return set.Contains(lower);
    }

    /// <summary>Whether words i..i+n-1 can form a name: capitalised or connectors, the last also a facility word.</summary>
    static bool NameWords(List<Word> words, int i, int n, bool facilityTail)
    {
        for (int k = i; k < i + n; k++)
            if (!words[k].Capitalised && !ContainsLowered(ConnectorLookup, words[k].Text) && !(k == i + n - 1 && facilityTail)) return false;
        return true;
    }

    /// <summary>Drops places whose name only starts with <paramref name="name"/> and goes on by three letters or more.</summary>
    static void RemoveLongerNames(List<GazetteerEntry> entries, string name) =>
        entries.RemoveAll(e => e.Name.Length >= name.Length + 3 && e.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) && char.IsLetter(e.Name[name.Length]));

    /// <summary>The entries in <paramref name="countries"/>; all of them when it is null.</summary>
    static List<GazetteerEntry> InCountries(IReadOnlyList<GazetteerEntry> entries, IReadOnlySet<string>? countries)
    {
        var kept = new List<GazetteerEntry>(entries.Count);
        foreach (var e in entries)
            if (countries?.Contains(e.Country) != false) kept.Add(e);
        return kept;
    }

    static List<GazetteerEntry> Plausible(Document doc, string name, IReadOnlyList<GazetteerEntry> found, int start, int words)
    {
        var key = NameKey.Exact(name);
        bool opening = words == 1 && SentenceInitial(doc, start);
        bool arabicArticle = ArabicArticle().IsMatch(name);
        return found.Where(e =>
        {
            if (e.Precision != PlacePrecision.Town || Gazetteer.LooseCountries.Contains(e.Country)) return true;
            bool ownName = NameKey.HasExactKey(e.Name, key);
            return (e.Population >= (words == 1 ? 50000 : 5000) || ownName) && !arabicArticle && (!opening || ownName && (e.Population >= 10000 || e.FeatureCode is "PPLA" or "PPLC" or "PPLA2"));
        }).ToList();
    }

    // Other spellings of a name the gazetteer knows exactly must be in the same country; a name it does not know at all
    // must keep four consonants and not open a sentence, where English words are capitalised ("Clashes" is not Kilis).
    IReadOnlySet<GazetteerEntry> LooseOnly(Document doc, string name, IReadOnlyList<GazetteerEntry> exact, int start, int words, IReadOnlySet<string>? variantCountries)
    {
        var loose = InCountries(gazetteer.LookupLoose(name), variantCountries);
        if (loose.Count == 0) return new HashSet<GazetteerEntry>();
        if (exact.Count > 0) return loose.Where(e => !exact.Contains(e) && exact.Any(x => x.Country == e.Country)).ToHashSet();
        int consonants = NameKey.Loose(name).Replace(" ", "").Length;
        bool guarded = words > 1 ? consonants >= 2 : consonants >= 4 && !SentenceInitial(doc, start) && !DemonymLike().IsMatch(name);
        return guarded ? loose.ToHashSet() : new HashSet<GazetteerEntry>();
    }

    // "University of Baghdad", "Islamic State of Iraq": the name belongs to an organisation.
    static bool OrgBefore(string text, List<Word> words, int i) =>
        i >= 2 && words[i - 1].Text is "of" or "in" && OrgWords.Contains(words[i - 2].Text) && WordScanner.Joinable(text, words[i - 2].End, words[i - 1].Start);

    // A capitalised word after the name that is not a place word: "Jordan Peterson", "Damascus University".
    static bool NameContinues(string text, List<Word> words, int i, int n)
    {
        int after = i + n;
        return after < words.Count && words[after].Capitalised && !words[i + n - 1].Possessive && SpaceOnly(text, words[i + n - 1].End, words[after].Start)
            && !PlaceSuffixes.Contains(words[after].Text);
    }

    // A capitalised word before the name, not opening the sentence, not a direction or demonym: "Tom Ripley", "Coach Adana".
    bool NameBefore(Document doc, List<Word> words, int i)
    {
        var text = doc.Text;
        int before = i - 1;
        return before >= 0 && words[before].Capitalised && !words[before].Possessive && SpaceOnly(text, words[before].End, words[i].Start)
            && !SentenceInitial(doc, words[before].Start) && !Directions.ContainsKey(words[before].Text)
            && gazetteer.DemonymCountry(words[before].Text) is null;
    }

    static bool SpaceOnly(string text, int from, int to) => WordScanner.Joinable(text, from, to) && !text.AsSpan(from, to - from).Contains('-');

    Mention? Widen(Document doc, List<Word> words, int i, int n, Mention m)
    {
        var text = doc.Text;
        var span = m.Span;
        var role = m.Role;
        if (role == ToponymRole.Location && Speaks(text, words, i, n)) return m with { Role = ToponymRole.Metonym }; // a country or capital that speaks is its government
        if (m.Facility is not null) return m;
        string? direction = null, modifier = null;
        int start = span.Start, end = span.End;
        var before = DirectionBefore().Match(text[Math.Max(0, start - 20)..start]);
        var with = BorderWithBefore().Match(text[Math.Max(0, start - 30)..start]);
        if (with.Success)
        {
            modifier = "border";
            start -= with.Length;
        }
        else if (before.Success)
        {
            direction = Directions[before.Value.Trim()];
            start -= before.Length;
        }
        var window = text[end..Math.Min(text.Length, end + 40)];
        var possessive = words[i + n - 1].Possessive ? PossessiveBorderAfter().Match(window) : Match.Empty;
        var after = words[i + n - 1].Possessive || modifier is not null ? Match.Empty : ModifierAfter().Match(window);
        if (possessive.Success)
        {
            modifier = "border";
            if (possessive.Groups["direction"].Success) direction = Directions[possessive.Groups["direction"].Value];
            end += possessive.Length;
        }
        else if (after.Success)
        {
            modifier = after.Value.Trim().ToLowerInvariant() switch
            {
                "governorate" or "region" => "province", "district" => "countryside", var x when x.StartsWith("border") => "border", var x => x,
            };
            end += after.Length;
        }
        if (direction is null && modifier is null) return m;
        var whole = TextSpan.FromBounds(start, end);
        return m with { Span = whole, Region = new RegionCue(direction, modifier) };
    }

    // "Syria-Turkey border": two country mentions joined by a hyphen and followed by "border" become one border region.
    static List<Mention> Merge(List<Mention> mentions)
    {
        var merged = new List<Mention>();
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (k + 1 < mentions.Count && m.Region is null && mentions[k + 1].Region?.Modifier == "border"
                && mentions[k + 1].Span.Start - m.Span.End is >= 1 and <= 2)
            {
                var next = mentions[k + 1];
                var both = m.Span.Union(next.Span);
                merged.Add(m with { Span = both, Region = new RegionCue(null, "border"), BorderWith = next.Name });
                k++;
                continue;
            }
            merged.Add(m);
        }
        return merged;
    }

    static bool SentenceInitial(Document doc, int position)
    {
        if (doc.Sentences.Count > 0) return doc.SentenceAt(position)?.Span.Start == position;
        int p = position - 1;
        while (p >= 0 && (doc.Text[p] is ' ' or '"' or '“' or '‘' or '\'' or '(')) p--;
        // a dash or bullet after a space or line break opens a heading or list item: "- Human shields -"
        return p < 0 || doc.Text[p] is '.' or '!' or '?' or '\n' or ':' or '•' || doc.Text[p] is '-' or '–' or '—' && (p == 0 || char.IsWhiteSpace(doc.Text[p - 1]));
    }

    static string SentenceText(Document doc, int position)
    {
        if (doc.SentenceAt(position) is { } s) return doc[s.Span];
        var text = doc.Text;
        int from = position, to = position;
        while (from > 0 && text[from - 1] is not ('.' or '!' or '?' or '\n')) from--;
        while (to < text.Length && text[to] is not ('.' or '!' or '?' or '\n')) to++;
        return text[from..to];
    }
}
