using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class MergingTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void The_attack_refers_back_to_the_event_already_reported()
    {
        var events = new DocBuilder(
            "IS militants stormed the central prison in Hasakah on Wednesday. The attack lasted several hours, officials said.", Day)
            .Actor("IS", "Islamic State").Facility("central prison", "Hasakah central prison", DocBuilder.Hasakah)
            .Time("on Wednesday", Day.AddDays(-1), Day.AddDays(-1)).Extract();
        var e = Assert.Single(events);
        Assert.Equal(2, e.Evidence.Count);
        Assert.Equal("Hasakah central prison", e.Facility);
    }

    [Fact]
    public void A_prison_break_told_after_the_prison_attack_is_the_same_event()
    {
        var events = new DocBuilder(
            "Militants attacked the prison in Hasakah with a car bomb on Thursday.\nDozens of inmates escaped in the prison break that began late Thursday.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Thursday", Day, Day).Time("late Thursday", Day, Day)
            .Number("Dozens", QuantityKind.Escaped, 24, null).Extract();
        var e = Assert.Single(events);
        Assert.Contains(EventTag.PrisonAttack, e.Tags);
        Assert.Contains(EventTag.PrisonBreak, e.Tags);
        Assert.Contains(e.Quantities, q => q.What == QuantityKind.Escaped && q.Range.Min == 24);
    }

    [Fact]
    public void Two_bombings_in_different_towns_on_the_same_day_stay_apart()
    {
        var events = new DocBuilder(
            "A car bomb exploded in Qamishli on Monday. A roadside bomb exploded in Raqqa on Monday.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Place("Raqqa", DocBuilder.Raqqa)
            .Time("on Monday", Day, Day).Time("on Monday", Day, Day).Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal(["Qamishli", "Raqqa"], events.Select(e => e.Location!.Name));
    }

    [Fact]
    public void Another_bombing_in_the_same_town_is_a_separate_incident()
    {
        var events = new DocBuilder(
            "A car bomb exploded in Qamishli on Monday, wounding five. Hours later another car bomb exploded near the market.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Monday", Day, Day).Number("five", QuantityKind.Injured, 5, 5).Extract();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("Qamishli", e.Location!.Name));
    }

    [Fact]
    public void Events_on_different_days_do_not_merge()
    {
        var events = new DocBuilder(
            "Clashes erupted in Raqqa on Monday. Clashes erupted in Raqqa again on March 2.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Raqqa", DocBuilder.Raqqa, 1)
            .Time("on Monday", new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 11)).Time("on March 2", new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 2)).Extract();
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Events_are_numbered_in_text_order()
    {
        var events = new DocBuilder("Warplanes struck Raqqa. Protesters rallied in Baghdad.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Baghdad", DocBuilder.Baghdad).Extract();
        Assert.Equal(["e1", "e2"], events.Select(e => e.Id));
        Assert.Equal([SubEventType.AirDroneStrike, SubEventType.PeacefulProtest], events.Select(e => e.SubEventType));
    }
}
