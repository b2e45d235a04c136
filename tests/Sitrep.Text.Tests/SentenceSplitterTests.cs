namespace Sitrep.Text.Tests;

public class SentenceSplitterTests
{
    static readonly SentenceSplitter Splitter = new();

    static string[] Split(string text) => Splitter.Split(text).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();

    [Theory]
    [InlineData("The U.S. military said so. It gave no figure.", 2)]
    [InlineData("The attack began on Oct. 9 at dawn. It lasted days.", 2)]
    [InlineData("Mr. Smith spoke. Mrs. Jones replied.", 2)]
    [InlineData("Gen. Mazloum Abdi said the fighting was over.", 1)]
    [InlineData("Lt. Col. Ray Smith spoke briefly.", 1)]
    [InlineData("Pentagon spokesman John F. Kirby said the raid ended.", 1)]
    [InlineData("The toll stood at 2.5 per cent. Then it rose.", 2)]
    [InlineData("Some 1.5 million people fled. Aid was scarce.", 2)]
    [InlineData("\"We will fight,\" he said. \"We will win.\"", 2)]
    [InlineData("He said: \"It is over.\" The army disagreed.", 2)]
    [InlineData("Is it over? Nobody knows! Fighting goes on.", 3)]
    [InlineData("Prison attack leaves dozens dead\nGunmen stormed the jail late on Thursday.", 2)]
    [InlineData("Headline without period\n\nFirst paragraph here. Second sentence here.\nNext paragraph.", 4)]
    [InlineData("The U.N. envoy arrived. The talks began.", 2)]
    [InlineData("It happened at 11 a.m. local time, officials said.", 1)]
    [InlineData("The group (known as IS.) struck again. Troops replied.", 2)]
    [InlineData("No. 4 brigade moved in. It met no resistance.", 2)]
    [InlineData("It ended in the early hours. 23 people were killed.", 2)]
    [InlineData("Troops moved north... Then they stopped.", 2)]
    [InlineData("", 0)]
    [InlineData("   \n  \n", 0)]
    [InlineData("Just one sentence", 1)]
    public void Sentences_end_where_a_reader_would_end_them(string text, int count)
    {
        Assert.Equal(count, Split(text).Length);
    }

    [Fact]
    public void Sentences_exclude_surrounding_white_space()
    {
        Assert.Equal(["First one.", "Second one."], Split("  First one.   Second one.  "));
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        Assert.Equal(["\"It is over.\"", "They left."], Split("\"It is over.\" They left."));
    }
}
