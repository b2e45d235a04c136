using Sitrep.Events.Internal;

namespace Sitrep.Events.Tests;

public class TriggerMatcherTests
{
    static Trigger Trigger(params PatternElement[] pattern) => new(pattern, null, 1, [], "test", "test:1");

    [Fact]
    public void A_prefix_trigger_matches_any_word_it_opens_and_a_set_matches_any_member()
    {
        var weapons = new SetElement("&ARMS", [new ExactElement("mortar"), new PrefixElement("rocket")]);
        var matcher = new TriggerMatcher([Trigger(new PrefixElement("shell")), Trigger(weapons, new ExactElement("fire"))]);
        const string text = "Troops shelled the town and answered rockets fire.";
        var found = matcher.Find(Words.Split(text, 0, text.Length));
        Assert.Equal(["shelled", "rockets fire"], found.Select(m => text[m.Span.Start..m.Span.End]));
    }

    [Fact]
    public void A_word_shorter_than_a_prefix_key_matches_no_prefix_trigger()
    {
        var matcher = new TriggerMatcher([Trigger(new PrefixElement("shell"))]);
        Assert.Empty(matcher.Find(Words.Split("She sh shel.", 0, 12)));
    }
}
