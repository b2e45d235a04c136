using Sitrep.Events.Internal;
using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class ViolenceTests
{
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly Place Village1 = new("Tell Hamra", "SY", "Deir ez-Zor", 35.15, 40.43, PlacePrecision.Town);
    static readonly Place Village2 = new("Khirbet Salma", "SY", "Deir ez-Zor", 35.03, 40.52, PlacePrecision.Town);
    static readonly Place Hamlet = new("Umm Sakhr", "SY", "Ar-Raqqa", 36.05, 39.05, PlacePrecision.Town);

    [Fact]
    public void Weapons_listed_after_a_seizure_are_what_was_seized()
    {
        var e = Assert.Single(new DocBuilder("Police recovered dozens of rifles, rockets and improvised explosive devices in Mosul on Monday.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(SubEventType.DisruptedWeaponsUse, e.SubEventType);
    }

    [Fact]
    public void An_arrest_raid_in_which_someone_was_killed_is_violent()
    {
        var e = Assert.Single(new DocBuilder("At least one militant was killed in the raid in Raqqa on Monday, which also led to four arrests.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("At least one", QuantityKind.Killed, 1, null).Number("four", QuantityKind.Arrested, 4, 4).Extract());
        Assert.True(AcledTypes.TypeOf(e.SubEventType) is EventType.Battles or EventType.ViolenceAgainstCivilians);
    }

    [Fact]
    public void An_arrest_in_which_nobody_was_killed_stays_an_arrest()
    {
        var e = Assert.Single(new DocBuilder("Police arrested four suspects in Raqqa on Monday; no one was killed.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("four", QuantityKind.Arrested, 4, 4).Extract());
        Assert.Equal(SubEventType.Arrests, e.SubEventType);
    }

    // A foiled plot told first, then what its operation led to.
    static DocBuilder FoiledPlotThen(string aftermath) =>
        new DocBuilder("Kurdish police said on Monday they had foiled a plot by a militant cell to storm a jail in Qamishli. " + aftermath, Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3));

    [Fact]
    public void People_killed_in_the_operation_that_foiled_a_plot_make_the_foiled_plot_a_clash()
    {
        var e = Assert.Single(FoiledPlotThen("Two militants were killed in the operation, which also led to three arrests.")
            .Number("Two", QuantityKind.Killed, 2, 2).Number("three", QuantityKind.Arrested, 3, 3).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Contains(EventTag.PlotFoiled, e.Tags);
        Assert.Equal(2, e.Fatalities.Best);
    }

    [Fact]
    public void A_foiled_plot_whose_operation_killed_nobody_stays_disrupted_weapons_use()
    {
        var events = FoiledPlotThen("Three suspects were detained in the operation and nobody was hurt.")
            .Number("Three", QuantityKind.Arrested, 3, 3).Extract();
        Assert.Equal(SubEventType.DisruptedWeaponsUse, events[0].SubEventType);
        Assert.DoesNotContain(events, e => Violence.IsViolent(e.SubEventType));
    }

    [Fact]
    public void A_sweep_with_arrests_and_a_death_told_with_weak_violent_words_is_still_an_event()
    {
        var e = Assert.Single(new DocBuilder("One suspect died in the sweep near Raqqa, which led to five arrests.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Number("One", QuantityKind.Killed, 1, 1).Number("five", QuantityKind.Arrested, 5, 5).Extract());
        Assert.True(Violence.IsViolent(e.SubEventType));
    }

    [Fact]
    public void Attackers_withdrawing_after_the_fight_end_it_rather_than_tell_another_event()
    {
        var e = Assert.Single(new DocBuilder("Militants fought the garrison of Raqqa for two hours before withdrawing on Monday.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
    }

    [Fact]
    public void Attacks_on_two_named_villages_fifteen_km_apart_are_two_events()
    {
        var events = new DocBuilder("IS fighters attacked an army post in Tell Hamra on Monday. IS cells also attacked a checkpoint in Khirbet Salma that night.", Day)
            .Actor("IS", "Islamic State").Actor("IS", "Islamic State", 1).Place("Tell Hamra", Village1).Place("Khirbet Salma", Village2)
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Time("that night", Day.AddDays(-3), Day.AddDays(-3)).Extract();
        Assert.Equal(["Tell Hamra", "Khirbet Salma"], events.Select(e => e.Location!.Name));
    }

    [Fact]
    public void The_incident_placed_in_a_village_near_the_town_first_named_is_the_same_event()
    {
        var e = Assert.Single(new DocBuilder("Militants attacked an army base near Raqqa on Monday, killing six soldiers. The attack took place in Umm Sakhr, a nearby village.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Umm Sakhr", Hamlet).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("six", QuantityKind.Killed, 6, 6).Extract());
        Assert.Equal(6, e.Fatalities.Best);
    }
}
