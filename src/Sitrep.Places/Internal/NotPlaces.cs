namespace Sitrep.Places.Internal;

/// <summary>Words never taken as a place on their own (data/gazetteer/not-places.tsv), which of them are function words, and
/// common English words that are rarely a place (data/gazetteer/english-words.tsv).</summary>
internal sealed class NotPlaces
{
    // Closed classes in the file's "why" column: capitalised only when they open a sentence or heading ("In Syria", "When Homs fell").
    static readonly HashSet<string> FunctionClasses = ["article", "preposition", "conjunction", "determiner", "pronoun", "adverb"];

    readonly HashSet<string> _words;
    readonly HashSet<string> _functionWords;
    readonly HashSet<string> _englishWords;

    NotPlaces(IEnumerable<(string Word, string Why)> rows, IEnumerable<string> englishWords)
    {
        var list = rows.ToList();
        _words = list.Select(r => r.Word).ToHashSet(StringComparer.Ordinal);
        _functionWords = list.Where(r => FunctionClasses.Contains(r.Why)).Select(r => r.Word).ToHashSet(StringComparer.Ordinal);
        _englishWords = englishWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the name, as written, is listed.</summary>
    public bool Contains(string name) => _words.Contains(name);

    /// <summary>Whether the word is a listed function word ("In", "The", "When"), which opens a place name only as part of the name itself.</summary>
    public bool IsFunctionWord(string word) => _functionWords.Contains(word);

    /// <summary>Whether the word, in any case, is a common English word ("Superior", "Industry"), a place only with a cue.</summary>
    public bool IsEnglishWord(string word) => _englishWords.Contains(word);

    /// <summary>Reads a not-places file (word and why, tab-separated) and an English words file (one word a line).</summary>
    public static NotPlaces Load(string path, string englishWords) =>
        new(TsvFile.Read(path, 2).Select(l => (l.Fields[0], l.Fields[1])), TsvFile.Read(englishWords, 1).Select(l => l.Fields[0]));

    /// <summary>The committed lists.</summary>
    public static NotPlaces LoadDefault() =>
        Load(Path.Combine(Gazetteer.DataFolder, "not-places.tsv"), Path.Combine(Gazetteer.DataFolder, "english-words.tsv"));

    /// <summary>Given names (data/gazetteer/first-names.tsv): the capitalised word after one is a surname, not a place.</summary>
    public static IReadOnlySet<string> LoadFirstNames() =>
        TsvFile.Read(Path.Combine(Gazetteer.DataFolder, "first-names.tsv"), 1).Select(l => l.Fields[0]).ToHashSet(StringComparer.Ordinal);
}
