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
    public void A_reported_X_attacked_Y_keeps_Y_the_target_when_the_report_names_the_attacks_first()
    {
        var e = Assert.Single(new DocBuilder("The monitor confirmed the raids on Friday, saying IS cells attacked SDF posts in Hasakah.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Theory]
    [InlineData("Officials said the SDF-run camps hold thousands of families.", "Syrian Democratic Forces")]
    [InlineData("Thousands of families remain in camps operated by the SDF.", "Syrian Democratic Forces")]
    [InlineData("Officials said the SDF patrols the roads around the town.", null)]
    public void An_escape_whose_clause_names_no_custodian_is_from_the_force_the_article_names_holding_detainees(string later, string? custodian)
    {
        var e = Assert.Single(new DocBuilder("Dozens of inmates escaped from a camp near Raqqa on Tuesday. " + later, Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Number("Dozens", QuantityKind.Escaped, 24, null).Extract());
        Assert.Equal(custodian, e.Actor2);
    }

    [Fact]
    public void Forces_moved_in_to_support_X_make_X_an_associated_actor_not_the_target()
    {
        var e = Assert.Single(new DocBuilder("The coalition moved in armoured vehicles to support the SDF near Hasakah on Monday.", Day)
            .Actor("coalition", "US-led coalition").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Null(e.Actor2);
        Assert.Contains("Syrian Democratic Forces", e.AssocActors);
    }

    [Fact]
    public void A_deployment_at_a_site_does_not_target_the_force_running_it()
    {
        var e = Assert.Single(new DocBuilder("The coalition moved in armoured vehicles around the central prison on Monday.", Day)
            .Actor("coalition", "US-led coalition").Facility("central prison", "Hasakah central prison", DocBuilder.Hasakah, runBy: "Syrian Democratic Forces").Extract());
        Assert.Equal("US-led coalition", e.Actor1);
        Assert.Null(e.Actor2);
    }

    [Fact]
    public void An_attack_at_a_site_still_targets_the_force_running_it()
    {
        var e = Assert.Single(new DocBuilder("IS fighters attacked the central prison on Monday.", Day)
            .Actor("IS", "Islamic State").Facility("central prison", "Hasakah central prison", DocBuilder.Hasakah, runBy: "Syrian Democratic Forces").Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Theory]
    [InlineData("Turkish shelling hit a camp near Raqqa on Monday, and some 600 people escaped.", null)]
    [InlineData("Some 600 people escaped from a camp for IS families near Raqqa after Turkish shelling on Monday.", null)]
    [InlineData("Turkish shelling killed six people near Raqqa on Monday.", "Civilians (Syria)")]
    public void People_who_got_away_and_a_groups_own_families_are_not_civilian_victims(string text, string? victims)
    {
        var doc = new DocBuilder(text, Day).Place("Raqqa", DocBuilder.Raqqa);
        if (text.Contains("IS ")) doc.Actor("IS", "Islamic State");
        var e = Assert.Single(doc.Extract(), x => x.SubEventType == SubEventType.ShellingArtilleryMissileAttack);
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal(victims, e.Actor2);
    }

    [Theory]
    [InlineData("Two IS militants were killed in the SDF operation near Hasakah on Sunday.")]
    [InlineData("Two IS militants were killed in the SDF's raid near Hasakah on Sunday.")]
    public void A_name_right_before_a_noun_of_attack_is_its_agent_whoever_else_stands_first(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
        Assert.Equal("Islamic State", e.Actor2);
    }

    [Fact]
    public void A_name_before_a_noun_that_is_no_attack_stays_the_target()
    {
        var e = Assert.Single(new DocBuilder("An IS attack hit an SDF base near Hasakah on Sunday.", Day)
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
    public void Troops_backed_by_a_country_named_by_its_demonym_are_the_perpetrator_and_that_country_backs_them()
    {
        var e = Assert.Single(new DocBuilder("Iraqi troops backed by Turkish fighters have retaken an IS-held village near Mosul.", Day)
            .Actor("Iraqi troops", "Iraqi security forces").Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul).Extract());
        Assert.Equal("Iraqi security forces", e.Actor1);
        Assert.Equal("Islamic State", e.Actor2);
        Assert.Contains("Turkish military", e.AssocActors);
    }

    [Fact]
    public void Attacks_linked_to_a_group_keep_it_their_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("Two car bombings linked to IS killed four SDF fighters near Hasakah on Monday.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
    }

    [Theory]
    [InlineData("Gunmen linked to IS attacked an SDF checkpoint near Hasakah on Monday.")]
    [InlineData("Militants loyal to IS attacked an SDF checkpoint near Hasakah on Monday.")]
    public void A_group_an_unnamed_attacker_is_linked_to_takes_no_role(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces")
            .Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
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
        var e = Assert.Single(new DocBuilder("Kurdish forces backed by the US-led coalition drove the last militants out of Raqqa in 2019.", new DateOnly(2024, 3, 14))
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

public class SiteAndSpeakerRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void The_force_manning_a_checkpoint_is_the_target_not_the_agent()
    {
        var e = Assert.Single(new DocBuilder("A suicide bomber blew himself up at a checkpoint manned by the SDF near Hasakah on Monday, killing two fighters.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Number("two", QuantityKind.Killed, 2, 2).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void In_an_escape_the_group_released_from_camps_run_by_a_force_is_actor1_and_the_force_actor2()
    {
        var e = Assert.Single(new DocBuilder("Officials confirmed the escape of IS fighters from two SDF-run camps near Hasakah on Monday.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void A_site_attacked_with_no_named_target_makes_its_operator_the_target()
    {
        var e = Assert.Single(new DocBuilder("IS gunmen stormed the central prison in Hasakah on Thursday.", Day)
            .Actor("IS", "Islamic State").Facility("central prison", "Hasakah central prison", DocBuilder.Hasakah, runBy: "Syrian Democratic Forces").Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void A_force_whose_officials_only_speak_of_a_bombing_takes_no_role_and_people_killed_are_civilians()
    {
        var e = Assert.Single(new DocBuilder("SDF spokesmen have admitted a suicide bombing at a market in Qamishli on Monday that killed four people.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Qamishli", DocBuilder.Qamishli).Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
    }

    [Fact]
    public void A_forces_spokesman_named_in_apposition_who_tells_a_reporter_of_the_bombing_takes_no_role()
    {
        var e = Assert.Single(new DocBuilder("The SDF's press officer, Rami Haddad, told reporters that a suicide bombing killed four people at a market in Qamishli on Monday.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Qamishli", DocBuilder.Qamishli).Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Null(e.Actor1);
    }

    [Fact]
    public void A_forces_commander_who_leads_the_assault_keeps_his_side_as_attacker()
    {
        var e = Assert.Single(new DocBuilder("The SDF's field commander, Rami Haddad, led an assault on militants near Raqqa on Monday.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
    }

    [Fact]
    public void A_force_that_repelled_an_attack_is_the_target()
    {
        var e = Assert.Single(new DocBuilder("Iraqi soldiers repelled an IS attack on their base near Mosul on Sunday, killing five militants.", Day)
            .Actor("Iraqi soldiers", "Iraqi security forces").Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul)
            .Number("five", QuantityKind.Killed, 5, 5).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
    }

    [Fact]
    public void Attackers_named_as_unidentified_leave_actor1_null_and_the_named_force_the_target()
    {
        var e = Assert.Single(new DocBuilder("An SDF patrol was ambushed near Raqqa on Monday by unidentified gunmen.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void An_agent_of_a_distant_verb_is_not_the_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("A car bomb exploded in Raqqa on Monday, in a city that was retaken years ago from the militants by the SDF.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Extract());
        Assert.NotEqual("Syrian Democratic Forces", e.Actor1);
    }

    [Fact]
    public void A_name_after_pro_only_qualifies_and_takes_no_role()
    {
        var e = Assert.Single(new DocBuilder("Gunmen shot dead two pro-SDF civilians in Raqqa on Monday.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Number("two", QuantityKind.Killed, 2, 2).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
    }

    [Fact]
    public void Police_dispersing_protesters_are_the_second_side_of_a_protest_with_intervention()
    {
        var e = Assert.Single(new DocBuilder("Iraqi police fired tear gas to disperse hundreds of protesters in Baghdad on Monday.", Day)
            .Actor("Iraqi police", "Iraqi security forces").Place("Baghdad", DocBuilder.Baghdad).Extract());
        Assert.Equal(SubEventType.ProtestWithIntervention, e.SubEventType);
        Assert.Equal("Protesters (Iraq)", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
    }

    [Theory]
    [InlineData("Hundreds of protesters torched the provincial council building in Baghdad on Monday.", SubEventType.ViolentDemonstration)]
    [InlineData("An angry mob lynched a man accused of theft in a Baghdad market on Monday.", SubEventType.MobViolence)]
    public void A_crowd_that_riots_or_lynches_is_the_countrys_rioters(string text, SubEventType sub)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Place("Baghdad", DocBuilder.Baghdad).Extract());
        Assert.Equal(sub, e.SubEventType);
        Assert.Equal("Rioters (Iraq)", e.Actor1);
    }

    [Fact]
    public void A_peaceful_crowd_stays_the_countrys_protesters()
    {
        var e = Assert.Single(new DocBuilder("Hundreds of teachers held a peaceful protest in Baghdad on Monday over unpaid wages.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Extract());
        Assert.Equal(SubEventType.PeacefulProtest, e.SubEventType);
        Assert.Equal("Protesters (Iraq)", e.Actor1);
    }
}

public class ClaimAndClauseRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void A_group_that_claims_a_bombing_is_its_perpetrator_though_it_is_also_the_source_of_the_claim()
    {
        var e = Assert.Single(new DocBuilder("IS claimed the suicide bombing in Qamishli on Monday that killed two people.", Day)
            .Actor("IS", "Islamic State").Place("Qamishli", DocBuilder.Qamishli).Number("two", QuantityKind.Killed, 2, 2)
            .Said("IS", "Islamic State", "IS claimed the suicide bombing in Qamishli on Monday that killed two people.", cueWords: "claimed").Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
    }

    [Theory]
    [InlineData("A gunman opened fire on shoppers in Qamishli on Monday, killing four people, medics said, in an attack claimed by the IS militant group.")]
    [InlineData("Gunmen opened fire on shoppers at a market in Qamishli on Monday, killing four people. IS later claimed the attack.")]
    [InlineData("Gunmen shot dead four people at a market in Qamishli on Monday. IS claimed responsibility for the attack in a statement.")]
    public void The_group_that_claims_an_attack_is_its_perpetrator_however_far_the_claim_stands_from_the_act(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Actor("IS", "Islamic State").Place("Qamishli", DocBuilder.Qamishli)
            .Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
    }

    [Theory]
    [InlineData("A roadside bomb killed three SDF fighters near Qamishli on Monday; IS has not claimed the attack.")]
    [InlineData("A car bomb killed three SDF fighters near Qamishli on Monday, in an attack not claimed by IS.")]
    [InlineData("Explosives killed three SDF fighters in a patrol near Qamishli on Monday, and IS denied the claim.")]
    public void A_denied_claim_does_not_make_its_group_the_perpetrator(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces")
            .Place("Qamishli", DocBuilder.Qamishli).Number("three", QuantityKind.Killed, 3, 3).Extract());
        Assert.NotEqual("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Theory]
    [InlineData("IS denied claiming the bombing that killed three SDF fighters near Qamishli on Monday.", null)]
    [InlineData("IS rejected claims that it carried out the bombing that killed three SDF fighters near Qamishli on Monday.", null)]
    [InlineData("IS claimed the bombing that killed three SDF fighters near Qamishli on Monday.", "Islamic State")]
    public void A_group_that_denies_claiming_an_act_named_after_it_is_not_its_perpetrator(string text, string? perpetrator)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces")
            .Place("Qamishli", DocBuilder.Qamishli).Number("three", QuantityKind.Killed, 3, 3).Extract());
        Assert.Equal(perpetrator, e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void A_group_named_after_a_conjunction_belongs_to_the_later_act_not_to_the_bombing()
    {
        var events = new DocBuilder("Car bombs shook Raqqa on Monday after dozens of IS prisoners escaped.", Day)
            .Actor("IS", "Islamic State").Place("Raqqa", DocBuilder.Raqqa).Extract();
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor2 == "Islamic State");
    }
}

public class EscapeRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void Officials_named_by_a_description_who_confirm_an_escape_take_no_role_and_the_detainees_group_is_actor1()
    {
        var e = Assert.Single(new DocBuilder("Kurdish officials confirmed that dozens of women escaped from a camp for IS families near Hasakah on Sunday.", Day)
            .Actor("Kurdish officials", "Syrian Democratic Forces").Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Null(e.Actor2);
    }
}

public class NationalForceRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void A_demonym_before_the_trigger_names_the_country_s_forces_as_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("Russian air strikes hit the outskirts of Raqqa on Tuesday.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Extract());
        Assert.Equal("Russian military", e.Actor1);
    }

    [Fact]
    public void A_government_that_shells_is_coded_as_its_forces()
    {
        var e = Assert.Single(new DocBuilder("Syrian government artillery shelled a neighbourhood of Raqqa on Tuesday, killing two civilians.", Day)
            .Actor("Syrian government", "Government of Syria").Place("Raqqa", DocBuilder.Raqqa).Number("two", QuantityKind.Killed, 2, 2).Extract());
        Assert.Equal("Syrian government forces", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
    }

    [Fact]
    public void Soldiers_killed_in_a_country_are_its_state_force()
    {
        var e = Assert.Single(new DocBuilder("IS militants killed four soldiers in an attack near Mosul on Sunday.", Day)
            .Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul).Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
    }
}

public class UnnamedAndSupportingRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void An_unidentified_agent_many_words_of_place_after_the_trigger_leaves_the_perpetrator_null()
    {
        var e = Assert.Single(new DocBuilder("SDF fighters reported an attack on a checkpoint near Raqqa, about 40 kilometres north of the river, by unidentified militants on Monday.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void A_force_answering_calls_for_help_backs_the_side_attacked_and_is_not_the_attacker()
    {
        var e = Assert.Single(new DocBuilder("Coalition forces responded to SDF calls for help during an attack near Raqqa by unidentified gunmen on Monday. " +
            "Coalition forces attacked the gunmen near Raqqa, officials said.", Day)
            .Actor("Coalition forces", "US-led coalition").Actor("SDF", "Syrian Democratic Forces").Actor("Coalition forces", "US-led coalition", 1)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Raqqa", DocBuilder.Raqqa, 1).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
        Assert.Contains("US-led coalition", e.AssocActors);
    }

    // Negatives: an unknown agent of an act after a conjunction, and a force that answers with strikes of its own.
    [Theory]
    [InlineData("IS fighters attacked SDF posts near Raqqa on Monday after a convoy was hit by unknown gunmen.", "IS", "Islamic State", "SDF", "Syrian Democratic Forces")]
    [InlineData("Coalition forces responded with airstrikes on IS positions near Raqqa on Monday.", "Coalition forces", "US-led coalition", "IS", "Islamic State")]
    public void A_named_attacker_stays_the_perpetrator(string text, string attackerWords, string attacker, string targetWords, string target)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Actor(attackerWords, attacker).Actor(targetWords, target).Place("Raqqa", DocBuilder.Raqqa)
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(attacker, e.Actor1);
        Assert.Equal(target, e.Actor2);
    }

    [Theory]
    [InlineData("Officials noted a rise in violence, which included a car bombing in Qamishli on Tuesday that killed four people.", "Islamic State")]
    [InlineData("Officials reported a car bombing in Qamishli on Tuesday that killed four people.", null)]
    public void An_incident_included_in_the_violence_told_before_is_done_by_its_perpetrator_and_one_told_alone_keeps_an_unknown_one(string later, string? perpetrator)
    {
        var events = new DocBuilder("IS fighters attacked SDF posts near Raqqa on Monday. " + later, Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Place("Raqqa", DocBuilder.Raqqa).Place("Qamishli", DocBuilder.Qamishli)
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Number("four", QuantityKind.Killed, 4, 4).Extract();
        Assert.Equal(perpetrator, Assert.Single(events, e => e.Location!.Name == "Qamishli").Actor1);
    }
}

public class AgreementRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    static Event Deal(string text, params (string Words, string Actor)[] actors)
    {
        var doc = new DocBuilder(text, Day).Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3));
        // A country the deal is in ("in Syria") is no side of it.
        if (text.Contains("in Syria")) doc.Place("Syria", DocBuilder.Syria);
        foreach (var (words, actor) in actors) doc.Actor(words, actor);
        return Assert.Single(doc.Extract());
    }

    // "A truce between X and Y", "X and Y agreed": the sides in the order named, a state's force as its government; not the
    // country the truce is in.
    [Theory]
    [InlineData("A truce between Turkish forces and the SDF near Raqqa took effect on Monday.", "Turkish forces", "Turkish military", "SDF",
        "Syrian Democratic Forces", "Government of Turkey", "Syrian Democratic Forces")]
    [InlineData("The SDF and Russian forces agreed on Monday to a ceasefire around Raqqa.", "SDF", "Syrian Democratic Forces", "Russian forces",
        "Russian military", "Syrian Democratic Forces", "Government of Russia")]
    [InlineData("The SDF agreed on Monday in Syria to a truce with IS around Raqqa.", "SDF", "Syrian Democratic Forces", "IS",
        "Islamic State", "Syrian Democratic Forces", "Islamic State")]
    public void The_sides_of_a_truce_are_coded_in_the_order_named_and_states_as_governments(string text, string firstWords, string first,
        string secondWords, string second, string actor1, string actor2)
    {
        var e = Deal(text, (firstWords, first), (secondWords, second));
        Assert.Equal(actor1, e.Actor1);
        Assert.Equal(actor2, e.Actor2);
    }

    [Fact]
    public void The_broker_of_a_truce_is_associated_not_a_side()
    {
        var e = Deal("The SDF agreed on Monday to a truce with tribal fighters near Raqqa, brokered by Russian forces.",
            ("SDF", "Syrian Democratic Forces"), ("tribal fighters", "Tribal militia (Syria)"), ("Russian forces", "Russian military"));
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
        Assert.Equal("Tribal militia (Syria)", e.Actor2);
        Assert.Contains("Russian military", e.AssocActors);
    }

    [Fact]
    public void Countries_that_agree_are_sides_as_their_governments_and_a_country_the_deal_is_in_is_not()
    {
        var russia = new Place("Russia", "RU", null, 60.0, 90.0, PlacePrecision.Country);
        var e = Assert.Single(new DocBuilder("Turkey and Russia agreed on Monday to a ceasefire in Syria.", Day)
            .Place("Turkey", DocBuilder.Turkey).Place("Russia", russia).Place("Syria", DocBuilder.Syria)
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal("Government of Turkey", e.Actor1);
        Assert.Equal("Government of Russia", e.Actor2);
    }

    [Fact]
    public void Soldiers_who_surrender_stay_the_force_not_the_government()
    {
        var e = Deal("Dozens of Syrian soldiers surrendered to IS fighters near Raqqa on Monday.",
            ("Syrian soldiers", "Syrian government forces"), ("IS", "Islamic State"));
        Assert.Equal("Syrian government forces", e.Actor1);
        Assert.Equal("Islamic State", e.Actor2);
    }
}

public class GenericForceRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly Place Kano = new("Kano", "NG", "Kano", 12.00, 8.52, PlacePrecision.Town);

    [Fact]
    public void Police_who_fire_on_protesters_are_the_country_police_force_where_it_has_one_apart_from_its_army()
    {
        var e = Assert.Single(new DocBuilder("Police in Kano opened fire on a crowd protesting against food prices on Monday, killing three people.", Day)
            .Place("Kano", Kano).Number("three", QuantityKind.Killed, 3, 3).Extract());
        Assert.Equal(SubEventType.ExcessiveForceAgainstProtesters, e.SubEventType);
        Assert.Equal("Nigeria Police Force", e.Actor1);
        Assert.Equal("Protesters (Nigeria)", e.Actor2);
    }

    [Fact]
    public void Riot_police_who_break_up_a_protest_are_its_second_side_and_in_Iraq_the_security_forces()
    {
        var e = Assert.Single(new DocBuilder("Riot police fired tear gas to disperse hundreds of graduates staging a sit-in in Baghdad on Monday.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Extract());
        Assert.Equal(SubEventType.ProtestWithIntervention, e.SubEventType);
        Assert.Equal("Protesters (Iraq)", e.Actor1);
        Assert.Equal("Iraqi security forces", e.Actor2);
    }

    [Fact]
    public void Security_forces_that_shoot_are_the_country_main_force()
    {
        var e = Assert.Single(new DocBuilder("Security forces shot dead four demonstrators in Baghdad on Monday.", Day)
            .Place("Baghdad", DocBuilder.Baghdad).Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Equal("Iraqi security forces", e.Actor1);
    }

    [Fact]
    public void Police_who_only_report_an_attack_take_no_role()
    {
        var e = Assert.Single(new DocBuilder("Gunmen shot dead two traders at a market in Kano on Monday, police said.", Day)
            .Place("Kano", Kano).Number("two", QuantityKind.Killed, 2, 2).Extract());
        Assert.Null(e.Actor1);
        Assert.NotEqual("Nigeria Police Force", e.Actor2);
    }

    [Fact]
    public void Policemen_killed_in_an_attack_are_its_target_not_its_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("Three policemen killed in an ambush on a checkpoint outside Kano on Monday.", Day)
            .Place("Kano", Kano).Number("Three", QuantityKind.Killed, 3, 3).Extract());
        Assert.Null(e.Actor1);
        Assert.Equal("Nigeria Police Force", e.Actor2);
    }
}

