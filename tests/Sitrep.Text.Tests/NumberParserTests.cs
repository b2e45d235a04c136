using Sitrep.Text;

namespace Sitrep.Text.Tests;

public class NumberParserTests
{
    static ParsedNumber Only(string text)
    {
        var all = NumberParser.FindAll(text);
        Assert.Single(all);
        return all[0];
    }

    [Theory]
    [InlineData("The blast killed 11 soldiers.", 11L, 11L)]
    [InlineData("Police counted 12,000 detainees.", 12000L, 12000L)]
    [InlineData("About 1,250,000 people fled.", 1250000L, 1250000L)]
    [InlineData("Officials said 1.5 million people need aid.", 1500000L, 1500000L)]
    [InlineData("Some 2.5 thousand troops arrived.", 2500L, 2500L)]
    [InlineData("Twenty-three guards were hurt.", 23L, 23L)]
    [InlineData("They found ninety-nine bodies.", 99L, 99L)]
    [InlineData("Five men were seized.", 5L, 5L)]
    [InlineData("seventeen rockets hit the base.", 17L, 17L)]
    [InlineData("Two hundred families left.", 200L, 200L)]
    [InlineData("three thousand five hundred inmates stayed.", 3500L, 3500L)]
    [InlineData("one hundred and fifty fighters joined.", 150L, 150L)]
    [InlineData("A dozen trucks were burned.", 12L, 12L)]
    [InlineData("Two dozen guards fled.", 24L, 24L)]
    [InlineData("a hundred villagers gathered.", 100L, 100L)]
    [InlineData("A thousand soldiers deployed.", 1000L, 1000L)]
    [InlineData("It took 4 million dollars in damage, while 7 boats sank.", 7L, 7L)]
    public void Exact_figures_give_equal_bounds(string text, long min, long max)
    {
        var n = NumberParser.FindAll(text).Single(p => p.Use == NumberUse.Count);
        Assert.Equal(min, n.Range.Min);
        Assert.Equal(max, n.Range.Max);
        Assert.Equal(min, n.Range.Best);
    }

    [Theory]
    [InlineData("at least 23 people died", 23L, null)]
    [InlineData("no fewer than 40 were hurt", 40L, null)]
    [InlineData("no less than 7 were hurt", 7L, null)]
    [InlineData("a minimum of 9 were hurt", 9L, null)]
    [InlineData("more than 100 escaped", 101L, null)]
    [InlineData("over 100 escaped", 101L, null)]
    [InlineData("well over 300 escaped", 301L, null)]
    [InlineData("in excess of 5,000 fled", 5001L, null)]
    [InlineData("upwards of 60 died", 61L, null)]
    [InlineData("more than a dozen were seized", 13L, null)]
    [InlineData("nearly 40 jihadists died", null, 40L)]
    [InlineData("almost 90 homes burned", null, 90L)]
    [InlineData("close to 500 people fled", null, 500L)]
    [InlineData("up to 500 people escaped", null, 500L)]
    [InlineData("as many as 13 attacks", null, 13L)]
    [InlineData("as many as thirteen attacks", null, 13L)]
    [InlineData("no more than 20 fighters", null, 20L)]
    [InlineData("at most 6 guards", null, 6L)]
    [InlineData("fewer than 10 people", null, 9L)]
    [InlineData("less than 30 troops", null, 29L)]
    [InlineData("under 50 families", null, 49L)]
    [InlineData("about 100 fighters", 100L, 100L)]
    [InlineData("around 60 vehicles", 60L, 60L)]
    [InlineData("roughly 2,000 people", 2000L, 2000L)]
    [InlineData("some 200 fighters", 200L, 200L)]
    [InlineData("approximately 45 guards", 45L, 45L)]
    [InlineData("an estimated 3,500 inmates", 3500L, 3500L)]
    [InlineData("at least twenty-three soldiers", 23L, null)]
    public void Modifiers_open_or_close_the_range(string text, long? min, long? max)
    {
        var n = Only(text);
        Assert.Equal(NumberUse.Count, n.Use);
        Assert.Equal(min, n.Range.Min);
        Assert.Equal(max, n.Range.Max);
    }

    [Theory]
    [InlineData("11,000 to 12,000 detainees", 11000L, 12000L)]
    [InlineData("between 5 and 10 guards", 5L, 10L)]
    [InlineData("between five and ten guards", 5L, 10L)]
    [InlineData("5-10 guards", 5L, 10L)]
    [InlineData("5–10 guards", 5L, 10L)]
    [InlineData("two or three cars", 2L, 3L)]
    [InlineData("20 to 30 fighters", 20L, 30L)]
    [InlineData("at least 20 to 30 fighters", 20L, 30L)]
    public void Ranges_give_both_bounds(string text, long min, long max)
    {
        var n = Only(text);
        Assert.Equal(min, n.Range.Min);
        Assert.Equal(max, n.Range.Max);
        Assert.Null(n.Range.Best);
    }

    [Theory]
    [InlineData("dozens of fighters", 24L, null, "dozens")]
    [InlineData("scores of civilians", 40L, null, "scores")]
    [InlineData("hundreds of prisoners", 200L, null, "hundreds")]
    [InlineData("thousands of people", 2000L, null, "thousands")]
    [InlineData("tens of thousands of people", 20000L, null, "tens of thousands")]
    [InlineData("hundreds of thousands of refugees", 200000L, null, "hundreds of thousands")]
    [InlineData("a handful of guards", 2L, 9L, "a handful")]
    [InlineData("a few guards", 2L, 9L, "a few")]
    [InlineData("several fighters", 3L, null, "several")]
    [InlineData("multiple guards", 2L, null, "multiple")]
    [InlineData("several hundred fighters", 300L, null, "several hundred")]
    [InlineData("a couple of guards", 2L, 3L, "a couple")]
    [InlineData("a few hundred people", 200L, 900L, "a few hundred")]
    [InlineData("a few dozen guards", 24L, 108L, "a few dozen")]
    [InlineData("several dozen rockets", 36L, null, "several dozen")]
    public void Vague_quantities_follow_the_gold_conventions_and_keep_their_words(string text, long min, long? max, string words)
    {
        var n = Only(text);
        Assert.Equal(min, n.Range.Min);
        Assert.Equal(max, n.Range.Max);
        Assert.Equal(words, n.Range.Words);
    }

    [Theory]
    [InlineData("over 100", 101L)]
    [InlineData("at least 23", 23L)]
    [InlineData("nearly 40", null)]
    public void The_words_kept_include_the_modifier(string text, long? min)
    {
        var n = Only(text);
        Assert.Equal(text, n.Range.Words);
        Assert.Equal(min, n.Range.Min);
    }

    [Theory]
    [InlineData("The group was founded in 2014 by veterans.", NumberUse.Year)]
    [InlineData("It happened in 1999.", NumberUse.Year)]
    [InlineData("The attack came on Oct. 9 near the border.", NumberUse.Date)]
    [InlineData("It began on 20 January near the prison.", NumberUse.Date)]
    [InlineData("Talks resume on March 3 in Geneva.", NumberUse.Date)]
    [InlineData("The blast came at 11 a.m. local time.", NumberUse.Time)]
    [InlineData("The curfew starts at 9 pm sharp.", NumberUse.Time)]
    [InlineData("Shots rang out at 7:30 in the morning.", NumberUse.Time)]
    [InlineData("A 22-year-old man was detained.", NumberUse.Age)]
    [InlineData("The man, aged 45, was detained.", NumberUse.Age)]
    [InlineData("A boy, 12 years old, was detained.", NumberUse.Age)]
    [InlineData("He came 3rd in the vote.", NumberUse.Ordinal)]
    [InlineData("The 21st brigade moved in.", NumberUse.Ordinal)]
    [InlineData("The town lies 30 kilometers from the border.", NumberUse.Distance)]
    [InlineData("The town lies 30 km from the border.", NumberUse.Distance)]
    [InlineData("The camp is 5 miles east of the city.", NumberUse.Distance)]
    [InlineData("The wall is 400 metres long.", NumberUse.Distance)]
    [InlineData("The siege lasted 48 hours.", NumberUse.Duration)]
    [InlineData("He served three years in prison.", NumberUse.Duration)]
    [InlineData("A two-day truce held.", NumberUse.Duration)]
    [InlineData("Turnout was 40 percent.", NumberUse.Percent)]
    [InlineData("Turnout was 40% overall.", NumberUse.Percent)]
    [InlineData("Aid worth $5 was sent.", NumberUse.Money)]
    [InlineData("See page 4 of the report.", NumberUse.Reference)]
    [InlineData("Under section 12 of the law.", NumberUse.Reference)]
    [InlineData("No. 4 brigade moved in.", NumberUse.Reference)]
    [InlineData("See p. 12 for details.", NumberUse.Reference)]
    [InlineData("Resolution 2254 was cited.", NumberUse.Reference)]
    [InlineData("An F-16 flew over the town.", NumberUse.Reference)]
    [InlineData("They drove along the M4 highway.", NumberUse.Reference)]
    [InlineData("One of the guards fled.", NumberUse.Pronoun)]
    [InlineData("No one was hurt.", NumberUse.Pronoun)]
    [InlineData("They blamed one another.", NumberUse.Pronoun)]
    [InlineData("It was the one that exploded.", NumberUse.Pronoun)]
    [InlineData("They left one by one.", NumberUse.Pronoun)]
    public void Numbers_that_are_not_quantities_are_kept_apart(string text, NumberUse use)
    {
        var n = NumberParser.FindAll(text);
        Assert.Contains(n, p => p.Use == use);
        Assert.DoesNotContain(n, p => p.Use == NumberUse.Count);
    }

    [Theory]
    [InlineData("One soldier was killed.")]
    [InlineData("In 2014 one guard died and 1500 prisoners fled.")]
    [InlineData("More than 1990 people fled.")]
    [InlineData("The toll was 2,014 dead.")]
    public void Counts_are_not_mistaken_for_years_or_pronouns(string text)
    {
        Assert.Contains(NumberParser.FindAll(text), p => p.Use == NumberUse.Count);
    }

    [Theory]
    [InlineData("the man said nothing", 0)]
    [InlineData("a day of mourning", 0)]
    [InlineData("some people fled", 0)]
    [InlineData("over the border", 0)]
    [InlineData("the 1,2,3 sequence", 0)]
    public void Words_that_only_look_numeric_give_no_number(string text, int count)
    {
        Assert.Equal(count, NumberParser.FindAll(text).Count(p => p.Use == NumberUse.Count));
    }

    [Theory]
    [InlineData("He said at least 23 were killed.", 8, "at least 23")]
    [InlineData("He said at least 23 were killed.", 17, "23")]
    public void TryParse_reads_the_expression_starting_at_a_position(string text, int start, string expected)
    {
        Assert.True(NumberParser.TryParse(text, start, out var n));
        Assert.Equal(expected, text.Substring(n.Span.Start, n.Span.Length));
    }

    [Fact]
    public void TryParse_fails_where_no_number_starts()
    {
        Assert.False(NumberParser.TryParse("He said nothing.", 3, out _));
    }
}
