using Sitrep.Places.Internal;

namespace Sitrep.Places.Tests;

public class WordScannerTests
{
    [Fact]
    public void An_article_prefix_in_any_case_joins_the_next_word_which_decides_the_capital()
    {
        const string text = "Fighters left AL-Bab and al-Tanf for el-mina.";
        var words = WordScanner.Scan(text);
        Assert.Equal(["Fighters", "left", "AL-Bab", "and", "al-Tanf", "for", "el-mina"], words.Select(w => w.Text));
        Assert.Equal([true, false, true, false, true, false, false], words.Select(w => w.Capitalised));
    }

    [Fact]
    public void A_possessive_is_left_out_of_the_word_and_a_contraction_is_no_name()
    {
        var words = WordScanner.Scan("Idlib's hospitals. We're told");
        Assert.Equal(("Idlib", true, true), (words[0].Text, words[0].Possessive, words[0].Capitalised));
        Assert.False(words.Single(w => w.Text == "We're").Capitalised);
    }

    [Fact]
    public void A_hyphen_after_another_word_splits_it() =>
        Assert.Equal(["Turkey", "Iran", "border"], WordScanner.Scan("Turkey-Iran border").Select(w => w.Text));
}
