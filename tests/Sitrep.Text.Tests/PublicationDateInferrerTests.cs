namespace Sitrep.Text.Tests;

public class PublicationDateInferrerTests
{
    [Theory]
    [InlineData("The offensive began on 9 October 2019. The week-old campaign drew criticism. On Thursday a truce was announced. A report on Tuesday counted the dead.", "2019-10-17")]
    [InlineData("Fighting erupted on January 20, 2022. On Friday troops regained the gate.", "2022-01-21")]
    [InlineData("The siege started on 3 May 2021, and on Monday aid arrived.", "2021-05-03")]
    [InlineData("Since 2 June 2020 the town has been cut off. Talks on Wednesday failed; on Thursday shelling resumed.", "2020-06-04")]
    [InlineData("The raid of 2023-07-10 was followed by arrests.", "2023-07-10")]
    [InlineData("On 1 March 2018 rebels entered the town. After nearly a week of clashes, they hold the centre.", "2018-03-07")]
    public void The_latest_dated_anchor_and_weekday_mentions_fix_the_day(string text, string expected)
    {
        var inferred = PublicationDateInferrer.Infer(text);
        Assert.Equal(DateOnly.Parse(expected), inferred.Date);
        Assert.False(string.IsNullOrWhiteSpace(inferred.Reasoning));
    }

    [Theory]
    [InlineData("Gunmen attacked on Thursday. On Friday the toll rose.")]
    [InlineData("The attack began Oct. 9 and the week-old offensive goes on.")]
    [InlineData("No dates are given here at all.")]
    [InlineData("The group was founded in 2014.")]
    [InlineData("Yesterday the army said it had won.")]
    public void Without_a_dated_anchor_no_day_is_inferred(string text)
    {
        var inferred = PublicationDateInferrer.Infer(text);
        Assert.Null(inferred.Date);
        Assert.False(string.IsNullOrWhiteSpace(inferred.Reasoning));
    }

    [Fact]
    public void A_year_named_only_as_a_lower_bound_leaves_several_years_open()
    {
        var inferred = PublicationDateInferrer.Infer("In July 2013 the group stormed a jail. The Oct. 9 offensive is week-old; on Thursday a truce began.");
        Assert.Null(inferred.Date);
        Assert.Contains("2014-10-16", inferred.Reasoning);
        Assert.Contains("2015-10-15", inferred.Reasoning);
    }

    [Theory]
    [InlineData("Rebels swept in after Feb. 2. The assault, now week-old, stalled on Friday. The movement was founded in 2015 and lost its capital in March 2016, nearly two years ago.", "2018-02-09")]
    [InlineData("The Oct. 9 offensive went on; after five days of fighting the town fell on Saturday. The militia was routed nearly two years ago, in 2017.", "2018-10-13")]
    public void A_yearless_day_is_dated_when_weekdays_durations_and_bounded_years_leave_one_day(string text, string expected)
    {
        var inferred = PublicationDateInferrer.Infer(text);
        Assert.Equal(DateOnly.Parse(expected), inferred.Date);
        Assert.Contains("only", inferred.Reasoning);
    }

    [Fact]
    public void A_yearless_day_that_fits_two_bounded_years_gives_no_day_but_names_both()
    {
        var inferred = PublicationDateInferrer.Infer("The Nov. 3 offensive is now week-old. A convoy was hit on Monday. The militia lost the city in 2011, more than eight years ago.");
        Assert.Null(inferred.Date);
        Assert.Contains("2019-11-11", inferred.Reasoning);
        Assert.Contains("2020-11-09", inferred.Reasoning);
        Assert.Equal(new DateOnly(2019, 11, 11), inferred.From);
    }

    [Fact]
    public void A_yearless_day_whose_weekday_fits_no_bounded_year_gives_no_day()
    {
        var inferred = PublicationDateInferrer.Infer("The Oct. 9 offensive went on; after five days of fighting the town fell on Thursday. The militia was routed nearly two years ago, in 2017.");
        Assert.Null(inferred.Date);
        Assert.Contains("no year fits", inferred.Reasoning);
    }

    [Fact]
    public void Years_ago_paired_with_a_named_year_bound_the_range_and_weekdays_give_the_weekday()
    {
        var inferred = PublicationDateInferrer.Infer("The rebels attacked on Friday, after the raid that began late Thursday. The group was routed nearly three years ago; its last town fell in March 2019.");
        Assert.Null(inferred.Date);
        Assert.Equal(DayOfWeek.Friday, inferred.Weekday);
        Assert.Equal(new DateOnly(2021, 9, 1), inferred.From);
        Assert.Equal(new DateOnly(2022, 3, 31), inferred.To);
    }

    [Theory]
    [InlineData("Clashes went on from Thursday until Wednesday, a spokesman said on Tuesday. An ambush last Friday killed four.", DayOfWeek.Thursday)]
    [InlineData("After nearly a week of clashes the siege ended. It began on Thursday; clashes went on until Wednesday, a spokesman said on Tuesday. An ambush last Friday killed four.", DayOfWeek.Wednesday)]
    [InlineData("Word of the raid broke late Monday; officials confirmed it Tuesday.", DayOfWeek.Tuesday)]
    [InlineData("On Thursday a bomb went off; on Wednesday an envoy spoke, and on Tuesday a minister did.", DayOfWeek.Thursday)]
    public void The_publication_weekday_is_the_one_that_keeps_the_mentions_closest_behind_it(string text, DayOfWeek expected)
    {
        Assert.Equal(expected, PublicationDateInferrer.Infer(text).Weekday);
    }

    [Fact]
    public void A_deadline_is_not_a_past_anchor()
    {
        var inferred = PublicationDateInferrer.Infer("Fighters must leave by 30 June 2024, the council said in 2021.");
        Assert.Null(inferred.Date);
        Assert.Equal(new DateOnly(2021, 1, 1), inferred.From);
    }

    [Fact]
    public void The_annotator_marks_an_inferred_date_and_resolves_weekdays_with_it()
    {
        var doc = Annotate.Text("Fighting erupted on January 20, 2022. On Friday troops regained the gate.");
        Assert.Equal(new DateOnly(2022, 1, 21), doc.Published);
        Assert.Equal(Sitrep.Documents.PublishedBasis.Inferred, doc.PublishedBasis);
        Assert.NotNull(doc.PublishedReasoning);
        Assert.Contains(doc.Times, t => t.Range?.From == new DateOnly(2022, 1, 21));
    }

    [Fact]
    public void The_annotator_keeps_a_stated_date()
    {
        var doc = Annotate.Text("Fighting erupted on January 20, 2022. On Friday troops regained the gate.", new DateOnly(2022, 1, 28));
        Assert.Equal(new DateOnly(2022, 1, 28), doc.Published);
        Assert.Equal(Sitrep.Documents.PublishedBasis.Stated, doc.PublishedBasis);
    }

    [Fact]
    public void The_annotator_leaves_the_date_unknown_when_the_text_gives_none()
    {
        var doc = Annotate.Text("Gunmen attacked on Thursday.");
        Assert.Null(doc.Published);
        Assert.Equal(Sitrep.Documents.PublishedBasis.Unknown, doc.PublishedBasis);
        Assert.Contains("Thursday", doc.PublishedReasoning);
        Assert.Null(Assert.Single(doc.Times).Range);
    }
}
