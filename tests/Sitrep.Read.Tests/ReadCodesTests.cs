using System.Reflection;
using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class ReadCodesTests
{
    [Fact]
    public void Codes_are_distinct_and_in_the_read_range()
    {
        var codes = typeof(ReadCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^SR1[0-9]{3}$", c));
    }

    [Fact]
    public void Only_duplicate_ids_and_unparsable_dates_are_warnings()
    {
        var results = Fixtures.ReadAll(Fixtures.Path("bad-lines.jsonl"));

        Assert.Equal([ReadCodes.UnparsableDate, ReadCodes.DuplicateId], results.Problems().Where(p => ReadCodes.IsWarning(p.Code)).Select(p => p.Code));
        Assert.False(ReadCodes.IsWarning(ReadCodes.InvalidJson));
    }
}
