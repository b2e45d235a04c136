using Sitrep.Model;

namespace Sitrep.Places.Tests;

public class SpellingTests
{
    [Theory]
    [InlineData("Hasakah"), InlineData("Hasakeh"), InlineData("Al-Hasakah"), InlineData("al-Hassakeh"), InlineData("Hasaka")]
    public void Every_spelling_of_Hasakah_resolves_to_the_city(string spelling) =>
        AssertTown($"Fighting broke out overnight in {spelling}, residents said.", spelling, "SY", "Al-Hasakah", 36.50, 40.75);

    [Theory]
    [InlineData("Deir ez-Zor"), InlineData("Deir el-Zour"), InlineData("Dayr az Zawr"), InlineData("Deir al-Zor"), InlineData("Deir Ezzor")]
    public void Every_spelling_of_Deir_ez_Zor_resolves_to_the_city(string spelling) =>
        AssertTown($"A convoy reached {spelling} on the second day.", spelling, "SY", "Deir ez-Zor", 35.34, 40.14);

    [Theory]
    [InlineData("Qamishli"), InlineData("Al-Qamishli"), InlineData("Qamishlo"), InlineData("Kamishli")]
    public void Every_spelling_of_Qamishli_resolves_to_the_city(string spelling) =>
        AssertTown($"Shops closed early in {spelling} after the blast.", spelling, "SY", "Al-Hasakah", 37.05, 41.22);

    [Theory]
    [InlineData("Tal Abyad"), InlineData("Tell Abyad"), InlineData("Tal-Abyad")]
    public void Every_spelling_of_Tal_Abyad_resolves_to_the_town(string spelling) =>
        AssertTown($"Families returned to {spelling} last spring.", spelling, "SY", "Ar-Raqqa", 36.70, 38.95);

    [Theory]
    [InlineData("Ras al-Ain"), InlineData("Ras al Ayn"), InlineData("Ras al-Ayn"), InlineData("Ras el-Ain")]
    public void Every_spelling_of_Ras_al_Ain_resolves_to_the_town(string spelling) =>
        AssertTown($"Water stopped flowing from {spelling} again.", spelling, "SY", "Al-Hasakah", 36.85, 40.07);

    [Theory]
    [InlineData("Ghwayran prison"), InlineData("Ghweran prison"), InlineData("Sina'a prison"), InlineData("al-Sina'a prison"), InlineData("Panorama prison")]
    public void Every_name_of_the_Hasakah_prison_resolves_to_the_facility(string spelling)
    {
        var t = Shared.Single($"Guards at {spelling} reported a riot on the upper floor.", spelling.Split(' ')[0]);
        Assert.Equal(Documents.ToponymRole.Facility, t.Role);
        Assert.Equal("Ghwayran prison", t.Facility);
        Assert.Equal(PlacePrecision.Facility, t.Place!.Precision);
        Assert.Equal("Al-Hasakah", t.Place.Admin1);
        Assert.InRange(Geo.DistanceKm(t.Place.Lat!.Value, t.Place.Lon!.Value, 36.470, 40.760), 0, 0.5);
    }

    [Fact]
    public void A_bare_facility_name_is_the_facility_only_when_the_sentence_speaks_of_detention()
    {
        var prison = Shared.Single("Inmates rioted at Abu Ghraib on Sunday.", "Abu Ghraib");
        Assert.Equal("Abu Ghraib prison", prison.Facility);
        var town = Shared.Single("The market in Abu Ghraib reopened on Sunday.", "Abu Ghraib");
        Assert.Equal(Documents.ToponymRole.Location, town.Role);
        Assert.Equal(PlacePrecision.Town, town.Place!.Precision);
    }

    [Theory]
    [InlineData("Ain Issa"), InlineData("Ayn Issa"), InlineData("Ein Issa"), InlineData("Ain Isa")]
    public void Every_spelling_of_Ain_Issa_resolves_to_the_town(string spelling) =>
        AssertTown($"Families fled the town of {spelling} as shells fell.", spelling, "SY", "Ar-Raqqa", 36.39, 38.86);

    [Fact]
    public void Villages_that_cities500_lacks_come_from_the_supplement()
    {
        AssertTown("Shelling hit Baghuz before dawn.", "Baghuz", "SY", "Deir ez-Zor", 34.47, 40.93);
        AssertTown("A patrol left al-Shahil at noon.", "al-Shahil", "SY", "Deir ez-Zor", 35.12, 40.52);
    }

    static void AssertTown(string text, string words, string country, string admin1, double lat, double lon)
    {
        var t = Shared.Single(text, words);
        Assert.Equal(text.IndexOf(words, StringComparison.Ordinal), t.Span.Start);
        Assert.Equal(words.Length, t.Span.Length);
        Assert.Equal(country, t.Place!.Country);
        Assert.Equal(admin1, t.Place.Admin1);
        Assert.InRange(Geo.DistanceKm(t.Place.Lat!.Value, t.Place.Lon!.Value, lat, lon), 0, 5);
    }
}
