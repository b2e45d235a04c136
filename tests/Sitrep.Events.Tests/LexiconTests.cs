using Sitrep.Events.Internal;
using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class LexiconTests
{
    [Fact]
    public void The_shipped_lexicon_loads_and_covers_every_ACLED_sub_type()
    {
        var covered = Lexicon.Default.Triggers.Where(t => t.Sub is not null).Select(t => t.Sub!.Value).ToHashSet();
        Assert.Equal(AcledTypes.SubEventTypes.ToHashSet(), covered);
    }

    [Fact]
    public void Every_domain_tag_has_a_trigger()
    {
        var tagged = Lexicon.Default.Triggers.SelectMany(t => t.Tags).ToHashSet();
        Assert.Equal(Enum.GetValues<EventTag>().ToHashSet(), tagged);
    }

    [Fact]
    public void Every_line_has_a_gloss() => Assert.All(Lexicon.Default.Triggers, t => Assert.False(string.IsNullOrWhiteSpace(t.Gloss)));

    [Fact]
    public void A_corrupt_trigger_line_names_its_file_and_line()
    {
        var folder = CopyOfShippedData();
        File.AppendAllText(Path.Combine(folder, "triggers.tsv"), "car bomb\tNot a type\t5\t-\tbroken line\n");
        var e = Assert.Throws<SitrepException>(() => Lexicon.Load(folder));
        Assert.Contains("triggers.tsv:", e.Message);
        Assert.Contains("Not a type", e.Message);
    }

    [Fact]
    public void A_corrupt_modality_line_names_its_file_and_line()
    {
        var folder = CopyOfShippedData();
        File.AppendAllText(Path.Combine(folder, "modality.tsv"), "vowed\t3\tmaybe\tunknown frame\n");
        var e = Assert.Throws<SitrepException>(() => Lexicon.Load(folder));
        Assert.Contains("modality.tsv:", e.Message);
        Assert.Contains("maybe", e.Message);
    }

    [Fact]
    public void A_missing_lexicon_file_is_a_clear_error()
    {
        var folder = CopyOfShippedData();
        File.Delete(Path.Combine(folder, "weapons.tsv"));
        Assert.Contains("weapons.tsv", Assert.Throws<SitrepException>(() => Lexicon.Load(folder)).Message);
    }

    [Fact]
    public void Every_word_set_the_code_asks_about_is_defined_in_synonyms_tsv()
    {
        // An undefined set matches nothing, so a misspelt name would silently switch a rule off.
        var defined = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "events", "synonyms.tsv"))
            .Where(l => l.StartsWith('&')).Select(l => l.Split('\t')[0]).ToHashSet();
        Assert.All(Enum.GetValues<WordSet>(), s => Assert.Contains("&" + s.ToString().ToUpperInvariant(), defined));
    }

    [Fact]
    public void Role_word_sets_hold_their_words_and_no_others()
    {
        var lexicon = Lexicon.Default;
        Assert.True(lexicon.In(WordSet.Speech, "said"));
        Assert.False(lexicon.In(WordSet.Speech, "claimed"));
        Assert.True(lexicon.In(WordSet.GenericForce, "soldiers"));
        Assert.False(lexicon.In(WordSet.GenericForce, "army"));
        Assert.True(lexicon.In(WordSet.PoliceWord, "policewomen"));
        Assert.False(lexicon.In(WordSet.Unnamed, "unidentifiable"));
    }

    static string CopyOfShippedData()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-events-").FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "events")))
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return folder;
    }
}
