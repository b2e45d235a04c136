using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class AftermathTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Theory]
    [InlineData("Inmates escaped from the central prison in Hasakah on Monday.")]
    [InlineData("Several detainees escaped from custody in Hasakah on Monday.")]
    public void Prisoners_escaping_with_no_one_named_is_still_an_escape(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Contains(EventTag.Escape, e.Tags);
    }

    [Fact]
    public void Rescuers_recovering_bodies_after_a_bombing_add_no_event()
    {
        var e = Assert.Single(new DocBuilder(
            "A roadside bomb hit a minibus near Mosul on Monday, killing five passengers. Rescuers pulled bodies from the wreckage until late in the evening, and the wounded were taken to hospitals in Baghdad.", Day)
            .Place("Mosul", DocBuilder.Mosul).Place("Baghdad", DocBuilder.Baghdad).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("five", QuantityKind.Killed, 5, 5).Extract());
        Assert.Equal(SubEventType.RemoteExplosiveLandmineIed, e.SubEventType);
    }

    [Fact]
    public void Bodies_found_with_no_event_told_are_an_attack()
    {
        var e = Assert.Single(new DocBuilder("Police found the bodies of three men on a farm outside Mosul on Monday.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(SubEventType.Attack, e.SubEventType);
    }

    [Fact]
    public void Escaping_the_heat_is_no_event()
    {
        Assert.Empty(new DocBuilder("Families in Hasakah escaped the heat on Monday by the river.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
    }

    [Fact]
    public void A_denied_act_is_no_event_and_adds_no_tag()
    {
        var e = Assert.Single(new DocBuilder(
            "A car bomb exploded in a market in Qamishli on Monday, killing four civilians. No group immediately claimed responsibility for the blast, and no arrests were reported.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.DoesNotContain(EventTag.ClaimOfResponsibility, e.Tags);
        Assert.Equal(SubEventType.RemoteExplosiveLandmineIed, e.SubEventType);
    }

    [Fact]
    public void Arrests_made_while_police_dispersed_a_protest_belong_to_the_protest()
    {
        var e = Assert.Single(new DocBuilder(
            "Police fired tear gas to disperse hundreds of protesters in Baghdad on Monday. Security forces detained at least five people.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Number("at least five", QuantityKind.Arrested, 5, null).Extract());
        Assert.Equal(SubEventType.ProtestWithIntervention, e.SubEventType);
    }

    [Fact]
    public void Weapons_seized_after_an_arrest_raid_do_not_change_what_the_raid_was()
    {
        var e = Assert.Single(new DocBuilder(
            "The SDF arrested an IS cell leader in a raid in Raqqa on Wednesday. Weapons and explosive belts were seized in the operation.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("IS", "Islamic State").Place("Raqqa", DocBuilder.Raqqa)
            .Time("on Wednesday", Day.AddDays(-1), Day.AddDays(-1)).Extract());
        Assert.Equal(SubEventType.Arrests, e.SubEventType);
    }

    [Fact]
    public void Escapees_caught_again_days_later_are_an_arrest_event_of_their_own()
    {
        var events = new DocBuilder(
            "IS gunmen stormed the prison in Hasakah late Saturday, freeing dozens of inmates.\nBy Tuesday, 30 of the escapees had been caught again in Hasakah.", Day)
            .Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Place("Hasakah", DocBuilder.Hasakah, 1)
            .Time("late Saturday", Day.AddDays(-5), Day.AddDays(-5)).Time("By Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal(SubEventType.Arrests, events[1].SubEventType);
        Assert.Contains(EventTag.Recapture, events[1].Tags);
    }

    [Theory]
    [InlineData("Suicide attacks have become rare in Mosul in recent years.")]
    [InlineData("Mosul has largely stayed out of the fighting elsewhere in the country.")]
    public void A_statement_about_how_often_or_how_generally_is_no_event(string text) =>
        Assert.Empty(new DocBuilder(text, Day).Place("Mosul", DocBuilder.Mosul).Extract());
}
