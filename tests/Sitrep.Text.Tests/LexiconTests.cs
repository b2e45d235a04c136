using Sitrep.Text.Internal;

namespace Sitrep.Text.Tests;

public class LexiconTests
{
    [Theory]
    [InlineData("abbreviations.tsv", 2, new[] { 0 })]
    [InlineData("quantity-cues.tsv", 4, new[] { 1, 2 })]
    [InlineData("attribution-cues.tsv", 3, new[] { 0 })]
    [InlineData("hedges.tsv", 3, new[] { 0 })]
    [InlineData("person-nouns.tsv", 2, new[] { 0 })]
    public void Shipped_lexicons_load_and_have_no_repeated_entries(string file, int columns, int[] keyColumns)
    {
        var rows = Lexicon.Read(file, columns);
        Assert.NotEmpty(rows);
        var keys = rows.Select(r => string.Join('\t', keyColumns.Select(k => r.Cells[k].ToLowerInvariant()))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(rows, r => Assert.All(r.Cells.Take(2), c => Assert.NotEqual("", c)));
    }

    [Fact]
    public void Every_shipped_lexicon_has_a_header_naming_columns_source_and_licence()
    {
        foreach (var path in Directory.GetFiles(Lexicon.Folder, "*.tsv"))
        {
            var header = string.Join('\n', File.ReadLines(path).TakeWhile(l => l.StartsWith('#')));
            Assert.Contains("Columns", header);
            Assert.Contains("Source", header);
            Assert.Contains("licence", header);
        }
    }

    [Fact]
    public void A_missing_lexicon_is_reported_by_name()
    {
        var ex = Assert.Throws<SitrepException>(() => Lexicon.ReadFile("/nonexistent/hedges.tsv", 3));
        Assert.Contains("hedges.tsv", ex.Message);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_cells_is_reported_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-text-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# header\nconfirmed\tconfirmed\tgloss\nbroken line\n");
        try
        {
            var ex = Assert.Throws<SitrepException>(() => Lexicon.ReadFile(path, 3));
            Assert.Contains($"{path}:3", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void An_unknown_kind_is_reported_with_the_allowed_values()
    {
        var row = new LexiconRow(["slain", "murdered"], "file.tsv:7");
        var ex = Assert.Throws<SitrepException>(() => Lexicon.ParseEnum<Sitrep.Model.QuantityKind>("murdered", row));
        Assert.Contains("file.tsv:7", ex.Message);
        Assert.Contains("Killed", ex.Message);
    }
}
