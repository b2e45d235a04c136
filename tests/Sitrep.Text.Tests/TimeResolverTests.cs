using Sitrep.Model;

namespace Sitrep.Text.Tests;

public class TimeResolverTests
{
    /// <summary>A Wednesday.</summary>
    static readonly DateOnly Published = new(2024, 3, 13);

    static void AssertRange(string expression, string from, string to, DatePrecision precision)
    {
        var range = TimeResolver.Resolve(expression, Published);
        Assert.NotNull(range);
        Assert.Equal(DateOnly.Parse(from), range.From);
        Assert.Equal(DateOnly.Parse(to), range.To);
        Assert.Equal(precision, range.Precision);
    }

    [Theory]
    [InlineData("on Wednesday", "2024-03-13")]
    [InlineData("Wednesday", "2024-03-13")]
    [InlineData("on Tuesday", "2024-03-12")]
    [InlineData("on Thursday", "2024-03-07")]
    [InlineData("late Thursday", "2024-03-07")]
    [InlineData("early Monday", "2024-03-11")]
    [InlineData("Thursday night", "2024-03-07")]
    [InlineData("Tuesday morning", "2024-03-12")]
    [InlineData("Sunday", "2024-03-10")]
    [InlineData("Saturday's", "2024-03-09")]
    [InlineData("last Wednesday", "2024-03-06")]
    [InlineData("last Tuesday", "2024-03-12")]
    [InlineData("last Thursday", "2024-03-07")]
    [InlineData("next Monday", "2024-03-18")]
    [InlineData("next Wednesday", "2024-03-20")]
    [InlineData("until Wednesday", "2024-03-13")]
    [InlineData("by Friday", "2024-03-08")]
    public void Weekdays_resolve_to_the_nearest_such_day_by_the_documented_rule(string expression, string day)
    {
        AssertRange(expression, day, day, DatePrecision.Day);
    }

    [Theory]
    [InlineData("yesterday", "2024-03-12")]
    [InlineData("today", "2024-03-13")]
    [InlineData("tonight", "2024-03-13")]
    [InlineData("last night", "2024-03-12")]
    [InlineData("this morning", "2024-03-13")]
    [InlineData("2022-01-20", "2022-01-20")]
    [InlineData("20 January 2022", "2022-01-20")]
    [InlineData("January 20, 2022", "2022-01-20")]
    [InlineData("Jan. 20, 2022", "2022-01-20")]
    [InlineData("January 20", "2024-01-20")]
    [InlineData("Oct. 9", "2023-10-09")]
    [InlineData("March 20", "2024-03-20")]
    [InlineData("Dec. 31", "2023-12-31")]
    [InlineData("9th October", "2023-10-09")]
    [InlineData("three days ago", "2024-03-10")]
    [InlineData("a day earlier", "2024-03-12")]
    public void Days_resolve_against_the_publication_date(string expression, string day)
    {
        AssertRange(expression, day, day, DatePrecision.Day);
    }

    [Theory]
    [InlineData("this week", "2024-03-10", "2024-03-13", DatePrecision.Week)]
    [InlineData("earlier this week", "2024-03-10", "2024-03-13", DatePrecision.Week)]
    [InlineData("last week", "2024-03-03", "2024-03-09", DatePrecision.Week)]
    [InlineData("next week", "2024-03-17", "2024-03-23", DatePrecision.Week)]
    [InlineData("the past week", "2024-03-06", "2024-03-13", DatePrecision.Week)]
    [InlineData("this month", "2024-03-01", "2024-03-13", DatePrecision.Month)]
    [InlineData("this month's", "2024-03-01", "2024-03-13", DatePrecision.Month)]
    [InlineData("last month", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("this year", "2024-01-01", "2024-03-13", DatePrecision.Year)]
    [InlineData("last year", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("in recent months", "2023-12-13", "2024-03-13", DatePrecision.Month)]
    [InlineData("in recent weeks", "2024-02-14", "2024-03-13", DatePrecision.Month)]
    [InlineData("in recent days", "2024-03-06", "2024-03-13", DatePrecision.Week)]
    [InlineData("in July 2013", "2013-07-01", "2013-07-31", DatePrecision.Month)]
    [InlineData("March 2019", "2019-03-01", "2019-03-31", DatePrecision.Month)]
    [InlineData("in March 2019", "2019-03-01", "2019-03-31", DatePrecision.Month)]
    [InlineData("in February 2024", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("in October", "2023-10-01", "2023-10-31", DatePrecision.Month)]
    [InlineData("in March", "2024-03-01", "2024-03-31", DatePrecision.Month)]
    [InlineData("last March", "2023-03-01", "2023-03-31", DatePrecision.Month)]
    [InlineData("in 2014", "2014-01-01", "2014-12-31", DatePrecision.Year)]
    [InlineData("since 2014", "2014-01-01", "2024-03-13", DatePrecision.Year)]
    [InlineData("since the start of September", "2023-09-01", "2024-03-13", DatePrecision.Year)]
    [InlineData("since Monday", "2024-03-11", "2024-03-13", DatePrecision.Week)]
    [InlineData("nearly three years ago", "2021-03-13", "2021-09-13", DatePrecision.Year)]
    [InlineData("three years ago", "2020-09-13", "2021-09-13", DatePrecision.Year)]
    [InlineData("more than two years ago", "2021-03-13", "2022-03-13", DatePrecision.Year)]
    [InlineData("two weeks ago", "2024-02-25", "2024-03-02", DatePrecision.Week)]
    [InlineData("a month ago", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("after nearly a week of clashes", "2024-03-06", "2024-03-08", DatePrecision.Week)]
    [InlineData("the week-old offensive", "2024-03-05", "2024-03-07", DatePrecision.Week)]
    [InlineData("after three days of clashes", "2024-03-10", "2024-03-10", DatePrecision.Day)]
    public void Periods_resolve_to_ranges_with_their_precision(string expression, string from, string to, DatePrecision precision)
    {
        var range = TimeResolver.Find(expression, Published).Single().Range;
        Assert.NotNull(range);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), precision), (range.From, range.To, range.Precision));
    }

    [Theory]
    [InlineData("On Monday gunmen attacked a post. The previous night a bomb went off.", "2024-03-10")]
    [InlineData("On Monday gunmen attacked a post. The next day troops arrived.", "2024-03-12")]
    [InlineData("On Monday gunmen attacked a post. The following morning troops arrived.", "2024-03-12")]
    [InlineData("Gunmen struck on 1 March 2024. Two days later troops arrived.", "2024-03-03")]
    [InlineData("Gunmen struck on 1 March 2024. The same day troops arrived.", "2024-03-01")]
    [InlineData("A bomb exploded. The night before, guards had left.", "2024-03-12")]
    public void Discourse_times_count_from_the_last_day_told(string text, string day)
    {
        var last = TimeResolver.Find(text, Published).Last().Range;
        Assert.Equal(DateRange.Day(DateOnly.Parse(day)), last);
    }

    [Theory]
    [InlineData("Militants stormed a jail in July 2013. A year later, they held a third of the country.", "2014-01-01", "2014-12-31")]
    [InlineData("The group rose in 2013. Militants stormed a jail in July of that year. Two years later, its rule collapsed.", "2015-01-01", "2015-12-31")]
    [InlineData("Militants stormed a jail in July 2013. Three months later, the governor resigned.", "2013-10-01", "2013-10-31")]
    public void Months_or_years_later_count_from_the_last_time_told_whatever_its_precision(string text, string from, string to) =>
        Assert.Equal(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to), to.EndsWith("12-31") && from.EndsWith("01-01") ? DatePrecision.Year : DatePrecision.Month),
            TimeResolver.Find(text, Published).Last().Range);

    [Fact]
    public void A_year_later_with_no_time_told_before_stays_unresolved() =>
        Assert.Null(TimeResolver.Find("Militants stormed a jail. A year later, they held a third of the country.", Published).Single().Range);

    [Theory]
    [InlineData("Gunmen attacked a post on Monday. Residents fled. Aid agencies appealed for calm. Later in the day troops arrived.")]
    [InlineData("Gunmen attacked a post on Monday. Residents fled. Aid agencies appealed for calm. That night troops arrived.")]
    public void Same_day_references_point_back_to_the_last_day_told_however_far(string text)
    {
        Assert.Equal(DateRange.Day(new DateOnly(2024, 3, 11)), TimeResolver.Find(text, Published).Last().Range);
    }

    [Theory]
    [InlineData("Fighting broke out on Thursday. Clashes went on until Tuesday.", "2024-03-07")]
    [InlineData("Gunmen stormed the jail late Thursday. By Monday most escapees had been caught.", "2024-03-07")]
    [InlineData("Clashes went on until Tuesday.", "2024-03-12")]
    public void Until_and_by_span_from_the_last_day_told(string text, string from)
    {
        var range = TimeResolver.Find(text, Published).Last().Range;
        Assert.Equal(DateOnly.Parse(from), range!.From);
        Assert.Equal(DatePrecision.Day, range.Precision);
    }

    [Theory]
    [InlineData("Raids have gone on since the army's Feb. 20 offensive.", "since the army's Feb. 20", "2024-02-20", DatePrecision.Day)]
    [InlineData("Jailbreaks have surged since the start of the offensive on March 4.", "since the start of the offensive on March 4", "2024-03-04", DatePrecision.Day)]
    [InlineData("Since declaring victory in March 2019, the group has held the town.", "Since declaring victory in March 2019", "2019-03-01", DatePrecision.Month)]
    public void Since_heading_a_phrase_that_ends_in_a_date_runs_from_that_date_to_publication(string text, string words, string from, DatePrecision anchor)
    {
        var mention = TimeResolver.Find(text, Published).Single();
        Assert.Equal(words, text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal((DateOnly.Parse(from), Published), (mention.Range!.From, mention.Range.To));
        Assert.Equal((DateOnly.Parse(from), anchor), (mention.Anchor!.From, mention.Anchor.Precision));
    }

    [Theory]
    [InlineData("Since then, on March 4 the town fell.")]
    [InlineData("Nothing has changed since the fighters who captured the town in their first push on March 4 left.")]
    public void Since_does_not_reach_past_punctuation_or_a_long_phrase(string text)
    {
        var mention = TimeResolver.Find(text, Published).Single();
        Assert.Null(mention.Anchor);
        Assert.Equal(DateRange.Day(new DateOnly(2024, 3, 4)), mention.Range);
    }

    [Theory]
    [InlineData("on Thursday")]
    [InlineData("late Monday")]
    [InlineData("last Friday")]
    [InlineData("yesterday")]
    [InlineData("this week")]
    [InlineData("Oct. 9")]
    [InlineData("in October")]
    [InlineData("nearly three years ago")]
    [InlineData("the previous night")]
    public void Without_a_publication_date_relative_times_stay_unresolved(string expression)
    {
        var mention = TimeResolver.Find(expression, null).Single();
        Assert.Null(mention.Range);
    }

    [Theory]
    [InlineData("in 2014", "2014-01-01")]
    [InlineData("20 January 2022", "2022-01-20")]
    [InlineData("in July 2013", "2013-07-01")]
    public void Without_a_publication_date_absolute_times_still_resolve(string expression, string from)
    {
        Assert.Equal(DateOnly.Parse(from), TimeResolver.Find(expression, null).Single().Range?.From);
    }

    [Theory]
    [InlineData("They may return soon.")]
    [InlineData("The march began at noon.")]
    [InlineData("He said 2014 was hard.")]
    [InlineData("Fighters held 2,020 prisoners.")]
    public void Words_that_look_like_dates_are_not_time_expressions(string text)
    {
        Assert.Empty(TimeResolver.Find(text, Published));
    }

    [Theory]
    [InlineData("A Friday", 2024, 3, 15, "2024-03-15")]
    [InlineData("A Friday", 2024, 3, 16, "2024-03-15")]
    [InlineData("A Friday", 2024, 3, 14, "2024-03-08")]
    public void Plain_weekdays_fall_on_or_before_publication(string _, int y, int m, int d, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), TimeResolver.Resolve("on Friday", new DateOnly(y, m, d))?.From);
    }

    [Theory]
    [InlineData(2024, 3, 15, "2024-03-08")]
    [InlineData(2024, 3, 16, "2024-03-15")]
    [InlineData(2024, 3, 14, "2024-03-08")]
    public void Last_friday_is_strictly_before_publication(int y, int m, int d, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), TimeResolver.Resolve("last Friday", new DateOnly(y, m, d))?.From);
    }

    [Fact]
    public void Resolve_returns_null_for_text_that_is_not_one_time_expression()
    {
        Assert.Null(TimeResolver.Resolve("the prison", Published));
    }
}
