using Sitrep.Documents;
using static Sitrep.Actors.Tests.TestDictionary;

namespace Sitrep.Actors.Tests;

/// <summary>The shipped data/actors loads (which checks columns, kinds, dates, unique canonicals and one canonical per alias) and covers the gold schema.</summary>
public class ShippedDataTests
{
    static ActorDictionary Shipped => ActorDictionary.Default;

    [Theory]
    [InlineData("Islamic State")]
    [InlineData("Syrian Democratic Forces")]
    [InlineData("US-led coalition")]
    [InlineData("Turkish military")]
    [InlineData("Syrian National Army")]
    [InlineData("Syrian government forces")]
    [InlineData("Iraqi security forces")]
    [InlineData("Russian military")]
    [InlineData("US military")]
    [InlineData("Israeli military")]
    [InlineData("Hayat Tahrir al-Sham")]
    [InlineData("Kurdistan Workers' Party")]
    [InlineData("Popular Mobilization Forces")]
    [InlineData("Civilians (Syria)")]
    [InlineData("Civilians (Iraq)")]
    [InlineData("Protesters (Syria)")]
    [InlineData("Protesters (Iraq)")]
    [InlineData("Government of Turkey")]
    [InlineData("Government of the United States")]
    [InlineData("Government of Iraq")]
    [InlineData("Nigerian military")]
    [InlineData("Nigeria Police Force")]
    [InlineData("Malian military")]
    [InlineData("Government of Yemen")]
    [InlineData("Civilians (Nigeria)")]
    [InlineData("Protesters (Nigeria)")]
    [InlineData("Civilians (Burkina Faso)")]
    [InlineData("Civilians (Somalia)")]
    [InlineData("Rioters (Lebanon)")]
    [InlineData("Rioters (Nigeria)")]
    public void Gold_schema_canonical_name_is_an_entry(string canonical)
    {
        Assert.Contains(Shipped.Entries, e => e.Canonical == canonical);
    }

    [Theory]
    [InlineData("IS", "Islamic State")]
    [InlineData("ISIS", "Islamic State")]
    [InlineData("ISIL", "Islamic State")]
    [InlineData("Daesh", "Islamic State")]
    [InlineData("Da'esh", "Islamic State")]
    [InlineData("Isis", "Islamic State")]
    [InlineData("Islamic State's", "Islamic State")]
    [InlineData("SDF", "Syrian Democratic Forces")]
    [InlineData("Kurdish-led forces", "Syrian Democratic Forces")]
    [InlineData("Asayish", "Syrian Democratic Forces")]
    [InlineData("international coalition", "US-led coalition")]
    [InlineData("Operation Inherent Resolve", "US-led coalition")]
    [InlineData("CJTF-OIR", "US-led coalition")]
    [InlineData("coalition forces", "US-led coalition")]
    [InlineData("Turkish troops", "Turkish military")]
    [InlineData("Turkish-backed Syrian fighters", "Syrian National Army")]
    [InlineData("pro-Assad forces", "Syrian government forces")]
    [InlineData("troops loyal to Bashar al-Assad", "Syrian government forces")]
    [InlineData("Syrian Arab Army", "Syrian government forces")]
    [InlineData("Iraqi soldiers", "Iraqi security forces")]
    [InlineData("Counter Terrorism Service", "Iraqi security forces")]
    [InlineData("Russian forces", "Russian military")]
    [InlineData("U.S. troops", "US military")]
    [InlineData("PKK", "Kurdistan Workers' Party")]
    [InlineData("Hashd al-Shaabi", "Popular Mobilization Forces")]
    [InlineData("SOHR", "Syrian Observatory for Human Rights")]
    [InlineData("Britain-based war monitor", "Syrian Observatory for Human Rights")]
    [InlineData("AP", "Associated Press")]
    [InlineData("Voice of America", "VOA")]
    [InlineData("US Department of Defense", "Pentagon")]
    [InlineData("Nigerian troops", "Nigerian military")]
    [InlineData("Nigerian Air Force", "Nigerian military")]
    [InlineData("Nigerian police", "Nigeria Police Force")]
    [InlineData("Civilian JTF", "Civilian Joint Task Force")]
    [InlineData("FAMa", "Malian military")]
    [InlineData("Burkinabe soldiers", "Burkinabe military")]
    [InlineData("VDP", "Volunteers for the Defence of the Homeland")]
    [InlineData("Somali troops", "Somali National Army")]
    [InlineData("Yemeni army", "Yemeni government forces")]
    [InlineData("Presidential Leadership Council", "Government of Yemen")]
    [InlineData("Malian junta", "Government of Mali")]
    [InlineData("Islamic State in the Greater Sahara", "Islamic State Sahel Province")]
    [InlineData("Group to Support Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("Shabaab", "al-Shabaab")]
    [InlineData("Houthi fighters", "Houthis")]
    [InlineData("Taliban security forces", "Taliban")]
    public void Alias_finds_its_canonical(string alias, string canonical)
    {
        Assert.Equal(canonical, Shipped.Find(alias)?.Canonical);
    }

    [Fact]
    public void Every_canonical_name_finds_its_own_entry()
    {
        Assert.All(Shipped.Entries, e => Assert.Same(e, Shipped.Find(e.Canonical)));
    }

    [Theory]
    [InlineData("is")]
    [InlineData("Is")]
    [InlineData("ap")]
    [InlineData("it")]
    [InlineData("us")]
    public void Common_word_is_not_an_acronym(string word)
    {
        Assert.Null(Shipped.Find(word));
    }

    [Fact]
    public void Every_description_candidate_is_an_armed_or_reporting_actor_and_every_entry_has_a_gloss()
    {
        Assert.All(Shipped.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Gloss), e.Origin));
        Assert.Contains(Shipped.Descriptions, d => d.Phrase == "the jihadist group" && d.Candidates.Contains("Islamic State"));
        Assert.Contains(Shipped.Descriptions, d => d.Phrase == "the Kurds' de-facto army" && d.Candidates.SequenceEqual(["Syrian Democratic Forces"]));
    }

    [Theory]
    [InlineData("SY", "Civilians (Syria)", "Protesters (Syria)")]
    [InlineData("iq", "Civilians (Iraq)", "Protesters (Iraq)")]
    [InlineData("NG", "Civilians (Nigeria)", "Protesters (Nigeria)")]
    [InlineData("BF", "Civilians (Burkina Faso)", "Protesters (Burkina Faso)")]
    [InlineData("SO", "Civilians (Somalia)", "Protesters (Somalia)")]
    [InlineData(null, "Civilians", "Protesters")]
    public void Civilians_and_protesters_are_named_after_the_country(string? iso2, string civilians, string protesters)
    {
        Assert.Equal(civilians, ActorDictionary.CiviliansOf(iso2));
        Assert.Equal(protesters, ActorDictionary.ProtestersOf(iso2));
    }

    [Fact]
    public void Recognizer_reads_a_written_report_with_the_shipped_data()
    {
        var text = "IS fighters stormed a prison held by the SDF's police on Thursday. The jihadist group said it freed dozens, " +
                   "the Britain-based war monitor reported, while Turkish-backed rebels shelled villages and it is unclear what the AP saw.";
        Assert.Equal(["IS=Islamic State", "SDF=Syrian Democratic Forces", "The jihadist group=Islamic State",
                      "Britain-based war monitor=Syrian Observatory for Human Rights", "Turkish-backed rebels=Syrian National Army", "AP=Associated Press"],
            Recognize(Shipped, text));
    }

    [Fact]
    public void The_forces_of_the_Sahel_and_Lake_Chad_are_told_apart_from_the_groups_they_fight()
    {
        var text = "Malian soldiers and Wagner fighters retook the town from JNIM, while Nigerian police arrested ISWAP suspects and Boko Haram fighters raided a camp.";
        Assert.Equal(["Malian soldiers=Malian military", "Wagner fighters=Wagner Group", "JNIM=Jama'at Nusrat al-Islam wal-Muslimin",
                      "Nigerian police=Nigeria Police Force", "ISWAP=Islamic State West Africa Province", "Boko Haram fighters=Boko Haram"],
            Recognize(Shipped, text));
    }

    [Fact]
    public void The_group_after_a_monitor_still_means_the_armed_group()
    {
        var text = "Daesh gunmen raided a checkpoint, the Syrian Observatory for Human Rights said, in the group's third attack this week.";
        Assert.Equal(["Daesh=Islamic State", "Syrian Observatory for Human Rights=Syrian Observatory for Human Rights", "the group=Islamic State"],
            Recognize(Shipped, text));
    }

    [Fact]
    public void Jihadists_without_an_article_mean_the_jihadist_group_named_before()
    {
        var text = "HTS ruled Idlib for years. Kurdish forces drove the last die-hard jihadists out of the village.";
        Assert.Equal(["HTS=Hayat Tahrir al-Sham", "jihadists=Hayat Tahrir al-Sham"], Recognize(Shipped, text));
    }

    [Fact]
    public void Kurdish_forces_mean_the_Kurdish_force_named_last()
    {
        var text = "Peshmerga units held Makhmour while the SDF guarded Hasakah; Kurdish forces there repelled the raid.";
        Assert.Equal(["Peshmerga=Peshmerga", "SDF=Syrian Democratic Forces", "Kurdish forces=Syrian Democratic Forces"], Recognize(Shipped, text));
        Assert.Equal(["Kurdish forces=Peshmerga"], Recognize(Shipped, "Peshmerga units held Makhmour. Kurdish forces there repelled the raid.").Skip(1));
    }

    [Fact]
    public void Country_possessive_and_demonym_phrases_name_the_state_force()
    {
        Assert.Equal(["Turkey's army=Turkish military", "Iraqi jets=Iraqi security forces", "Russia’s warplanes=Russian military"],
            Recognize(Shipped, "Turkey's army advanced as Iraqi jets and Russia’s warplanes struck."));
    }

    [Fact]
    public void Common_words_and_lower_case_spellings_are_no_actors()
    {
        Assert.Empty(Recognize(Shipped, "It is what it is, he told us: the observatory site on the hill is independent, and the guardian of the fars valley was a hashed wagner fan."));
    }
}
