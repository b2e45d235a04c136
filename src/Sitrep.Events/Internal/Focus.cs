using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>The place and time a reader has in mind at a point of the article, for clauses that name neither.</summary>
/// <remarks>Time is carried forward within a paragraph only; place within the paragraph, else from the last place named anywhere before.</remarks>
internal sealed class Focus
{
    /// <summary>The place last named in this paragraph, else anywhere before.</summary>
    public Toponym? Place { get; private set; }

    /// <summary>The time last named in this paragraph.</summary>
    public TimeMention? Time { get; private set; }

    /// <summary>Forgets the time at a paragraph break.</summary>
    public void NewParagraph() => Time = null;

    /// <summary>Takes the clause's place and time, when it names them.</summary>
    public void Update(Toponym? place, TimeMention? time)
    {
        // A country mention does not replace a finer place in the same country ("in Syria" after "in Hasakah").
        if (place?.Place is { } p && !(p.Precision == PlacePrecision.Country && Place?.Place?.Country == p.Country))
            Place = place;
        if (time is not null) Time = time;
    }
}
