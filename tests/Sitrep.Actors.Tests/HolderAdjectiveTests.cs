namespace Sitrep.Actors.Tests;

/// <summary>holders.tsv: adjectives that name, in one country, the force holding places and detainees.</summary>
public sealed class HolderAdjectiveTests : IDisposable
{
    const string ActorsFile = "canonical\tkind\tcountry\taliases\tvalid_from\tvalid_to\tgloss\tadded_by\tadded\n"
        + "Order of the Grey Lantern\trebel_group\tXA\t\t\t\tInvented.\troles\t2026-12-07\n";
    const string HoldersHeader = "adjective\tcountry\tholder\tgloss\tadded_by\tadded\n";
    readonly TempActorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    ActorDictionary Load(string holders) => _folder.Load(ActorsFile, "holders.tsv", HoldersHeader + holders);

    [Fact]
    public void An_adjective_in_any_case_gives_the_holder_only_in_its_country()
    {
        var dictionary = Load("Lanternish\tXA\tOrder of the Grey Lantern\tInvented.\troles\t2026-12-07\n");
        Assert.Equal("Order of the Grey Lantern", dictionary.HolderOf("lanternish", "XA"));
        Assert.Equal("Order of the Grey Lantern", dictionary.HolderOf("Lanternish", "xa"));
        Assert.Null(dictionary.HolderOf("lanternish", "XB"));
        Assert.Null(dictionary.HolderOf("lanternish", null));
    }

    [Fact]
    public void A_holder_that_is_no_entry_is_rejected_with_file_and_line()
    {
        var message = Assert.Throws<SitrepException>(() => Load("Lanternish\tXA\tGrey Order\tInvented.\troles\t2026-12-07\n")).Message;
        Assert.Contains("holders.tsv:2", message);
        Assert.Contains("'Grey Order' is not an entry", message);
    }

    [Fact]
    public void The_shipped_holders_name_the_Kurdish_forces_of_Syria_and_Iraq()
    {
        Assert.Equal("Syrian Democratic Forces", ActorDictionary.Default.HolderOf("kurdish", "SY"));
        Assert.Equal("Peshmerga", ActorDictionary.Default.HolderOf("kurdish", "IQ"));
        Assert.Null(ActorDictionary.Default.HolderOf("kurdish", "TR"));
        Assert.Equal("SY", ActorDictionary.Default.CountryOfDemonym("syrian"));
    }
}
