using Sitrep.Model;

namespace Sitrep.Text.Tests;

public class AttributionTests
{
    [Theory]
    [InlineData("At least 12 guards died, according to the Britain-based Syrian Observatory for Human Rights.", "Syrian Observatory for Human Rights", "according to")]
    [InlineData("According to SOHR, 40 fighters were killed.", "Syrian Observatory for Human Rights", "According to")]
    [InlineData("The SDF said 89 inmates were recaptured.", "Syrian Democratic Forces", "said")]
    [InlineData("The Syrian Democratic Forces said in a statement that the jail was secured.", "Syrian Democratic Forces", "said")]
    [InlineData("Reuters reported that six people died.", "Reuters", "reported")]
    [InlineData("The AP reports that a second blast hit the town.", "Associated Press", "reports")]
    [InlineData("Pentagon spokesman John Kirby said the raid was over.", "Pentagon", "said")]
    [InlineData("\"The raid is over,\" said the Pentagon.", "Pentagon", "said")]
    [InlineData("The SDF told CNN that 23 guards died.", "Syrian Democratic Forces", "told CNN")]
    [InlineData("The SDF confirmed the toll.", "Syrian Democratic Forces", "confirmed")]
    [InlineData("The Islamic State claimed the bombing.", "Islamic State", "claimed")]
    [InlineData("The Pentagon estimated that 200 fighters took part.", "Pentagon", "estimated")]
    [InlineData("The toll stood at 40, by the Syrian Observatory's figures.", "Syrian Observatory for Human Rights", "figures")]
    [InlineData("The toll stood at 40 in a tally by the Syrian Observatory.", "Syrian Observatory for Human Rights", "tally by")]
    [InlineData("Analysts cited figures from the Rojava Information Center.", "Rojava Information Center", "figures from")]
    [InlineData("Farhad Shami said the fighting had stopped.", "Farhad Shami", "said")]
    [InlineData("SDF spokesman Farhad Shami said the fighting had stopped.", "Syrian Democratic Forces", "said")]
    [InlineData("The SDF has also said it lost nine men.", "Syrian Democratic Forces", "said")]
    [InlineData("AFP reported a second attack.", "AFP", "reported")]
    [InlineData("Officials said the road was closed.", "Officials", "said")]
    [InlineData("Forty detainees fled, according to a Tuesday report from the Hawar Monitoring Network.", "Hawar Monitoring Network", "according to")]
    public void Sources_are_found_and_named_canonically(string text, string source, string cue)
    {
        var doc = Annotate.Text(text);
        var a = Assert.Single(doc.Attributions);
        Assert.Equal(source, a.Source);
        Assert.Equal(cue, doc[a.Cue]);
    }

    [Theory]
    [InlineData("The Syrian Observatory for Human Rights counted 40 dead. The monitor said the toll would rise.", "Syrian Observatory for Human Rights")]
    [InlineData("The Syrian Observatory for Human Rights counted 40 dead. The Observatory said the toll would rise.", "Syrian Observatory for Human Rights")]
    [InlineData("The SDF said the jail was retaken. It said 20 guards died.", "Syrian Democratic Forces")]
    [InlineData("Forty detainees fled, according to a report on Monday by the pro-Kurdish Hawar Monitoring Network. The report said guards had left.", "Hawar Monitoring Network")]
    [InlineData("Pentagon spokesman John Kirby said the raid was over. He said no troops were hurt.", "Pentagon")]
    [InlineData("The Islamic State claimed the attack. The group said it freed 100 men.", "Islamic State")]
    public void Pronouns_and_descriptions_go_back_to_the_last_named_source(string text, string source)
    {
        var doc = Annotate.Text(text);
        Assert.Equal(source, doc.Attributions[^1].Source);
        Assert.Equal(doc.Sentences[^1].Span, doc.Attributions[^1].Scope);
    }

    [Theory]
    [InlineData("He said the road was closed.")]
    [InlineData("Gunmen stormed the jail at night.")]
    [InlineData("The attack was said to be the largest in years.")]
    public void Nothing_is_attributed_without_a_named_source(string text)
    {
        var doc = Annotate.Text(text);
        Assert.Empty(doc.Attributions);
    }

    [Fact]
    public void Nested_reporting_keeps_each_attribution()
    {
        var doc = Annotate.Text("The AP reports that the SDF confirmed the toll.");
        Assert.Equal(["Associated Press", "Syrian Democratic Forces"], doc.Attributions.Select(a => a.Source));
    }

    [Fact]
    public void The_source_span_is_the_source_as_written()
    {
        var doc = Annotate.Text("According to the Britain-based Syrian Observatory for Human Rights, 40 died.");
        Assert.Equal("the Britain-based Syrian Observatory for Human Rights", doc[doc.Attributions[0].SourceSpan]);
    }
}

public class HedgeTests
{
    [Theory]
    [InlineData("There were unconfirmed reports of a second blast.", "unconfirmed", Certainty.Unconfirmed)]
    [InlineData("The figures were not immediately confirmed.", "not immediately confirmed", Certainty.Unconfirmed)]
    [InlineData("The claim could not be verified.", "not be verified", Certainty.Unconfirmed)]
    [InlineData("The toll could not be independently verified.", "not be independently verified", Certainty.Unconfirmed)]
    [InlineData("There was no immediate claim of responsibility.", "no immediate claim", Certainty.Unconfirmed)]
    [InlineData("The group claimed responsibility for the blast.", "claimed responsibility", Certainty.Claimed)]
    [InlineData("The militants boasted of the escape.", "boasted", Certainty.Claimed)]
    [InlineData("The ministry denied the report.", "denied", Certainty.Denied)]
    [InlineData("The army confirmed the toll.", "confirmed", Certainty.Confirmed)]
    [InlineData("Suspected militants planted the bomb.", "Suspected", Certainty.Reported)]
    [InlineData("It was an apparent suicide attack.", "apparent", Certainty.Reported)]
    [InlineData("The men are believed to be foreign fighters.", "believed to be", Certainty.Reported)]
    [InlineData("The guards were reportedly bribed.", "reportedly", Certainty.Reported)]
    [InlineData("The man allegedly led the cell.", "allegedly", Certainty.Reported)]
    public void Certainty_cues_are_found_with_the_sentence_as_scope(string text, string cue, Certainty certainty)
    {
        var doc = Annotate.Text(text);
        var hedge = Assert.Single(doc.Hedges);
        Assert.Equal(cue, doc[hedge.Span]);
        Assert.Equal(certainty, hedge.Certainty);
        Assert.Equal(doc.Sentences[0].Span, hedge.Scope);
    }

    [Fact]
    public void Hedges_keep_to_their_own_sentence()
    {
        var doc = Annotate.Text("The army confirmed the toll. Rebels denied it.");
        Assert.Equal([doc.Sentences[0].Span, doc.Sentences[1].Span], doc.Hedges.Select(h => h.Scope));
    }

    [Fact]
    public void A_plain_sentence_between_two_of_one_sources_statements_is_that_sources_account()
    {
        var doc = Annotate.Text("The SDF said in a statement that its units raided a hideout. Two militants were killed in the raid. SDF officials further said rifles were seized.");
        var killed = Assert.Single(doc.Numbers);
        var covering = doc.Attributions.Where(a => a.Scope.Contains(killed.Span)).ToList();
        Assert.Equal("Syrian Democratic Forces", Assert.Single(covering).Source);
    }

    [Theory]
    [InlineData("The SDF said in a statement that its units raided a hideout. Two militants were killed in the raid. The Pentagon said rifles were seized.")]
    [InlineData("The SDF said in a statement that its units raided a hideout. \"Two militants were killed,\" a resident wrote. SDF officials further said rifles were seized.")]
    [InlineData("Two militants were killed in the raid. SDF officials said rifles were seized.")]
    public void A_plain_sentence_is_not_given_a_source_unless_one_source_speaks_on_both_sides(string text)
    {
        var doc = Annotate.Text(text);
        var killed = doc.Numbers.First(n => doc[n.Span] == "Two");
        Assert.DoesNotContain(doc.Attributions, a => a.Scope.Contains(killed.Span) && a.Source == "Syrian Democratic Forces");
    }
}
