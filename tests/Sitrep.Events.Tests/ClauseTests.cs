using Sitrep.Documents;
using Sitrep.Events.Internal;
using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class ClauseTests
{
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly Place Iraq = new("Iraq", "IQ", null, 33.0, 43.5, PlacePrecision.Country);
    static readonly Place Syria = new("Syria", "SY", null, 35.0, 38.5, PlacePrecision.Country);

    [Fact]
    public void A_fronted_as_clause_is_a_clause_of_its_own()
    {
        const string text = "As militants stormed the jail in Hasakah, gunmen killed 11 soldiers in Iraq.";
        var clauses = Clauses.Of(text, new TextSpan(0, text.Length));
        Assert.Equal(["As militants stormed the jail in Hasakah", " gunmen killed 11 soldiers in Iraq."], clauses.Select(c => text[c.Start..c.End]));
    }

    [Fact]
    public void A_sentence_that_opens_with_a_subject_is_not_split_at_its_commas()
    {
        const string text = "Militants stormed the jail in Hasakah, killing 11 guards.";
        Assert.Single(Clauses.Of(text, new TextSpan(0, text.Length)));
    }

    [Fact]
    public void An_attack_in_a_second_country_told_in_the_main_clause_is_a_separate_event_there()
    {
        var events = new DocBuilder(
            "Militants attacked a prison in Hasakah in Syria on Friday. As the fighters launched their assault on the prison in Hasakah, " +
            "the group killed 11 soldiers in a raid on an army post in the south of neighbouring Iraq.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Syria", Syria).Place("Hasakah", DocBuilder.Hasakah, 1).Place("Iraq", Iraq)
            .Time("on Friday", Day, Day).Number("11", QuantityKind.Killed, 11, 11).Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal("Hasakah", events[0].Location!.Name);
        Assert.Equal("Iraq", events[1].Location!.Name);
        Assert.Equal(11, events[1].Fatalities.Best);
        Assert.Null(events[0].Fatalities.Best);
    }
}

public class CameAfterClauseTests
{
    [Fact]
    public void Came_after_starts_a_clause_of_the_earlier_event()
    {
        const string text = "The truce came after two days of talks in Ankara.";
        Assert.Equal(["The truce", "came after two days of talks in Ankara."],
            Clauses.Of(text, new TextSpan(0, text.Length)).Select(c => text[c.Start..c.End]));
    }

    [Fact]
    public void After_alone_does_not_split_a_clause()
    {
        const string text = "Fighting resumed hours after the truce began.";
        Assert.Single(Clauses.Of(text, new TextSpan(0, text.Length)));
    }
}
