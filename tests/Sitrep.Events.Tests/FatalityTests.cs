using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class FatalityTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void Tolls_of_different_sides_in_one_event_add_up_as_ACLED_counts_all_killed()
    {
        var e = Assert.Single(new DocBuilder(
            "IS militants attacked the central prison in Hasakah on Wednesday, killing at least 12 guards. " +
            "The fighting also killed nearly 30 militants and at least four civilians, the monitor said.", Day)
            .Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Time("on Wednesday", Day.AddDays(-1), Day.AddDays(-1))
            .Number("at least 12", QuantityKind.Killed, 12, null).Number("nearly 30", QuantityKind.Killed, null, 30)
            .Number("at least four", QuantityKind.Killed, 4, null).Extract());
        Assert.Equal(16, e.Fatalities.Min);
        Assert.Null(e.Fatalities.Max);
        Assert.Equal(46, e.Fatalities.Best);
    }

    [Fact]
    public void The_same_toll_told_twice_is_counted_once()
    {
        var e = Assert.Single(new DocBuilder(
            "A car bomb killed 9 soldiers in Mosul on Monday. The attack, which killed 9 soldiers, was the deadliest this year.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("9", QuantityKind.Killed, 9, 9).Number("9 soldiers,", QuantityKind.Killed, 9, 9).Extract());
        Assert.Equal(9, e.Fatalities.Best);
    }

    [Fact]
    public void A_toll_of_people_is_a_total_that_includes_the_civilians_counted_apart()
    {
        var e = Assert.Single(new DocBuilder(
            "Shelling killed 14 people in Raqqa on Monday, including six civilians.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("14", QuantityKind.Killed, 14, 14).Number("six", QuantityKind.Killed, 6, 6).Extract());
        Assert.Equal(14, e.Fatalities.Best);
    }

    [Fact]
    public void A_witness_counting_her_neighbours_counts_civilians_already_in_the_civilian_toll()
    {
        var e = Assert.Single(new DocBuilder(
            "Gunmen attacked a village near Mosul on Monday, killing at least six civilians and three police. \"They killed five of our neighbours,\" a resident said.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("at least six", QuantityKind.Killed, 6, null).Number("three", QuantityKind.Killed, 3, 3).Number("five", QuantityKind.Killed, 5, 5).Extract());
        Assert.Equal(9, e.Fatalities.Best);
    }

    [Fact]
    public void Competing_tolls_for_the_same_victims_run_from_the_first_told_to_the_largest()
    {
        var e = Assert.Single(new DocBuilder(
            "A car bomb killed at least 14 villagers in Mosul on Monday, residents said. A local official said 22 villagers died.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("at least 14", QuantityKind.Killed, 14, null).Number("22", QuantityKind.Killed, 22, 22).Extract());
        Assert.Equal((14L, (long?)22L), (e.Fatalities.Min!.Value, e.Fatalities.Max));
    }

    [Fact]
    public void A_larger_open_toll_told_later_leaves_the_ceiling_open()
    {
        var e = Assert.Single(new DocBuilder(
            "A car bomb killed 9 people in Mosul on Monday. Medics said at least 15 people died.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("9", QuantityKind.Killed, 9, 9).Number("at least 15", QuantityKind.Killed, 15, null).Extract());
        Assert.Equal((9L, (long?)null, (long?)9L), (e.Fatalities.Min!.Value, e.Fatalities.Max, e.Fatalities.Best));
    }

    [Fact]
    public void A_deadly_attack_with_no_figure_killed_at_least_one()
    {
        var e = Assert.Single(new DocBuilder("Militants staged a deadly ambush on an army post near Mosul on Monday.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal((1L, (long?)null), (e.Fatalities.Min!.Value, e.Fatalities.Max));
        Assert.Equal("deadly", e.Fields.Fatalities is { } span ? "Militants staged a deadly ambush on an army post near Mosul on Monday."[span.Start..span.End] : null);
    }

    [Fact]
    public void A_figure_outranks_deadly_and_non_lethal_says_nothing()
    {
        var counted = Assert.Single(new DocBuilder("A deadly car bomb killed 7 people in Mosul on Monday.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Number("7", QuantityKind.Killed, 7, 7).Extract());
        Assert.Equal(7, counted.Fatalities.Min);
        var harmless = Assert.Single(new DocBuilder("Police fired non-lethal rounds at protesters in Baghdad on Monday.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Null(harmless.Fatalities.Min);
    }
}
