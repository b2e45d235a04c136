using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class TypingTests
{
    [Theory]
    [InlineData("Rebels and army units clashed for hours on the edge of the town, with heavy exchanges of fire.", "Armed clash")]
    [InlineData("Government troops retook the village from the insurgents after a week of fighting.", "Government regains territory")]
    [InlineData("Militants seized control of the border town after the garrison fled.", "Non-state actor overtakes territory")]
    [InlineData("Medics treated dozens for breathing problems after a chlorine gas attack on the suburb.", "Chemical weapon")]
    [InlineData("Warplanes struck a fuel depot outside the city overnight.", "Air/drone strike")]
    [InlineData("A suicide bomber blew himself up at the entrance of a police station.", "Suicide bomb")]
    [InlineData("Mortar shells landed on a market in the old quarter.", "Shelling/artillery/missile attack")]
    [InlineData("A roadside bomb struck a patrol on the highway, destroying one vehicle.", "Remote explosive/landmine/IED")]
    [InlineData("Unknown assailants hurled a grenade into a crowded tea shop.", "Grenade")]
    [InlineData("Aid workers documented the rape of several women by armed men at the camp.", "Sexual violence")]
    [InlineData("Gunmen shot dead four civilians at a farm near the village.", "Attack")]
    [InlineData("Armed men kidnapped a local councillor from his home at night.", "Abduction/forced disappearance")]
    [InlineData("Hundreds of teachers held a peaceful protest outside the ministry demanding unpaid wages.", "Peaceful protest")]
    [InlineData("Police used tear gas to disperse students protesting against fee increases.", "Protest with intervention")]
    [InlineData("Security forces opened fire on protesters in the square, killing three.", "Excessive force against protesters")]
    [InlineData("Rioters torched cars and hurled stones at police during the demonstration.", "Violent demonstration")]
    [InlineData("An angry mob lynched a man accused of theft in the market.", "Mob violence")]
    [InlineData("The two factions signed a ceasefire agreement in the capital on Sunday.", "Agreement")]
    [InlineData("Police arrested five suspects in connection with the killing of a judge.", "Arrests")]
    [InlineData("Some 200 fighters defected from the rebel faction to the army, a spokesman said.", "Change to group/activity")]
    [InlineData("Soldiers found a weapons cache and defused two explosive devices near the road.", "Disrupted weapons use")]
    [InlineData("The army set up a new military base on the hill overlooking the valley.", "Headquarters or base established")]
    [InlineData("Fighters looted shops and set houses ablaze as they left the village.", "Looting/property destruction")]
    [InlineData("The militia withdrew from the town and handed over its positions to the police without resistance.", "Non-violent transfer of territory")]
    public void Each_ACLED_sub_type_is_recognised_from_a_typical_sentence(string sentence, string expected)
    {
        var guess = EventTyper.Default.Type(sentence);
        Assert.NotNull(guess);
        Assert.Equal(expected, AcledTypes.Name(guess.SubEventType));
    }

    [Fact]
    public void Fighters_surrendering_is_an_agreement_with_the_surrender_tag_as_ACLED_codes_it()
    {
        var guess = EventTyper.Default.Type("Forty militants surrendered to the army in the mountains on Sunday.")!;
        Assert.Equal(SubEventType.Agreement, guess.SubEventType);
        Assert.Contains(EventTag.Surrender, guess.Tags);
    }

    [Fact]
    public void A_sentence_about_the_weather_has_no_event_type() =>
        Assert.Null(EventTyper.Default.Type("Temperatures are expected to fall sharply across the region this weekend."));

    [Fact]
    public void Fighters_once_held_in_prisons_now_on_the_loose_have_escaped()
    {
        var guess = EventTyper.Default.Type("Dozens of fighters from the desert jails are on the loose again.")!;
        Assert.Equal(SubEventType.Other, guess.SubEventType);
        Assert.Contains(EventTag.Escape, guess.Tags);
    }

    [Fact]
    public void A_thief_on_the_loose_has_escaped_no_custody() =>
        Assert.DoesNotContain(EventTag.Escape, EventTyper.Default.Type("Police say the thief who robbed the bakery is still on the loose.")?.Tags ?? []);

    [Fact]
    public void A_car_bomb_is_an_explosive_with_the_car_bomb_tag()
    {
        var guess = EventTyper.Default.Type("A car bomb exploded near a checkpoint at the edge of the town.")!;
        Assert.Equal(SubEventType.RemoteExplosiveLandmineIed, guess.SubEventType);
        Assert.Contains(EventTag.CarBomb, guess.Tags);
    }

    [Fact]
    public void An_attack_on_a_prison_freeing_inmates_carries_both_prison_tags()
    {
        var guess = EventTyper.Default.Type("Insurgents attacked the central prison and freed hundreds of inmates.")!;
        Assert.Contains(EventTag.PrisonAttack, guess.Tags);
        Assert.Contains(EventTag.PrisonBreak, guess.Tags);
    }

    [Fact]
    public void The_other_sub_type_is_reachable_for_mass_graves() =>
        Assert.Equal(SubEventType.Other, EventTyper.Default.Type("Investigators uncovered a mass grave on the outskirts of the city.")!.SubEventType);

    // ACLED: fire from afar told with fire at close range is an armed clash; remote fire alone stays a shelling.
    [Theory]
    [InlineData("Insurgents hit two army checkpoints outside Tikrit with rockets and gunfire overnight.", SubEventType.ArmedClash)]
    [InlineData("The rebels pounded the garrison with mortars and small arms fire for two hours.", SubEventType.ArmedClash)]
    [InlineData("Fighters opened fire on the outpost and fired mortars at its walls.", SubEventType.ArmedClash)]
    [InlineData("Gunmen raked the police post with machine guns and RPGs before dawn.", SubEventType.ArmedClash)]
    [InlineData("Government forces shelled the village of Kafr Nabl overnight.", SubEventType.ShellingArtilleryMissileAttack)]
    [InlineData("Militants fired rockets and mortars at the airbase, damaging a hangar.", SubEventType.ShellingArtilleryMissileAttack)]
    [InlineData("Artillery hit the northern district and the market was closed.", SubEventType.ShellingArtilleryMissileAttack)]
    public void Direct_fire_told_with_remote_fire_makes_a_clash_remote_fire_alone_a_shelling(string sentence, SubEventType expected) =>
        Assert.Equal(expected, EventTyper.Default.Type(sentence)!.SubEventType);

    [Fact]
    public void Rifles_and_rockets_found_in_a_cache_are_a_seizure_not_a_clash() =>
        Assert.Equal(SubEventType.DisruptedWeaponsUse,
            EventTyper.Default.Type("Police seized a cache of sniper rifles and rockets and machine guns in a farmhouse.")!.SubEventType);

    // Troop movements are coded Other with their tag; a withdrawal hands territory over only when a taker is told.
    [Theory]
    [InlineData("Turkish troops moved in armoured vehicles to back their allies near Jarabulus.", SubEventType.Other, EventTag.Deployment)]
    [InlineData("The army withdrew its troops from the area around the dam on Friday.", SubEventType.Other, EventTag.Withdrawal)]
    [InlineData("The garrison withdrew and rebels took the town of Saraqib.", SubEventType.NonViolentTransferOfTerritory, EventTag.Withdrawal)]
    [InlineData("Insurgents seized the border crossing after the police pulled out.", SubEventType.NonViolentTransferOfTerritory, EventTag.Withdrawal)]
    public void Troop_movements_are_other_unless_a_taker_is_told(string sentence, SubEventType expected, EventTag tag)
    {
        var guess = EventTyper.Default.Type(sentence)!;
        Assert.Equal(expected, guess.SubEventType);
        Assert.Contains(tag, guess.Tags);
    }

    [Fact]
    public void Fighting_vehicles_are_equipment_not_fighting() =>
        Assert.NotEqual(SubEventType.ArmedClash, EventTyper.Default.Type("The allies sent a column of infantry fighting vehicles to the base.")?.SubEventType);

    [Fact]
    public void Groups_described_as_fighting_tell_no_clash_but_groups_that_fought_do()
    {
        Assert.NotEqual(SubEventType.ArmedClash, EventTyper.Default.Type("Aid workers met the armed groups fighting in the valley.")?.SubEventType);
        Assert.Equal(SubEventType.ArmedClash, EventTyper.Default.Type("Armed groups were fighting in the valley on Monday.")?.SubEventType);
    }

    [Fact]
    public void Warplanes_crossing_a_border_are_no_air_strike_but_warplanes_striking_are()
    {
        Assert.NotEqual(SubEventType.AirDroneStrike, EventTyper.Default.Type("Foreign warplanes crossed into the province at dawn.")?.SubEventType);
        Assert.Equal(SubEventType.AirDroneStrike, EventTyper.Default.Type("Foreign warplanes struck the province at dawn.")?.SubEventType);
    }

    [Fact]
    public void Graduates_are_no_Grad_rockets_but_Grad_rockets_are_shelling()
    {
        Assert.Null(EventTyper.Default.Type("Jobless graduates sent a petition to the governor last week."));
        Assert.Equal(SubEventType.ShellingArtilleryMissileAttack, EventTyper.Default.Type("Grad rockets slammed into the outskirts of the town overnight.")?.SubEventType);
    }

    [Fact]
    public void Firefighters_tell_no_firefight_but_a_firefight_is_a_clash()
    {
        Assert.Null(EventTyper.Default.Type("Firefighters put out the blaze at the warehouse before dawn."));
        Assert.Equal(SubEventType.ArmedClash, EventTyper.Default.Type("A firefight broke out between the two patrols near the border.")?.SubEventType);
    }

    [Theory]
    [InlineData("Police in the provincial capital opened fire on a crowd protesting against fuel prices.", SubEventType.ExcessiveForceAgainstProtesters)]
    [InlineData("Soldiers fired live rounds to scatter the marchers outside the parliament.", SubEventType.ExcessiveForceAgainstProtesters)]
    [InlineData("Gunmen opened fire on a crowd at a wedding party in the village.", SubEventType.Attack)]
    public void Fire_opened_on_people_protesting_is_excessive_force_on_a_wedding_crowd_an_attack(string sentence, SubEventType expected) =>
        Assert.Equal(expected, EventTyper.Default.Type(sentence)?.SubEventType);

    [Theory]
    [InlineData("Militiamen ransacked the offices of the aid agency and carried off computers.", SubEventType.LootingPropertyDestruction)]
    [InlineData("Protesters ransacked the governor's residence after the vote was annulled.", SubEventType.ViolentDemonstration)]
    public void Ransacking_is_looting_unless_protesters_do_it(string sentence, SubEventType expected) =>
        Assert.Equal(expected, EventTyper.Default.Type(sentence)?.SubEventType);

    [Fact]
    public void Forces_handing_over_positions_are_a_non_violent_transfer() =>
        Assert.Equal(SubEventType.NonViolentTransferOfTerritory,
            EventTyper.Default.Type("The rebels began handing over their checkpoints on the ring road to the national army.")?.SubEventType);

    [Theory]
    [InlineData("Armed fighters seized dozens of schoolgirls from a boarding school in the north.", SubEventType.AbductionForcedDisappearance)]
    [InlineData("Armed fighters seized the district headquarters from the army after a night of fighting.", SubEventType.NonStateActorOvertakesTerritory)]
    public void Fighters_seizing_people_abduct_them_seizing_a_place_take_ground(string sentence, SubEventType expected) =>
        Assert.Equal(expected, EventTyper.Default.Type(sentence)?.SubEventType);

    [Fact]
    public void A_protest_movement_described_is_no_protest_but_its_rallies_are()
    {
        Assert.Null(EventTyper.Default.Type("The city was the cradle of the protest movement that spread across the south."));
        Assert.Equal(SubEventType.PeacefulProtest, EventTyper.Default.Type("The protest movement held rallies across the south on Friday.")?.SubEventType);
    }

    [Theory]
    [InlineData("The military government that took power two years ago has promised elections.")]
    [InlineData("The rebels who seized power in the capital were later toppled.")]
    [InlineData("Officers loyal to the colonel took power overnight.")]
    public void Power_taken_is_no_territory_taken(string sentence) =>
        Assert.True(EventTyper.Default.Type(sentence)?.SubEventType is not (SubEventType.GovernmentRegainsTerritory or SubEventType.NonStateActorOvertakesTerritory));

    [Theory]
    [InlineData("The military took the hilltop town from the rebels on Monday.", SubEventType.GovernmentRegainsTerritory)]
    [InlineData("The rebels seized the town after the garrison fled.", SubEventType.NonStateActorOvertakesTerritory)]
    public void Ground_taken_is_still_territory_taken(string sentence, SubEventType expected) =>
        Assert.Equal(expected, EventTyper.Default.Type(sentence)?.SubEventType);

    [Fact]
    public void A_vigilante_force_named_tells_no_mob_violence_but_vigilantes_lynching_do()
    {
        Assert.NotEqual(SubEventType.MobViolence,
            EventTyper.Default.Type("The elders asked a vigilante force that guards the farms to escort the traders home.")?.SubEventType);
        Assert.Equal(SubEventType.MobViolence, EventTyper.Default.Type("Vigilantes lynched two suspected cattle thieves near the market.")?.SubEventType);
    }
}
