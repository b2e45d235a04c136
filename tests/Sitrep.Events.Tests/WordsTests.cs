using Sitrep.Events.Internal;

namespace Sitrep.Events.Tests;

public class WordsTests
{
    [Fact]
    public void Words_are_lower_cased_with_offsets_into_the_whole_text()
    {
        const string text = "Report: ISIS's CAR-Bomb hit Şırnak.";
        var words = Words.Split(text, 8, text.Length);
        Assert.Equal(["isis", "s", "car", "bomb", "hit", "şırnak"], words.Select(w => w.Text));
        Assert.All(words, w => Assert.Equal(w.Text, text[w.Start..w.End].ToLowerInvariant()));
    }

    [Fact]
    public void An_empty_or_reversed_range_has_no_words()
    {
        Assert.Empty(Words.Split("Shelling resumed.", 5, 5));
        Assert.Empty(Words.Split("Shelling resumed.", 9, 3));
    }
}
