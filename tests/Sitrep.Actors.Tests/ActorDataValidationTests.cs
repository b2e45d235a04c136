namespace Sitrep.Actors.Tests;

/// <summary>Broken data folders must fail with a message naming the file and line.</summary>
public sealed class ActorDataValidationTests : IDisposable
{
    const string Header = "canonical\tkind\tcountry\taliases\tvalid_from\tvalid_to\tgloss\tadded_by\tadded\n";
    const string Lantern = "Order of the Grey Lantern\trebel_group\tXA\tOGL|Grey Lanterns\t\t\tInvented.\tactors\t2026-11-22\n";
    readonly string _folder = Directory.CreateTempSubdirectory("sitrep-actors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string LoadFails(string actors, string? descriptions = null)
    {
        File.WriteAllText(Path.Combine(_folder, "actors.tsv"), "# test\n" + actors);
        if (descriptions is not null) File.WriteAllText(Path.Combine(_folder, "descriptions.tsv"), descriptions);
        return Assert.Throws<SitrepException>(() => ActorDictionary.Load(_folder)).Message;
    }

    [Fact]
    public void Wrong_column_count_names_file_and_line()
    {
        var message = LoadFails(Header + "Iron Tide\tjihadist_group\tXA\n");
        Assert.Contains("actors.tsv:3", message);
        Assert.Contains("expected 9", message);
    }

    [Fact]
    public void Unknown_kind_is_rejected()
    {
        Assert.Contains("unknown kind 'warband'", LoadFails(Header + Lantern.Replace("rebel_group", "warband")));
    }

    [Fact]
    public void Duplicate_canonical_is_rejected_with_both_lines()
    {
        var message = LoadFails(Header + Lantern + Lantern.Replace("OGL|Grey Lanterns", ""));
        Assert.Contains("actors.tsv:4", message);
        Assert.Contains("already defined at", message);
    }

    [Fact]
    public void Same_alias_under_two_canonicals_is_rejected_even_when_spelled_differently()
    {
        var message = LoadFails(Header + Lantern + "Grey Order\trebel_group\tXA\tGrey-Lanterns\t\t\tInvented.\tactors\t2026-11-22\n");
        Assert.Contains("actors.tsv:4", message);
        Assert.Contains("already an alias of 'Order of the Grey Lantern'", message);
    }

    [Fact]
    public void Missing_header_row_is_rejected()
    {
        Assert.Contains("header row", LoadFails(Lantern));
    }

    [Fact]
    public void Bad_date_and_bad_country_are_rejected()
    {
        Assert.Contains("not a date", LoadFails(Header + Lantern.Replace("2026-11-22", "22/11/2026")));
        Assert.Contains("ISO 3166-1", LoadFails(Header + Lantern.Replace("XA", "Syria")));
    }

    [Fact]
    public void Description_naming_an_unknown_candidate_is_rejected()
    {
        var message = LoadFails(Header + Lantern, "description\tcandidates\tgloss\tadded_by\tadded\nthe order\tGrey Order\tInvented.\tactors\t2026-11-22\n");
        Assert.Contains("descriptions.tsv:2", message);
        Assert.Contains("'Grey Order'", message);
    }

    [Fact]
    public void Description_that_is_also_an_alias_is_rejected()
    {
        var message = LoadFails(Header + Lantern, "description\tcandidates\tgloss\tadded_by\tadded\nGrey Lanterns\tOrder of the Grey Lantern\tInvented.\tactors\t2026-11-22\n");
        Assert.Contains("already an alias", message);
    }

    [Fact]
    public void Missing_folder_is_a_clear_error()
    {
        var message = Assert.Throws<SitrepException>(() => ActorDictionary.Load(Path.Combine(_folder, "nowhere"))).Message;
        Assert.Contains("actor data folder is missing", message);
    }
}
