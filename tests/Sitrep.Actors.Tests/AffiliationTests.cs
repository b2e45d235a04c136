namespace Sitrep.Actors.Tests;

/// <summary>Affiliation: the cues that name a group only to describe another actor.</summary>
public class AffiliationTests
{
    [Theory]
    [InlineData("jihadists linked to al-Qaeda", true)]
    [InlineData("a militia loyal to the army", true)]
    [InlineData("fighters Affiliated with al-Qaeda", true)]
    [InlineData("sent to al-Qaeda", false)]
    [InlineData("al-Qaeda", false)]
    [InlineData("linked, to al-Qaeda", false)]
    public void A_name_after_linked_to_or_loyal_to_follows_a_cue_of_affiliation(string text, bool cued) =>
        Assert.Equal(cued, Affiliation.Precedes(text, text.LastIndexOf(text.Contains("army") ? "army" : "al-Qaeda", StringComparison.Ordinal)));
}
