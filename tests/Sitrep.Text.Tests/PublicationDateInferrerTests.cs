namespace Sitrep.Text.Tests;

public class PublicationDateInferrerTests
{
    [Theory]
    [InlineData("The offensive began on 9 October 2019. The week-old campaign drew criticism. On Thursday a truce was announced. A report on Tuesday counted the dead.", "2019-10-17")]
    [InlineData("Fighting erupted on January 20, 2022. On Friday troops regained the gate.", "2022-01-21")]
    [InlineData("The siege started on 3 May 2021, and on Monday aid arrived.", "2021-05-03")]
    [InlineData("Since 2 June 2020 the town has been cut off. Talks on Wednesday failed; on Thursday shelling resumed.", "2020-06-04")]
    [InlineData("The raid of 2023-07-10 was followed by arrests.", "2023-07-10")]
    [InlineData("On 1 March 2018 rebels entered the town. After nearly a week of fighting, they hold the centre.", "2018-03-07")]
    public void The_latest_dated_anchor_and_weekday_mentions_fix_the_day(string text, string expected)
    {
        var inferred = PublicationDateInferrer.Infer(text);
        Assert.NotNull(inferred);
        Assert.Equal(DateOnly.Parse(expected), inferred.Date);
        Assert.False(string.IsNullOrWhiteSpace(inferred.Reasoning));
    }

    [Theory]
    [InlineData("Gunmen attacked on Thursday. On Friday the toll rose.")]
    [InlineData("The attack began Oct. 9 and the week-old offensive goes on.")]
    [InlineData("No dates are given here at all.")]
    [InlineData("The group was founded in 2014.")]
    [InlineData("Yesterday the army said it had won.")]
    public void Without_a_dated_anchor_nothing_is_inferred(string text)
    {
        Assert.Null(PublicationDateInferrer.Infer(text));
    }

    [Fact]
    public void A_year_named_elsewhere_does_not_date_a_day_without_one()
    {
        Assert.Null(PublicationDateInferrer.Infer("In July 2013 the group stormed a jail. The Oct. 9 offensive is a week old; on Thursday a truce began."));
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
        Assert.Equal(PublicationDateInferrer.NoAnchorReason, doc.PublishedReasoning);
        Assert.Null(Assert.Single(doc.Times).Range);
    }
}
