using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>The place and time a reader has in mind at a point of the article, for clauses that name neither.</summary>
/// <remarks>
/// Time is carried forward within a paragraph, and a paragraph that names none is about the lede's time; place within the
/// paragraph, else from the last place named anywhere before.
/// </remarks>
internal sealed class Focus
{
    readonly TimeMention? _mainTime;

    /// <param name="main">The article's main place, in focus until another is named.</param>
    /// <param name="mainTime">The time of the lede's news, in focus wherever a paragraph has named no other.</param>
    public Focus(Toponym? main, TimeMention? mainTime) => (Place, Time, _mainTime) = (main, mainTime, mainTime);

    /// <summary>The place last named in this paragraph, else anywhere before, else the article's main place.</summary>
    public Toponym? Place { get; private set; }

    /// <summary>The time last named in this paragraph, else the lede's.</summary>
    public TimeMention? Time { get; private set; }

    /// <summary>Goes back to the lede's time at a paragraph break.</summary>
    public void NewParagraph() => Time = _mainTime;

    /// <summary>Takes the clause's place and time, when it names them.</summary>
    public void Update(Toponym? place, TimeMention? time)
    {
        // A country mention does not replace a finer place in the same country ("in Syria" after "in Hasakah").
        if (place?.Place is { } p && !(p.Precision == PlacePrecision.Country && Place?.Place?.Country == p.Country))
            Place = place;
        if (time is not null) Time = time;
    }
}
