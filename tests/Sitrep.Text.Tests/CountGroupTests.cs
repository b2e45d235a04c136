using Sitrep.Model;

namespace Sitrep.Text.Tests;

public class CountGroupTests
{
    [Theory]
    [InlineData("Six police officers and nine gunmen were killed in the shootout.", "Six police officers and nine gunmen", QuantityKind.Killed, 15)]
    [InlineData("The mortar round wounded two nurses, three patients and a driver.", "two nurses, three patients and a driver", QuantityKind.Injured, 6)]
    [InlineData("A farmer and his daughter died when the shell landed.", "A farmer and his daughter", QuantityKind.Killed, 2)]
    [InlineData("The blast killed four recruits as well as himself.", "four recruits as well as himself", QuantityKind.Killed, 5)]
    [InlineData("Police detained a local smuggling ring leader and three of his drivers.", "a local smuggling ring leader and three of his drivers", QuantityKind.Arrested, 4)]
    public void Coordinated_counts_add_up_to_one_total(string text, string group, QuantityKind kind, long total)
    {
        var doc = Annotate.Text(text);
        var mention = Assert.Single(doc.Numbers);
        Assert.Equal((group, kind, total, total), (doc[mention.Span], mention.Kind!.Value, mention.Range.Min!.Value, mention.Range.Max!.Value));
        Assert.Equal(group, mention.Range.Words);
    }

    [Fact]
    public void A_total_with_an_open_part_keeps_an_open_upper_bound()
    {
        var doc = Annotate.Text("At least 3 soldiers and 2 medics were wounded near the bridge.");
        var mention = Assert.Single(doc.Numbers);
        Assert.Equal((5L, (long?)null), (mention.Range.Min!.Value, mention.Range.Max));
    }

    [Fact]
    public void Vague_figures_state_no_total_and_keep_their_own_words()
    {
        var doc = Annotate.Text("Hundreds of women and a handful of guards escaped from the camp.");
        Assert.Equal(["Hundreds", "a handful"], doc.Numbers.Select(n => doc[n.Span]));
        Assert.All(doc.Numbers, n => Assert.Equal(QuantityKind.Escaped, n.Kind));
    }

    [Fact]
    public void Vague_members_of_a_group_share_its_verb()
    {
        var doc = Annotate.Text("Dozens of villagers and a handful of herders were kidnapped.");
        Assert.Equal(2, doc.Numbers.Count);
        Assert.All(doc.Numbers, n => Assert.Equal(QuantityKind.Other, n.Kind));
    }

    [Fact]
    public void Counts_of_different_kinds_side_by_side_are_not_added()
    {
        var doc = Annotate.Text("Rescuers carried 14 dead and 30 wounded from the rubble.");
        Assert.Equal([("14", QuantityKind.Killed), ("30", QuantityKind.Injured)], doc.Numbers.Select(n => (doc[n.Span], n.Kind!.Value)));
    }

    [Theory]
    [InlineData("Nine people were wounded and one of them later died.", "one of them", QuantityKind.Killed)]
    [InlineData("Troops killed one of the gunmen at the gate.", "one of the gunmen", QuantityKind.Killed)]
    public void One_picked_from_a_group_counts_one(string text, string person, QuantityKind kind)
    {
        var doc = Annotate.Text(text);
        var mention = Assert.Single(doc.Numbers, n => doc[n.Span] == person);
        Assert.Equal((kind, 1L), (mention.Kind!.Value, mention.Range.Min!.Value));
    }

    [Fact]
    public void A_clause_joined_by_and_that_tells_of_others()
    {
        var doc = Annotate.Text("A nurse said 16 people were brought in and that one of them had died.");
        Assert.Null(Assert.Single(doc.Numbers, n => doc[n.Span] == "16").Kind);
        Assert.Equal(QuantityKind.Killed, Assert.Single(doc.Numbers, n => doc[n.Span] == "one of them").Kind);
    }

    [Theory]
    [InlineData("Three rebels were killed and four were wounded.", "Three", "four")]
    [InlineData("The raid killed 5 militants and wounded 2 soldiers.", "5", "2")]
    [InlineData("Fighters killed eight guards, officials said.", "eight", null)]
    public void Counts_of_separate_clauses_are_not_added(string text, string first, string? second)
    {
        var doc = Annotate.Text(text);
        Assert.Contains(doc.Numbers, n => doc[n.Span] == first);
        if (second is not null) Assert.Contains(doc.Numbers, n => doc[n.Span] == second);
    }

    [Fact]
    public void A_comma_without_a_closing_and_ends_the_group()
    {
        var doc = Annotate.Text("The bomber struck a clinic, wounding seven, a doctor told reporters.");
        var mention = Assert.Single(doc.Numbers);
        Assert.Equal(("seven", 7L), (doc[mention.Span], mention.Range.Min!.Value));
    }

    [Theory]
    [InlineData("A passer-by was lightly hurt in the second explosion.", "A passer-by", QuantityKind.Injured)]
    [InlineData("The drone strike killed a teenager in the orchard.", "a teenager", QuantityKind.Killed)]
    [InlineData("Another soldier died of his wounds in hospital.", "Another soldier", QuantityKind.Killed)]
    [InlineData("Two herders were killed and a third was wounded by the blast.", "a third", QuantityKind.Injured)]
    [InlineData("A 19-year-old conscript was killed at the gate.", "A 19-year-old conscript", QuantityKind.Killed)]
    [InlineData("A member of the local council was wounded in the ambush.", "A member", QuantityKind.Injured)]
    public void A_singular_person_a_cue_speaks_of_counts_one(string text, string person, QuantityKind kind)
    {
        var doc = Annotate.Text(text);
        var mention = Assert.Single(doc.Numbers, n => doc[n.Span] == person);
        Assert.Equal((kind, 1L, 1L), (mention.Kind!.Value, mention.Range.Min!.Value, mention.Range.Max!.Value));
    }

    [Theory]
    [InlineData("A gunman killed six worshippers at the shrine.")]
    [InlineData("A car bomb was detonated outside the ministry.")]
    [InlineData("A spokesman said the talks would resume.")]
    [InlineData("Shelling destroyed a third of the market.")]
    [InlineData("The bombing killed a number of soldiers.")]
    [InlineData("A resident who fled the village described the raid.")]
    public void A_singular_phrase_that_is_the_doer_or_no_person_is_not_counted(string text)
    {
        var doc = Annotate.Text(text);
        Assert.DoesNotContain(doc.Numbers, n => n.Range.Min == 1 && n.Kind is not null);
    }
}
