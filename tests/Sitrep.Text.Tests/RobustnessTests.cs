using Sitrep.Model;

namespace Sitrep.Text.Tests;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("99999999999999999999999999 people fled 5000 years ago.")]
    [InlineData("999,999,999,999 billion troops")]
    [InlineData("On 31 February 2022 and 0000-13-45 nothing happened.")]
    [InlineData("March 0000 and May 9999")]
    [InlineData("said said said according to according to")]
    [InlineData("\"\"\"...!!!???,,,;;;")]
    [InlineData("1,2,3,4 - - – — 5-")]
    [InlineData("the previous night the next day 400 days later")]
    [InlineData("Ünïcödé ﬁghters، قتل ١٢ شخصا")]
    public void Odd_input_never_throws(string text)
    {
        var doc = Annotate.Text(text, new DateOnly(2024, 3, 13));
        Assert.All(doc.Numbers, n => Assert.True(n.Span.End <= text.Length));
        Assert.All(doc.Times, t => Assert.True(t.Span.End <= text.Length));
        var undated = Annotate.Text(text);
        Assert.Null(undated.Published);
    }

    [Fact]
    public void Layers_are_sorted_by_offset()
    {
        var doc = Annotate.Text("The SDF said 12 fighters were killed on Monday. According to the Syrian Observatory, 40 died late Tuesday and 3 were hurt.", new DateOnly(2024, 3, 13));
        Assert.Equal(doc.Numbers.OrderBy(n => n.Span.Start), doc.Numbers);
        Assert.Equal(doc.Times.OrderBy(t => t.Span.Start), doc.Times);
        Assert.Equal(doc.Attributions.OrderBy(a => a.Cue.Start), doc.Attributions);
        Assert.Equal(doc.Hedges.OrderBy(h => h.Span.Start), doc.Hedges);
        Assert.Equal(3, doc.Numbers.Count);
    }

    [Fact]
    public void The_stage_declares_what_it_produces()
    {
        var stage = new TextAnnotator();
        Assert.Equal(Sitrep.Documents.Layers.None, stage.Requires);
        Assert.True(stage.Produces.HasFlag(Sitrep.Documents.Layers.Numbers));
        Assert.True(stage.Produces.HasFlag(Sitrep.Documents.Layers.Attributions));
    }
}

public class DiscourseTests
{
    static readonly DateOnly Published = new(2024, 3, 13);

    [Theory]
    [InlineData("The group rose in 2013 after it stormed a jail in July of that year.", "in July of that year", "2013-07-01")]
    [InlineData("In 2013 the group stormed a jail in July, freeing inmates.", "in July", "2013-07-01")]
    [InlineData("In 2013 the group grew. In July a jail was stormed.", "In July", "2023-07-01")]
    public void A_month_without_a_year_takes_the_year_of_its_sentence(string text, string expression, string from)
    {
        var mention = TimeResolver.Find(text, Published).Single(t => text.Substring(t.Span.Start, t.Span.Length) == expression);
        Assert.Equal(DateOnly.Parse(from), mention.Range?.From);
    }

    [Theory]
    [InlineData("Gunmen freed some of the estimated 3,000 militants jailed at the prison.", "estimated 3,000", QuantityKind.DetainedPopulation)]
    [InlineData("They plotted to free 5,000 captured fighters.", "5,000", QuantityKind.DetainedPopulation)]
    [InlineData("The camp held about 800 detained men.", "about 800", QuantityKind.DetainedPopulation)]
    [InlineData("Up to 200 people, including foreign fighters, had escaped.", "Up to 200", QuantityKind.Escaped)]
    [InlineData("The raid freed 300 inmates, including dozens of convicts.", "dozens", QuantityKind.Freed)]
    [InlineData("Militants set \"dozens of prisoners\" free.", "dozens", QuantityKind.Freed)]
    [InlineData("Rebels reported 27 successful or failed attacks.", "27", QuantityKind.AttacksCount)]
    [InlineData("Gunmen made a bid to free 900 inmates.", "900", QuantityKind.DetainedPopulation)]
    [InlineData("The cell planned to break out hundreds of militants.", "hundreds", QuantityKind.DetainedPopulation)]
    [InlineData("They hoped to break thousands of fighters out of the jail.", "thousands", QuantityKind.DetainedPopulation)]
    [InlineData("The raid freed 900 inmates.", "900", QuantityKind.Freed)]
    [InlineData("Scores of guards from both units are believed to have been killed.", "Scores", QuantityKind.Killed)]
    public void Kinds_are_read_past_asides_and_participles(string text, string number, QuantityKind kind)
    {
        var doc = Annotate.Text(text);
        Assert.Equal(kind, doc.Numbers.Single(n => doc[n.Span] == number).Kind);
    }

    [Theory]
    [InlineData("Gunmen made a bid to free 900 inmates.", "900", true)]
    [InlineData("Gunmen raided the jail to free some of the 700 men locked up there.", "700", true)]
    [InlineData("They plotted to free 600 detained men.", "600", true)]
    [InlineData("The assault was aimed at freeing hundreds of militants.", "hundreds", true)]
    [InlineData("The prison holds 3,500 inmates.", "3,500", false)]
    [InlineData("Gunmen freed some of the 700 men locked up at the prison.", "700", false)]
    [InlineData("Rebels tried to free 40 hostages.", "40", true)]
    [InlineData("Rebels tried to kill 40 guards.", "40", false)]
    public void Those_an_act_aims_to_free_are_its_stake_and_a_standing_count_is_not(string text, string number, bool stake)
    {
        var doc = Annotate.Text(text);
        Assert.Equal(stake, doc.Numbers.Single(n => doc[n.Span] == number).Stake);
    }

    [Theory]
    [InlineData("The envoy, James Smith, revealed that 40 men had fled.", "James Smith")]
    [InlineData("The Rojava Information Center counted the raids. The center said 5 men fled.", "Rojava Information Center")]
    [InlineData("Kurdish officials separately confirmed that 40 men fled.", "Kurdish officials")]
    [InlineData("Two guards died, according to a report issued Tuesday by the Rojava Information Center.", "Rojava Information Center")]
    [InlineData("Two guards died, according to a report on Tuesday by the Rojava Information Center.", "Rojava Information Center")]
    [InlineData("Nine men fled, according to a tally last week by the Rojava Information Center.", "Rojava Information Center")]
    [InlineData("Six guards died, according to a statement issued by the Pentagon.", "Pentagon")]
    public void Appositives_and_reports_lead_to_the_source(string text, string source)
    {
        var doc = Annotate.Text(text);
        Assert.Equal(source, doc.Attributions[^1].Source);
    }

    [Fact]
    public void A_description_with_no_named_antecedent_names_nobody()
    {
        var doc = Annotate.Text("The monitor, citing sources on the ground, said 40 men had fled.");
        Assert.Equal(["sources"], doc.Attributions.Select(a => a.Source));
    }
}
