using Sitrep.Read.Internal;

namespace Sitrep.Read.Tests;

public class PublishedDateTests
{
    [Theory]
    [InlineData("2019-10-24", "2019-10-24")]
    [InlineData("2019-10-24T23:30:00Z", "2019-10-24")]
    [InlineData("2019-10-24T23:30:00.123+05:30", "2019-10-24")]
    [InlineData("2019-10-24 08:00", "2019-10-24")]
    [InlineData("2019-10-24T08:00:00-0400", "2019-10-24")]
    [InlineData("Thu, 24 Oct 2019 08:00:00 GMT", "2019-10-24")]
    [InlineData("Thu, 24 Oct 2019 08:00:00 +0000", "2019-10-24")]
    [InlineData("24 Oct 2019 08:00 EDT", "2019-10-24")]
    [InlineData("October 24, 2019", "2019-10-24")]
    [InlineData("Oct. 24, 2019 at 8:05 p.m. ET", "2019-10-24")]
    [InlineData("24 October 2019", "2019-10-24")]
    [InlineData("2019/10/24", "2019-10-24")]
    public void Metadata_dates_give_the_day_as_written(string written, string expected)
    {
        Assert.True(PublishedDate.TryParse(written, out var day));
        Assert.Equal(DateOnly.Parse(expected), day);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2019-02-30")]
    [InlineData("10:30")]
    [InlineData("2019")]
    [InlineData("24/10/2019")]
    [InlineData("12345")]
    public void Anything_else_is_not_a_date(string written)
    {
        Assert.False(PublishedDate.TryParse(written, out _));
    }
}
