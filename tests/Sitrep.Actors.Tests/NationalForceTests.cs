namespace Sitrep.Actors.Tests;

/// <summary>forces.tsv: each country's main state force and the demonyms that stand for it.</summary>
public sealed class NationalForceTests : IDisposable
{
    const string ActorsFile = "canonical\tkind\tcountry\taliases\tvalid_from\tvalid_to\tgloss\tadded_by\tadded\n"
        + "Valdorian army\tstate_force\tXA\t\t\t\tInvented.\troles\t2026-12-07\n"
        + "Iron Tide\tjihadist_group\tXA\t\t\t\tInvented.\troles\t2026-12-07\n"
        + "Valdorian council\tgovernment\tXA\t\t\t\tInvented.\thistory\t2026-12-07\n";
    const string ForcesHeader = "country\tdemonyms\tstate_force\tgovernment\tpolice\tgloss\tadded_by\tadded\n";
    readonly TempActorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string LoadFails(string forces) => Assert.Throws<SitrepException>(() => _folder.Load(ActorsFile, "forces.tsv", ForcesHeader + forces)).Message;

    [Fact]
    public void A_country_code_gives_its_main_state_force()
    {
        Assert.Equal("Valdorian army", TestDictionary.Invented.StateForceOf("XA"));
        Assert.Equal("Valdorian army", TestDictionary.Invented.StateForceOf("xa"));
        Assert.Null(TestDictionary.Invented.StateForceOf("XB"));
        Assert.Null(TestDictionary.Invented.StateForceOf(null));
    }

    [Fact]
    public void A_demonym_in_any_case_gives_the_state_force()
    {
        Assert.Equal("Valdorian army", TestDictionary.Invented.StateForceOfDemonym("valdorian"));
        Assert.Null(TestDictionary.Invented.StateForceOfDemonym("Qa'rath"));
    }

    [Fact]
    public void A_force_that_is_not_a_state_force_entry_is_rejected_with_file_and_line()
    {
        var message = LoadFails("XA\tValdorian\tIron Tide\t\t\tInvented.\troles\t2026-12-07\n");
        Assert.Contains("forces.tsv:2", message);
        Assert.Contains("'Iron Tide' is not a state_force entry", message);
    }

    [Fact]
    public void A_country_listed_twice_is_rejected()
    {
        var line = "XA\tValdorian\tValdorian army\t\t\tInvented.\troles\t2026-12-07\n";
        Assert.Contains("already on", LoadFails(line + line.Replace("Valdorian\tV", "Valdoran\tV")));
    }

    [Fact]
    public void A_country_code_gives_its_government_and_none_when_the_column_is_empty()
    {
        var actors = _folder.Load(ActorsFile, "forces.tsv", ForcesHeader + "XA\tValdorian\tValdorian army\tValdorian council\t\tInvented.\thistory\t2026-12-07\n");
        Assert.Equal("Valdorian council", actors.GovernmentOf("xa"));
        Assert.Null(TestDictionary.Invented.GovernmentOf("XA"));
        Assert.Null(actors.GovernmentOf(null));
    }

    [Fact]
    public void A_government_that_is_not_a_government_entry_is_rejected()
    {
        var message = LoadFails("XA\tValdorian\tValdorian army\tIron Tide\t\tInvented.\thistory\t2026-12-07\n");
        Assert.Contains("'Iron Tide' is not a government entry", message);
    }

    [Fact]
    public void A_country_gives_its_police_force_or_its_state_force_when_the_police_column_is_empty()
    {
        var actors = _folder.Load(ActorsFile + "Valdorian gendarmerie\tstate_force\tXA\t\t\t\tInvented.\troles2\t2026-12-07\n", "forces.tsv",
            ForcesHeader + "XA\tValdorian\tValdorian army\t\tValdorian gendarmerie\tInvented.\troles2\t2026-12-07\n");
        Assert.Equal("Valdorian gendarmerie", actors.PoliceOf("xa"));
        Assert.Equal("Valdorian army", actors.StateForceOf("XA"));
        Assert.Equal("Valdorian army", TestDictionary.Invented.PoliceOf("XA"));
        Assert.Null(actors.PoliceOf("XB"));
    }

    [Fact]
    public void A_police_that_is_not_a_state_force_entry_is_rejected()
    {
        var message = LoadFails("XA\tValdorian\tValdorian army\t\tIron Tide\tInvented.\troles2\t2026-12-07\n");
        Assert.Contains("police 'Iron Tide' is not a state_force entry", message);
    }

    [Fact]
    public void The_shipped_forces_give_the_police_of_Nigeria_and_Iraq()
    {
        Assert.Equal("Nigeria Police Force", ActorDictionary.Default.PoliceOf("NG"));
        Assert.Equal("Nigerian military", ActorDictionary.Default.StateForceOf("NG"));
        Assert.Equal("Iraqi security forces", ActorDictionary.Default.PoliceOf("IQ"));
    }

    [Fact]
    public void The_shipped_forces_cover_the_states_of_the_theatre()
    {
        Assert.Equal("Iraqi security forces", ActorDictionary.Default.StateForceOf("IQ"));
        Assert.Equal("Syrian government forces", ActorDictionary.Default.StateForceOf("SY"));
        Assert.Equal("Russian military", ActorDictionary.Default.StateForceOfDemonym("Russian"));
        Assert.Equal("Turkish military", ActorDictionary.Default.StateForceOfDemonym("turkish"));
        Assert.Equal("Government of Turkey", ActorDictionary.Default.GovernmentOf("TR"));
    }

    [Theory]
    [InlineData("NG", "Nigerian", "Nigerian military")]
    [InlineData("ML", "Malian", "Malian military")]
    [InlineData("BF", "Burkinabè", "Burkinabe military")]
    [InlineData("SO", "Somali", "Somali National Army")]
    [InlineData("YE", "Yemeni", "Yemeni government forces")]
    public void The_shipped_forces_cover_the_states_of_the_Sahel_Lake_Chad_Somalia_and_Yemen(string country, string demonym, string force)
    {
        Assert.Equal(force, ActorDictionary.Default.StateForceOf(country));
        Assert.Equal(force, ActorDictionary.Default.StateForceOfDemonym(demonym));
    }
}
