using Sitrep.Events.Internal;
using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>Intended, threatened and possible acts, names and trends tell no event; attempts and dated acts do.</summary>
public class ModalityTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    static DocBuilder Raqqa(string text) => new DocBuilder(text, Day).Place("Raqqa", DocBuilder.Raqqa);

    // Each names a party, which is enough for a lone "attack" to be an event when it is told as done.
    [Theory]
    [InlineData("IS militants in Raqqa plan to attack army checkpoints, a commander said.")]
    [InlineData("IS vowed to attack army posts around Raqqa.")]
    [InlineData("Analysts in Raqqa said IS cells could launch fresh attacks against the army.")]
    [InlineData("Preachers in Raqqa are calling for fresh attacks by IS on army posts.")]
    [InlineData("The media wing of IS taunted the army in Raqqa, warning that more raids would follow.")]
    [InlineData("Officials in Raqqa gave orders for police units to capture IS inmates who are still at large.")]
    public void An_act_only_planned_threatened_called_for_or_possible_is_no_event(string text) =>
        Assert.Empty(Raqqa(text).Actor("IS", "Islamic State").Extract());

    [Theory]
    [InlineData("IS militants in Raqqa attacked army checkpoints, a commander said.")]
    [InlineData("IS militants in Raqqa tried to attack army checkpoints, a commander said.")]
    [InlineData("Officials in Raqqa said police units captured IS inmates who were still at large.")]
    public void An_act_carried_out_or_attempted_is_an_event(string text) =>
        Assert.Single(Raqqa(text).Actor("IS", "Islamic State").Extract());

    [Fact]
    public void An_attempt_to_free_inmates_is_an_event()
    {
        var e = Assert.Single(Raqqa("Gunmen attacked the central jail in Raqqa on Monday in an attempt to free inmates.")
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Contains(EventTag.PrisonBreak, e.Tags);
    }

    [Fact]
    public void An_assault_launched_to_free_inmates_is_an_assault_but_no_prison_break()
    {
        var e = Assert.Single(Raqqa("Gunmen launched an attack on the central jail in Raqqa on Monday to free inmates.")
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Contains(EventTag.PrisonAttack, e.Tags);
        Assert.DoesNotContain(EventTag.PrisonBreak, e.Tags);
    }

    [Fact]
    public void A_thwarted_plot_to_free_inmates_is_a_foiled_plot_not_a_prison_break()
    {
        var e = Assert.Single(Raqqa("Police in Raqqa said on Monday that a plot to free inmates from the central jail had been thwarted.")
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(SubEventType.DisruptedWeaponsUse, e.SubEventType);
        Assert.Contains(EventTag.PlotFoiled, e.Tags);
        Assert.DoesNotContain(EventTag.PrisonBreak, e.Tags);
    }

    [Theory]
    [InlineData("tried to", true)]
    [InlineData("threatened to", false)]
    [InlineData("led to", true)]
    [InlineData("is ready to", false)]
    public void The_word_before_to_decides_whether_the_act_happened(string frame, bool told)
    {
        var text = $"the cells {frame} attack the post";
        var words = Words.Split(text, 0, text.Length);
        int trigger = words.FindIndex(w => w.Text == "attack");
        Assert.Equal(!told, Lexicon.Default.Modality.IsIrrealis(words, trigger));
    }

    [Fact]
    public void To_before_a_noun_is_no_purpose()
    {
        var words = Words.Split("a return to clashes", 0, 19);
        Assert.False(Lexicon.Default.Modality.IsIrrealis(words, 3));
    }

    [Fact]
    public void A_capitalised_trigger_inside_a_title_is_no_act() =>
        Assert.Empty(Raqqa("On Tuesday the Deputy Envoy for Raqqa Engagement met SDF commanders.")
            .Actor("SDF", "Syrian Democratic Forces").Time("On Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());

    [Fact]
    public void The_same_word_in_lower_case_is_an_act()
    {
        var e = Assert.Single(Raqqa("On Tuesday troops engaged militants near Raqqa, killing four.")
            .Time("On Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
    }

    [Theory]
    [InlineData("On Monday the Special Representative for Syria Engagement told lawmakers of it.", "Engagement", true)]
    [InlineData("Gunmen Attack Prison In Raqqa, Free Dozens", "Attack", false)]
    [InlineData("Raids continued overnight in Raqqa.", "Raids", false)]
    [InlineData("He said: \"Clashes go on in Raqqa.\"", "Clashes", false)]
    public void A_name_is_a_run_of_capitalised_words_in_prose(string text, string word, bool inName) =>
        Assert.Equal(inName, ProperNames.IsNameWord(text, new Documents.TextSpan(0, text.Length), text.IndexOf(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The group has been stepping up its raids on army convoys near Raqqa.")]
    [InlineData("The militia has been mobilizing thousands of fighters around Raqqa in recent years.")]
    [InlineData("Monitors have recorded a growing number of raids around Raqqa.")]
    [InlineData("Its rule, at its peak spanning Raqqa and the border, collapsed under air strikes.")]
    public void A_trend_or_state_is_no_incident(string text) => Assert.Empty(Raqqa(text).Extract());

    [Theory]
    [InlineData("Traders have protested in Raqqa almost every week against the price of bread.")]
    [InlineData("Army posts near Raqqa came under IS mortar fire every few days.")]
    [InlineData("Mines killed or maimed 300 civilians around Raqqa in the first half of the year, a monitor said.")]
    public void A_pattern_or_a_toll_over_half_a_year_is_no_incident(string text) => Assert.Empty(Named(text).Extract());

    [Theory]
    [InlineData("Traders protested in Raqqa on Monday against the price of bread.")]
    [InlineData("Army posts near Raqqa came under IS mortar fire on Monday.")]
    [InlineData("A mine killed three civilians near Raqqa on Monday, a monitor said.")]
    public void The_same_acts_told_once_on_a_day_are_events(string text) =>
        Assert.Single(Named(text).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());

    [Fact]
    public void An_act_someone_is_arrested_for_is_no_event_of_its_own_but_the_arrest_is()
    {
        var e = Assert.Single(Raqqa("Forty men were arrested for looting shops and burning a checkpoint in Raqqa, police said.").Extract());
        Assert.Equal(SubEventType.Arrests, e.SubEventType);
    }

    [Theory]
    [InlineData("Two men were convicted of bombing a bus station in Raqqa.")]
    [InlineData("Two men suspected of bombing a bus station in Raqqa are at large.")]
    public void An_act_charged_is_an_allegation_not_an_incident(string text) => Assert.Empty(Raqqa(text).Extract());

    [Fact]
    public void Looters_and_burners_told_as_such_are_an_event() =>
        Assert.NotEmpty(Raqqa("Men in Raqqa looted shops and burned a checkpoint.").Extract());

    static DocBuilder Named(string text) => text.Contains("IS ", StringComparison.Ordinal) ? Raqqa(text).Actor("IS", "Islamic State") : Raqqa(text);

    [Fact]
    public void A_dated_incident_told_in_the_progressive_is_an_event() =>
        Assert.Single(Raqqa("Militants had been shelling army posts in Raqqa for hours on Monday when troops hit back.")
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
}
