using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class FiguresToldApartTests
{
    static readonly DateOnly Day = new(2024, 6, 12);

    [Fact]
    public void A_figure_in_a_sentence_of_its_own_belongs_to_the_event_told_before_it()
    {
        var e = Assert.Single(new DocBuilder(
            "Gunmen attacked a police station in Mosul on Tuesday, killing three officers. Five more were wounded, a doctor said.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-1), Day.AddDays(-1))
            .Number("three", QuantityKind.Killed, 3, 3).Number("Five", QuantityKind.Injured, 5, 5).Extract());
        Assert.Contains(e.Quantities, q => q.What == QuantityKind.Injured && q.Range.Min == 5);
        Assert.Equal(5, e.Injured.Min);
    }

    [Fact]
    public void A_count_of_attackers_told_apart_skips_a_deployment_told_in_between()
    {
        var events = new DocBuilder(
            "Militants raided an army post in Mosul on Tuesday, killing two soldiers. The army sent reinforcements to Mosul. It put the number of attackers at 15.", Day)
            .Place("Mosul", DocBuilder.Mosul).Place("Mosul", DocBuilder.Mosul, 1).Time("on Tuesday", Day.AddDays(-1), Day.AddDays(-1))
            .Number("two", QuantityKind.Killed, 2, 2).Number("15", QuantityKind.Attackers, 15, 15).Extract();
        var raid = Assert.Single(events, e => e.Fatalities.Min == 2);
        Assert.Contains(raid.Quantities, q => q.What == QuantityKind.Attackers && q.Range.Min == 15);
        Assert.DoesNotContain(events, e => e != raid && e.Quantities.Any(q => q.What == QuantityKind.Attackers));
    }

    [Fact]
    public void A_figure_with_a_time_of_its_own_is_not_the_event_told_before()
    {
        var e = Assert.Single(new DocBuilder(
            "A roadside bomb killed two soldiers near Mosul on Tuesday. More than 300 soldiers have died in the province this year.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-1), Day.AddDays(-1)).Time("this year", new(2024, 1, 1), new(2024, 12, 31), DatePrecision.Year)
            .Number("two", QuantityKind.Killed, 2, 2).Number("More than 300", QuantityKind.Killed, 301, null).Extract());
        Assert.Equal(2, e.Fatalities.Max);
        Assert.DoesNotContain(e.Quantities, q => q.Range.Min == 301);
    }

    [Fact]
    public void A_figure_told_about_a_pattern_is_not_the_event_told_before()
    {
        var e = Assert.Single(new DocBuilder(
            "A roadside bomb killed two soldiers near Mosul on Tuesday. Dozens are killed regularly on that road.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-1), Day.AddDays(-1))
            .Number("two", QuantityKind.Killed, 2, 2).Number("Dozens", QuantityKind.Killed, 24, null).Extract());
        Assert.Equal(2, e.Fatalities.Max);
    }

    [Fact]
    public void A_figure_two_paragraphs_after_its_event_is_left_alone()
    {
        var e = Assert.Single(new DocBuilder(
            "A roadside bomb killed two soldiers near Mosul on Tuesday.\n\nThe road links the city to the border.\n\nFour were wounded, a medic said.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-1), Day.AddDays(-1))
            .Number("two", QuantityKind.Killed, 2, 2).Number("Four", QuantityKind.Injured, 4, 4).Extract());
        Assert.Null(e.Injured.Min);
    }

    [Fact]
    public void A_figure_told_after_the_story_turned_to_background_is_left_alone()
    {
        var events = new DocBuilder(
            "Gunmen abducted 30 villagers near Mosul on Sunday. In 2014 militants seized the city. The war has killed 9000 people.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Sunday", Day.AddDays(-3), Day.AddDays(-3)).Time("In 2014", new(2014, 1, 1), new(2014, 12, 31), DatePrecision.Year)
            .Number("30", QuantityKind.Other, 30, 30).Number("9000", QuantityKind.Killed, 9000, 9000).Extract();
        Assert.DoesNotContain(events, e => !e.Historical && e.Quantities.Any(q => q.What == QuantityKind.Killed));
    }

    [Fact]
    public void The_number_missing_told_apart_belongs_to_the_abduction()
    {
        var e = Assert.Single(new DocBuilder(
            "Gunmen abducted 30 villagers near Mosul on Sunday. Officials put the number of missing at 35.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Sunday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("30", QuantityKind.Other, 30, 30).Number("35", QuantityKind.Other, 35, 35).Extract());
        Assert.Equal(SubEventType.AbductionForcedDisappearance, e.SubEventType);
        Assert.Contains(e.Quantities, q => q.Range.Min == 35);
    }

    [Fact]
    public void Protesters_killed_keep_the_protest_type_of_excessive_force()
    {
        var e = Assert.Single(new DocBuilder(
            "Police opened fire on protesters in Baghdad on Monday, killing 12 demonstrators.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Time("on Monday", Day.AddDays(-2), Day.AddDays(-2))
            .Number("12", QuantityKind.Killed, 12, 12).Extract());
        Assert.Equal(SubEventType.ExcessiveForceAgainstProtesters, e.SubEventType);
    }
}
