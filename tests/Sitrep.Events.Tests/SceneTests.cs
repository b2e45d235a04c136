using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>Where and when events told in reported speech and by reference back happened.</summary>
public class SceneTests
{
    // A Thursday.
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly DateOnly Tuesday = Day.AddDays(-2);

    static readonly Place EasternSyria = new("eastern Syria", "SY", null, 35.0, 40.4, PlacePrecision.Region);
    static readonly Place Syria = new("Syria", "SY", null, 34.8, 39.0, PlacePrecision.Country);
    static readonly Place Iraq = new("Iraq", "IQ", null, 33.2, 43.7, PlacePrecision.Country);
    static readonly Place HammamAlAlil = new("Hammam al-Alil", "IQ", "Nineveh", 36.16, 43.26, PlacePrecision.Town);

    // An escape from a camp near Raqqa in eastern Syria, then the sentence given.
    static DocBuilder Escapes(string then) =>
        new DocBuilder("Dozens of inmates escaped from a camp near Raqqa in eastern Syria on Tuesday. " + then, Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("eastern Syria", EasternSyria).Time("on Tuesday", Tuesday, Tuesday)
            .Number("Dozens", QuantityKind.Escaped, 24, null).Number("Five", QuantityKind.Escaped, 5, 5);

    // An attack near Mosul, then the sentence given.
    static DocBuilder Attack(string then) =>
        new DocBuilder("Gunmen stormed an army post near Mosul on Tuesday, killing four soldiers. " + then, Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Tuesday, Tuesday).Number("four soldiers", QuantityKind.Killed, 4, 4);

    // --- a second, third, different site is not the first site's town ---

    [Fact]
    public void An_escape_from_a_second_camp_is_set_in_the_region_the_article_names_not_the_first_camps_town()
    {
        var events = Escapes("Five more fighters escaped from a second camp.").Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal("Raqqa", events[0].Location!.Name);
        Assert.Equal("eastern Syria", events[1].Location!.Name);
        Assert.Equal(PlacePrecision.Region, events[1].Location!.Precision);
    }

    [Fact]
    public void A_second_camp_is_set_in_the_most_specific_part_named_even_when_a_wider_one_is_named_more_often()
    {
        var northernSyria = new Place("northern Syria", "SY", null, 36.6, 38.5, PlacePrecision.Region);
        var northeastSyria = new Place("northeastern Syria", "SY", null, 36.5, 40.5, PlacePrecision.Region);
        var events = new DocBuilder("Unrest grew across northern Syria. Dozens of inmates escaped from a camp near Raqqa on Tuesday, as fighting spread " +
                "in northeast Syria and northern Syria. Five more fighters escaped from a second camp.", Day)
            .Place("northern Syria", northernSyria).Place("northern Syria", northernSyria, 1).Place("Raqqa", DocBuilder.Raqqa).Place("northeast Syria", northeastSyria)
            .Time("on Tuesday", Tuesday, Tuesday).Number("Dozens", QuantityKind.Escaped, 24, null).Number("Five", QuantityKind.Escaped, 5, 5).Extract();
        var second = Assert.Single(events, e => e.Quantities.Any(q => q.Range.Min == 5));
        Assert.Equal("northeastern Syria", second.Location!.Name);
    }

    static Event EscapeInNorthernSyriaWhileFightingIn(string quarterWords, Place quarter)
    {
        var northernSyria = new Place("northern Syria", "SY", null, 36.6, 38.5, PlacePrecision.Region);
        var events = new DocBuilder($"Fighting spread across {quarterWords} on Monday.\nOn Tuesday, dozens of inmates escaped from a camp in northern Syria.", Day)
            .Place(quarterWords, quarter).Place("northern Syria", northernSyria).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3))
            .Time("On Tuesday", Tuesday, Tuesday).Number("dozens", QuantityKind.Escaped, 24, null).Extract();
        return Assert.Single(events, e => e.Tags.Contains(EventTag.Escape));
    }

    [Fact]
    public void An_event_in_a_half_of_the_country_is_set_in_the_quarter_of_it_the_article_is_about()
    {
        var e = EscapeInNorthernSyriaWhileFightingIn("northeast Syria", DocBuilder.NortheastSyria);
        Assert.Equal("northeastern Syria", e.Location!.Name);
        Assert.Contains("northern Syria", e.LocationMentions);
    }

    [Fact]
    public void A_quarter_outside_the_half_does_not_narrow_it()
    {
        var southeast = new Place("southeastern Syria", "SY", null, 33.6, 38.6, PlacePrecision.Region);
        Assert.Equal("northern Syria", EscapeInNorthernSyriaWhileFightingIn("southeast Syria", southeast).Location!.Name);
    }

    [Fact]
    public void Countries_named_together_leave_the_scene_where_it_was()
    {
        var events = new DocBuilder("Reporters toured Iraq last year. A car bomb exploded in Raqqa on Tuesday. The group still has cells in Iraq and Syria. " +
                "Another roadside bomb wounded four soldiers.", Day)
            .Place("Iraq", Iraq).Place("Raqqa", DocBuilder.Raqqa).Place("Iraq", Iraq, 1).Place("Syria", Syria).Time("on Tuesday", Tuesday, Tuesday)
            .Number("four", QuantityKind.Injured, 4, 4).Extract();
        Assert.Equal(["Raqqa", "Raqqa"], events.Select(e => e.Location!.Name));
    }

    [Fact]
    public void One_country_named_moves_the_scene_there()
    {
        var events = new DocBuilder("Reporters toured Iraq last year. A car bomb exploded in Raqqa, Syria on Tuesday. The group still has cells in Iraq. " +
                "Another roadside bomb wounded four soldiers.", Day)
            .Place("Iraq", Iraq).Place("Raqqa", DocBuilder.Raqqa).Place("Syria", Syria).Place("Iraq", Iraq, 1).Time("on Tuesday", Tuesday, Tuesday)
            .Number("four", QuantityKind.Injured, 4, 4).Extract();
        Assert.Equal(["Raqqa", "Iraq"], events.Select(e => e.Location!.Name));
    }

    [Fact]
    public void A_bomb_at_a_different_checkpoint_falls_back_to_the_country_when_no_region_is_named()
    {
        var events = new DocBuilder("Gunmen attacked a checkpoint in Hasakah on Tuesday, killing two guards. Fighting has shaken Syria all week. A car bomb exploded at a different checkpoint.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Syria", Syria).Time("on Tuesday", Tuesday, Tuesday)
            .Number("two guards", QuantityKind.Killed, 2, 2).Extract();
        var bomb = Assert.Single(events, e => e.SubEventType == SubEventType.RemoteExplosiveLandmineIed);
        Assert.Equal("Syria", bomb.Location!.Name);
        Assert.Equal("Hasakah", events[0].Location!.Name);
    }

    [Fact]
    public void The_second_day_of_fighting_stays_in_the_town_in_focus()
    {
        var e = Assert.Single(new DocBuilder("Clashes erupted in Hasakah in eastern Syria on Tuesday. The second day of fighting left five fighters dead.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("eastern Syria", EasternSyria).Time("on Tuesday", Tuesday, Tuesday)
            .Number("five fighters", QuantityKind.Killed, 5, 5).Extract());
        Assert.Equal("Hasakah", e.Location!.Name);
    }

    [Fact]
    public void A_second_camp_named_with_its_own_town_is_in_that_town()
    {
        var events = Escapes("Five more fighters escaped from a second camp in Qamishli.").Place("Qamishli", DocBuilder.Qamishli).Extract();
        Assert.Equal("Qamishli", events[1].Location!.Name);
    }

    // --- a sentence that says where the event told before happened moves it ---

    [Theory]
    [InlineData("The attack took place in Hammam al-Alil, a town south of the city.")]
    [InlineData("The incident reportedly happened in Hammam al-Alil.")]
    [InlineData("It happened near Hammam al-Alil, officials said.")]
    public void A_sentence_that_locates_the_attack_moves_it_there_without_a_new_event(string then)
    {
        var e = Assert.Single(Attack(then).Place("Hammam al-Alil", HammamAlAlil).Extract());
        Assert.Equal("Hammam al-Alil", e.Location!.Name);
        Assert.Contains("Hammam al-Alil", e.LocationMentions);
    }

    [Fact]
    public void A_vaguer_place_for_the_attack_does_not_replace_its_town()
    {
        var e = Assert.Single(Attack("The attack took place in Iraq.").Place("Iraq", Iraq).Extract());
        Assert.Equal("Mosul", e.Location!.Name);
    }

    [Fact]
    public void Another_attack_taking_place_elsewhere_is_a_new_event()
    {
        var events = Attack("Another attack took place in Baghdad on Wednesday, killing two policemen.")
            .Place("Baghdad", DocBuilder.Baghdad).Time("on Wednesday", Day.AddDays(-1), Day.AddDays(-1))
            .Number("two policemen", QuantityKind.Killed, 2, 2).Extract();
        Assert.Equal(["Mosul", "Baghdad"], events.Select(e => e.Location!.Name));
    }

    // --- a tally of attacks is its own event ---

    [Fact]
    public void A_tally_of_attacks_does_not_merge_into_the_incident_told_beside_it()
    {
        var events = new DocBuilder("A roadside bomb killed two soldiers near Mosul on Tuesday. Militant channels reported 31 attacks on the army in the past month, compared with 12 attacks the month before.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Tuesday, Tuesday).Time("the past month", Day.AddDays(-30), Day, DatePrecision.Month)
            .Actor("the army", "Iraqi security forces").Number("two soldiers", QuantityKind.Killed, 2, 2)
            .Number("31", QuantityKind.AttacksCount, 31, 31).Number("12", QuantityKind.AttacksCount, 12, 12).Extract();
        Assert.Equal(2, events.Count);
        var bomb = Assert.Single(events, e => e.SubEventType == SubEventType.RemoteExplosiveLandmineIed);
        Assert.DoesNotContain(bomb.Quantities, q => q.What == QuantityKind.AttacksCount);
        Assert.Equal(2, bomb.Fatalities.Min);
        var tally = Assert.Single(events, e => e != bomb);
        Assert.Equal([31L, 12L], tally.Quantities.Where(q => q.What == QuantityKind.AttacksCount).Select(q => q.Range.Min!.Value));
        Assert.Equal(DatePrecision.Month, tally.Date!.Precision);
    }

    [Fact]
    public void An_incident_told_after_a_tally_does_not_join_it()
    {
        var events = new DocBuilder("Militant channels reported 31 attacks on the army in the past month. A roadside bomb killed two soldiers near Mosul on Tuesday.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Tuesday, Tuesday).Time("the past month", Day.AddDays(-30), Day, DatePrecision.Month)
            .Actor("the army", "Iraqi security forces").Number("two soldiers", QuantityKind.Killed, 2, 2)
            .Number("31", QuantityKind.AttacksCount, 31, 31).Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal(Tuesday, events[1].Date!.From);
        Assert.DoesNotContain(events[1].Quantities, q => q.What == QuantityKind.AttacksCount);
    }

    // --- a dated report bounds what its source tells, also later by reference back ---

    const string ReportText =
        "Aid workers have had no access to the sites during the past week, but officials confirmed that 40 detainees escaped from a camp in Raqqa, according to a report Tuesday by the Rojava Monitor.\n" +
        "The monitor said six guards were wounded in a riot at a jail in Hasakah.\n" +
        "The army said three soldiers were wounded by a roadside bomb in Qamishli.";

    static DocBuilder Report() => new DocBuilder(ReportText, Day)
        .Place("Raqqa", DocBuilder.Raqqa).Place("Hasakah", DocBuilder.Hasakah).Place("Qamishli", DocBuilder.Qamishli)
        .Time("the past week", Day.AddDays(-7), Day, DatePrecision.Week).Time("Tuesday", Tuesday, Tuesday)
        .Number("40 detainees", QuantityKind.Escaped, 40, 40).Number("six guards", QuantityKind.Injured, 6, 6).Number("three soldiers", QuantityKind.Injured, 3, 3)
        .Said("the Rojava Monitor", "Rojava Monitor", "Aid workers have had no access to the sites during the past week, but officials confirmed that 40 detainees escaped from a camp in Raqqa, according to a report Tuesday by the Rojava Monitor.", "according to")
        .Said("The monitor", "Rojava Monitor", "The monitor said six guards were wounded in a riot at a jail in Hasakah.", "said")
        .Said("The army", "Iraqi security forces", "The army said three soldiers were wounded by a roadside bomb in Qamishli.", "said");

    [Fact]
    public void A_report_day_inside_the_week_told_dates_its_event_from_the_weeks_start_to_the_report()
    {
        var escape = Report().Extract().Single(e => e.Location!.Name == "Raqqa");
        Assert.Equal(new DateRange(Day.AddDays(-7), Tuesday, DatePrecision.Week), escape.Date);
    }

    [Fact]
    public void What_the_source_tells_later_happened_no_later_than_its_report()
    {
        var riot = Report().Extract().Single(e => e.Location!.Name == "Hasakah");
        Assert.Equal(Tuesday, riot.Date!.To);
        Assert.Equal(Day.AddDays(-7), riot.Date.From);
    }

    [Fact]
    public void Another_source_told_later_is_not_bound_by_that_report()
    {
        var mine = Report().Extract().Single(e => e.Location!.Name == "Qamishli");
        Assert.Equal(Day, mine.Date!.To);
    }

    // --- a dateline says where the report was filed ---

    [Theory]
    [InlineData("MOSUL, Iraq (Tigris News) - Gunmen attacked an army post in Baghdad on Tuesday, killing two soldiers.")]
    [InlineData("MOSUL — Gunmen attacked an army post in Baghdad on Tuesday, killing two soldiers.")]
    [InlineData("Mosul (Tigris News) -- Gunmen attacked an army post in Baghdad on Tuesday, killing two soldiers.")]
    public void A_place_named_in_the_lead_is_the_scene_not_the_dateline_before_it(string text)
    {
        var mosul = text[..5];
        var e = Assert.Single(new DocBuilder(text, Day).Place(mosul, DocBuilder.Mosul).Place("Baghdad", DocBuilder.Baghdad)
            .Time("on Tuesday", Tuesday, Tuesday).Number("two soldiers", QuantityKind.Killed, 2, 2).Extract());
        Assert.Equal("Baghdad", e.Location!.Name);
    }

    [Fact]
    public void The_country_of_the_dateline_is_part_of_it_not_a_place_the_lead_names()
    {
        var e = Assert.Single(new DocBuilder("MOSUL, Iraq (Tigris News) - Gunmen attacked an army post on Tuesday, killing two soldiers.", Day)
            .Place("MOSUL", DocBuilder.Mosul).Place("Iraq", new Place("Iraq", "IQ", null, 33.2, 43.7, PlacePrecision.Country))
            .Time("on Tuesday", Tuesday, Tuesday).Number("two soldiers", QuantityKind.Killed, 2, 2).Extract());
        Assert.Equal("Mosul", e.Location!.Name);
    }

    [Fact]
    public void The_dateline_is_the_scene_when_the_lead_names_no_other_place()
    {
        var e = Assert.Single(new DocBuilder("MOSUL, Iraq (Tigris News) - Gunmen attacked an army post on Tuesday, killing two soldiers.", Day)
            .Place("MOSUL", DocBuilder.Mosul).Time("on Tuesday", Tuesday, Tuesday).Number("two soldiers", QuantityKind.Killed, 2, 2).Extract());
        Assert.Equal("Mosul", e.Location!.Name);
    }

    [Fact]
    public void A_place_opening_a_sentence_without_a_dash_is_no_dateline()
    {
        // Two towns of the same rank in one clause: the first named stays the scene.
        var e = Assert.Single(new DocBuilder("Mosul police said gunmen attacked an army post on the road to Baghdad on Tuesday, killing two soldiers.", Day)
            .Place("Mosul", DocBuilder.Mosul).Place("Baghdad", DocBuilder.Baghdad).Time("on Tuesday", Tuesday, Tuesday)
            .Number("two soldiers", QuantityKind.Killed, 2, 2).Extract());
        Assert.Equal("Mosul", e.Location!.Name);
    }
}
