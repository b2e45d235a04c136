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
            "Militants attacked the prison in Hasakah with a car bomb on Thursday.\nDozens of inmates fled during the prison break, which started late Thursday.", Day)
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
    public void The_latest_bombing_refers_back_to_the_one_already_reported()
    {
        var e = Assert.Single(new DocBuilder(
            "A car bomb exploded in Qamishli on Monday, wounding five. Police blamed a local cell for the latest bombing.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Monday", Day, Day).Number("five", QuantityKind.Injured, 5, 5).Extract());
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void A_quote_judging_the_assault_does_not_decide_its_type()
    {
        var e = Assert.Single(new DocBuilder(
            "\"Nothing this large has been executed by IS in years,\" an official said. IS fighters stormed the prison in Hasakah on Tuesday.", Day)
            .Actor("IS", "Islamic State").Actor("IS", "Islamic State", 1).Place("Hasakah", DocBuilder.Hasakah)
            .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
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
    public void A_riot_and_the_tear_gas_fired_at_its_crowd_later_are_one_demonstration()
    {
        var e = Assert.Single(new DocBuilder("Rioters torched shops and stoned soldiers in Baghdad. Medics said dozens of protesters needed treatment after troops fired tear gas to push the crowd back.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Extract());
        Assert.Equal(SubEventType.ViolentDemonstration, e.SubEventType);
    }

    [Fact]
    public void A_riot_in_one_city_and_a_protest_in_another_stay_apart()
    {
        var events = new DocBuilder("Rioters torched shops in Baghdad. Protesters rallied peacefully in Raqqa.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Place("Raqqa", DocBuilder.Raqqa).Extract();
        Assert.Equal([SubEventType.ViolentDemonstration, SubEventType.PeacefulProtest], events.Select(e => e.SubEventType));
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

public class CustodyMergingTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void Recaptured_inmates_belong_to_the_prison_attack_they_escaped_in_which_stays_a_battle()
    {
        var e = Assert.Single(new DocBuilder(
            "IS fighters attacked the central prison in Hasakah on Thursday and freed dozens of inmates.\n" +
            "The SDF said it had recaptured 40 inmates in a sweep of the area.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces")
            .Facility("central prison", "Hasakah central prison", DocBuilder.Hasakah).Time("on Thursday", Day, Day)
            .Number("40", QuantityKind.Recaptured, 40, 40).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Contains(EventTag.Recapture, e.Tags);
        Assert.Contains(EventTag.PrisonAttack, e.Tags);
    }

    [Fact]
    public void Recapturing_escapees_with_no_prison_attack_told_is_an_arrest()
    {
        var e = Assert.Single(new DocBuilder("Police recaptured 12 escapees near Mosul on Tuesday.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.Arrests, e.SubEventType);
        Assert.Contains(EventTag.Recapture, e.Tags);
    }

    [Fact]
    public void Capturing_operatives_is_an_arrest_not_taking_ground()
    {
        var e = Assert.Single(new DocBuilder("The SDF captured two IS operatives in Raqqa on Monday.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("IS", "Islamic State").Place("Raqqa", DocBuilder.Raqqa)
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(SubEventType.Arrests, e.SubEventType);
    }

    [Fact]
    public void An_event_told_over_two_days_spans_them()
    {
        var e = Assert.Single(new DocBuilder(
            "The prison attack that began late Wednesday in Hasakah went on. IS fighters attacked the prison again on Thursday.", Day)
            .Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah)
            .Time("late Wednesday", Day.AddDays(-1), Day.AddDays(-1)).Time("on Thursday", Day, Day).Extract());
        Assert.Equal(new DateRange(Day.AddDays(-1), Day, DatePrecision.Day), e.Date);
    }

    [Fact]
    public void A_year_an_attack_is_compared_over_is_not_its_date()
    {
        var e = Assert.Single(new DocBuilder(
            "Gunmen killed 11 soldiers in a raid near Mosul on Thursday. The attack was the deadliest in Iraq this year.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Thursday", Day, Day)
            .Time("this year", new DateOnly(2024, 1, 1), Day, DatePrecision.Year).Number("11", QuantityKind.Killed, 11, 11).Extract());
        Assert.Equal(DateRange.Day(Day), e.Date);
    }
}
