using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class RoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void X_attacked_Y_makes_X_the_perpetrator_and_Y_the_target()
    {
        var e = Assert.Single(new DocBuilder("IS fighters attacked SDF positions near Hasakah on Monday.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void Y_came_under_attack_from_X_makes_X_the_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("An SDF checkpoint came under attack from ISIS cells in Hasakah.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("ISIS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void An_X_attack_on_Y_makes_X_the_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("A Daesh attack on an Iraqi army post in Mosul was repelled.", Day)
            .Actor("Daesh", "Islamic State").Actor("Iraqi army", "Iraqi security forces").Place("Mosul", DocBuilder.Mosul).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
    }

    [Fact]
    public void Y_killed_by_X_makes_X_the_perpetrator_and_Y_the_target()
    {
        var e = Assert.Single(new DocBuilder("Three Iraqi soldiers were killed by IS militants in an ambush near Mosul.", Day)
            .Actor("Iraqi soldiers", "Iraqi security forces").Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul)
            .Number("Three", QuantityKind.Killed, 3, 3).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
        Assert.Equal(3, e.Fatalities.Min);
    }

    [Fact]
    public void X_killed_11_Y_makes_X_the_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("Turkish forces killed 11 SDF fighters in clashes near Raqqa.", Day)
            .Actor("Turkish forces", "Turkish military").Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa)
            .Number("11", QuantityKind.Killed, 11, 11).Extract());
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
    }

    [Fact]
    public void X_claimed_responsibility_makes_X_the_perpetrator_and_the_event_claimed()
    {
        var e = Assert.Single(new DocBuilder("ISIS claimed responsibility for the bombing in Qamishli.", Day)
            .Actor("ISIS", "Islamic State").Place("Qamishli", DocBuilder.Qamishli).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Contains(EventTag.ClaimOfResponsibility, e.Tags);
        Assert.Equal(Certainty.Claimed, e.Certainty);
    }

    [Fact]
    public void Backed_by_coalition_aircraft_makes_the_coalition_an_associated_actor()
    {
        var e = Assert.Single(new DocBuilder("SDF fighters, backed by coalition aircraft, clashed with IS militants in Hasakah.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("coalition", "US-led coalition").Actor("IS", "Islamic State")
            .Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
        Assert.Equal("Islamic State", e.Actor2);
        Assert.Equal(["US-led coalition"], e.AssocActors);
    }

    [Fact]
    public void Unnamed_attackers_leave_the_perpetrator_null_and_civilian_victims_are_coded_by_country()
    {
        var e = Assert.Single(new DocBuilder("Unidentified gunmen shot dead two civilians in Raqqa on Monday.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Number("two", QuantityKind.Killed, 2, 2).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal(SubEventType.Attack, e.SubEventType);
        Assert.StartsWith("Civilians", e.Actor2);
    }

    [Fact]
    public void Government_forces_seizing_a_town_regain_territory()
    {
        var e = Assert.Single(new DocBuilder("Iraqi forces captured the town of Mosul from the militants.", Day)
            .Actor("Iraqi forces", "Iraqi security forces").Place("Mosul", DocBuilder.Mosul).Extract());
        Assert.Equal(SubEventType.GovernmentRegainsTerritory, e.SubEventType);
    }
}

public class RoleCueTests
{
    [Fact]
    public void Forces_backed_by_the_coalition_are_the_perpetrator_and_the_coalition_associated()
    {
        var e = Assert.Single(new DocBuilder("Kurdish forces backed by the US-led coalition flushed out the militants from Raqqa in 2019.", new DateOnly(2024, 3, 14))
            .Actor("Kurdish forces", "Syrian Democratic Forces").Actor("US-led coalition", "US-led coalition").Place("Raqqa", DocBuilder.Raqqa)
            .Time("in 2019", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), DatePrecision.Year).Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
        Assert.Equal(["US-led coalition"], e.AssocActors);
        Assert.Equal(SubEventType.NonStateActorOvertakesTerritory, e.SubEventType);
        Assert.True(e.Historical);
    }
}

public class VerbRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void Victims_killed_when_a_group_attacked_are_the_target_and_the_group_the_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("Three Iraqi soldiers and two militants were killed when IS fighters attacked an army outpost near Mosul on Tuesday.", Day)
            .Actor("Iraqi soldiers", "Iraqi security forces").Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul)
            .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Number("Three", QuantityKind.Killed, 3, 3).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
    }

    [Fact]
    public void The_group_whose_fighters_stormed_is_the_perpetrator_even_when_its_enemy_is_named_later_in_the_clause()
    {
        var e = Assert.Single(new DocBuilder("IS gunmen stormed the prison in Hasakah on Saturday before SDF units regained control of the building.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah)
            .Time("on Saturday", Day.AddDays(-5), Day.AddDays(-5)).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }
}
