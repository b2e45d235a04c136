using Sitrep.Model;

namespace Sitrep.Text.Tests;

public class QuantityKindTests
{
    [Theory]
    [InlineData("Militants killed 11 soldiers near the dam.", "11", QuantityKind.Killed)]
    [InlineData("Eleven soldiers were killed near the dam.", "Eleven", QuantityKind.Killed)]
    [InlineData("The death toll rose to 40 on Sunday.", "40", QuantityKind.Killed)]
    [InlineData("The toll reached 57 by evening.", "57", QuantityKind.Killed)]
    [InlineData("Nearly 35 jihadists were killed in the fighting.", "Nearly 35", QuantityKind.Killed)]
    [InlineData("The raid left 23 dead.", "23", QuantityKind.Killed)]
    [InlineData("At least nine people died in the blast.", "At least nine", QuantityKind.Killed)]
    [InlineData("The attack, which killed at least 23 police officers, lasted hours.", "at least 23", QuantityKind.Killed)]
    [InlineData("Gunmen killed 3 guards and 2 cooks.", "3 guards and 2 cooks", QuantityKind.Killed)]
    [InlineData("Officials counted 14 fatalities.", "14", QuantityKind.Killed)]
    [InlineData("A bomb wounded 8 shoppers.", "8", QuantityKind.Injured)]
    [InlineData("Four bystanders were injured.", "Four", QuantityKind.Injured)]
    [InlineData("The blast hit the market, wounding several fighters.", "several", QuantityKind.Injured)]
    [InlineData("Twelve were hurt in the crush.", "Twelve", QuantityKind.Injured)]
    [InlineData("Up to 500 inmates had escaped by Monday.", "Up to 500", QuantityKind.Escaped)]
    [InlineData("Over 100 prisoners are now on the loose.", "Over 100", QuantityKind.Escaped)]
    [InlineData("About 60 detainees escaped from the jail.", "About 60", QuantityKind.Escaped)]
    [InlineData("Dozens of inmates fled the compound.", "Dozens", QuantityKind.Escaped)]
    [InlineData("Police hunted 14 escapees in the hills.", "14", QuantityKind.Escaped)]
    [InlineData("Some 30 convicts remain at large.", "Some 30", QuantityKind.Escaped)]
    [InlineData("Troops recaptured 89 detainees overnight.", "89", QuantityKind.Recaptured)]
    [InlineData("By dawn 75 fugitives had been recaptured.", "75", QuantityKind.Recaptured)]
    [InlineData("The assault set dozens of militants free.", "dozens", QuantityKind.Freed)]
    [InlineData("Rebels freed 40 hostages.", "40", QuantityKind.Freed)]
    [InlineData("The court released 200 prisoners.", "200", QuantityKind.Freed)]
    [InlineData("The jail, holding more than 12,000 suspects, was hit.", "more than 12,000", QuantityKind.DetainedPopulation)]
    [InlineData("The camp houses about 50,000 people.", "about 50,000", QuantityKind.DetainedPopulation)]
    [InlineData("The prison holds 3,500 inmates.", "3,500", QuantityKind.DetainedPopulation)]
    [InlineData("More than 100 fighters launched the assault at dusk.", "More than 100", QuantityKind.Attackers)]
    [InlineData("Roughly 20 gunmen stormed the checkpoint.", "Roughly 20", QuantityKind.Attackers)]
    [InlineData("Guards faced 30 attackers.", "30", QuantityKind.Attackers)]
    [InlineData("Police arrested 15 suspects.", "15", QuantityKind.Arrested)]
    [InlineData("Seven men were detained at the border.", "Seven", QuantityKind.Arrested)]
    [InlineData("Troops captured 6 militants.", "6", QuantityKind.Arrested)]
    [InlineData("The monitor recorded 27 attacks in the week.", "27", QuantityKind.AttacksCount)]
    [InlineData("The cells launched as many as 13 attacks in October.", "as many as 13", QuantityKind.AttacksCount)]
    [InlineData("There were four bombings in the city.", "four", QuantityKind.AttacksCount)]
    [InlineData("Some 40 fighters surrendered to the army.", "Some 40", QuantityKind.Surrendered)]
    [InlineData("Over 300 militants gave themselves up.", "Over 300", QuantityKind.Surrendered)]
    [InlineData("The fighting displaced 10,000 people.", "10,000", QuantityKind.Displaced)]
    [InlineData("Thousands of families fled their homes.", "Thousands", QuantityKind.Displaced)]
    [InlineData("Militants freed multiple captives.", "multiple", QuantityKind.Freed)]
    [InlineData("Police seized 40 weapons in the raid.", "40", QuantityKind.Other)]
    [InlineData("Two car bombs went off at the gate.", "Two", QuantityKind.Other)]
    [InlineData("Two rockets killed five people.", "Two", QuantityKind.Other)]
    [InlineData("Two rockets killed five people.", "five", QuantityKind.Killed)]
    [InlineData("Troops found scores of rifles, mortars and grenades.", "scores", QuantityKind.Other)]
    [InlineData("The army put the number of attackers at about 30.", "about 30", QuantityKind.Attackers)]
    [InlineData("The ministry raised the number of wounded to 48.", "48", QuantityKind.Injured)]
    [InlineData("Eleven demonstrators were treated for tear gas.", "Eleven", QuantityKind.Injured)]
    [InlineData("The gunmen killed and wounded more than 15 villagers.", "more than 15", QuantityKind.Other)]
    [InlineData("Some 30 people were killed or wounded in the raid.", "Some 30", QuantityKind.Other)]
    [InlineData("Thousands of people rallied in the capital.", "Thousands", QuantityKind.Other)]
    [InlineData("Police used water cannon to disperse hundreds of students.", "hundreds", QuantityKind.Other)]
    [InlineData("The floods forced tens of thousands of villagers to flee.", "tens of thousands", QuantityKind.Displaced)]
    [InlineData("It was one of thousands of shells fired at the town.", "thousands", null)]
    [InlineData("Police shot dead 12 students near the campus.", "12", QuantityKind.Killed)]
    [InlineData("A crowd beat two suspects to death.", "two", QuantityKind.Killed)]
    [InlineData("Medics took 18 people to hospital.", "18", QuantityKind.Injured)]
    [InlineData("Bandits abducted dozens of pupils from the school.", "dozens", QuantityKind.Other)]
    [InlineData("The army said 40 insurgents were neutralised.", "40", QuantityKind.Killed)]
    [InlineData("Organisers put the turnout at 5,000.", "5,000", QuantityKind.Other)]
    [InlineData("The blaze gutted 12 homes.", "12", QuantityKind.Other)]
    [InlineData("The agency put the number of missing at 35.", "35", QuantityKind.Other)]
    [InlineData("Two fighters fired rockets at the base.", "Two", null)]
    [InlineData("Multiple sources confirmed the blast.", "Multiple", null)]
    public void The_words_around_a_number_say_what_it_counts(string text, string number, QuantityKind? kind)
    {
        var doc = Annotate.Text(text);
        var mention = doc.Numbers.Single(n => doc[n.Span] == number);
        Assert.Equal(kind, mention.Kind);
    }

    [Theory]
    [InlineData("No soldiers were killed in the raid.", QuantityKind.Killed)]
    [InlineData("No one was hurt in the blast.", QuantityKind.Injured)]
    [InlineData("No American service members were injured.", QuantityKind.Injured)]
    [InlineData("No prisoners escaped during the riot.", QuantityKind.Escaped)]
    public void No_with_a_counted_outcome_is_a_zero(string text, QuantityKind kind)
    {
        var doc = Annotate.Text(text);
        var zero = Assert.Single(doc.Numbers);
        Assert.Equal((0L, 0L, kind), (zero.Range.Min!.Value, zero.Range.Max!.Value, zero.Kind!.Value));
    }

    [Theory]
    [InlineData("There was no immediate claim of responsibility.")]
    [InlineData("No. 4 brigade moved in.")]
    [InlineData("He had no comment.")]
    public void No_without_a_counted_outcome_is_not_a_number(string text)
    {
        Assert.Empty(Annotate.Text(text).Numbers);
    }

    [Theory]
    [InlineData("Officials gave 12 briefings.", "12")]
    [InlineData("The convoy had 40 trucks.", "40")]
    [InlineData("They visited 3 villages.", "3")]
    public void A_number_without_a_cue_has_no_kind(string text, string number)
    {
        var doc = Annotate.Text(text);
        Assert.Null(doc.Numbers.Single(n => doc[n.Span] == number).Kind);
    }

    [Theory]
    [InlineData("Militants killed at least 17 Kurdish security forces.", "Kurdish security forces")]
    [InlineData("Dozens of IS fighters escaped.", "IS fighters")]
    [InlineData("Troops recaptured 89 detainees overnight.", "detainees")]
    [InlineData("Eleven soldiers were killed.", "soldiers")]
    [InlineData("More than 100 fighters launched the assault.", "fighters")]
    [InlineData("They held 5 of the guards.", "guards")]
    public void The_counted_noun_phrase_is_marked(string text, string counted)
    {
        var doc = Annotate.Text(text);
        var mention = Assert.Single(doc.Numbers);
        Assert.NotNull(mention.Counted);
        Assert.Equal(counted, doc[mention.Counted.Value]);
    }
}
