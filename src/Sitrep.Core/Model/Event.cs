using Sitrep.Documents;

namespace Sitrep.Model;

/// <summary>The spans each coded field rests on; null where a field came from context rather than words.</summary>
public sealed record FieldEvidence
{
    /// <summary>The words that signal the event ("car bomb exploded").</summary>
    public TextSpan? Trigger { get; init; }
    /// <summary>The time expression used for the date.</summary>
    public TextSpan? Date { get; init; }
    /// <summary>The toponym or facility used for the location.</summary>
    public TextSpan? Location { get; init; }
    /// <summary>The perpetrator as written.</summary>
    public TextSpan? Actor1 { get; init; }
    /// <summary>The target as written.</summary>
    public TextSpan? Actor2 { get; init; }
    /// <summary>The fatality figure.</summary>
    public TextSpan? Fatalities { get; init; }
    /// <summary>The injured figure.</summary>
    public TextSpan? Injured { get; init; }
}

/// <summary>One coded event as found in one article (or, after fusion, across articles).</summary>
public sealed record Event
{
    /// <summary>Id unique within its article ("e1").</summary>
    public required string Id { get; init; }
    /// <summary>ACLED sub-event type; the event type follows from it.</summary>
    public required SubEventType SubEventType { get; init; }
    /// <summary>ACLED event type.</summary>
    public EventType EventType => AcledTypes.TypeOf(SubEventType);
    /// <summary>Domain tags.</summary>
    public IReadOnlyList<EventTag> Tags { get; init; } = [];
    /// <summary>When it happened, null when the text gives no way to know.</summary>
    public DateRange? Date { get; init; }
    /// <summary>Where it happened, at the finest precision known.</summary>
    public Place? Location { get; init; }
    /// <summary>Spellings of the location used in the text.</summary>
    public IReadOnlyList<string> LocationMentions { get; init; } = [];
    /// <summary>Canonical name of the named site, else null.</summary>
    public string? Facility { get; init; }
    /// <summary>Perpetrator, canonical name; null when unnamed.</summary>
    public string? Actor1 { get; init; }
    /// <summary>Target or opponent, canonical name.</summary>
    public string? Actor2 { get; init; }
    /// <summary>Actors on either side in support roles.</summary>
    public IReadOnlyList<string> AssocActors { get; init; } = [];
    /// <summary>All killed, all sides.</summary>
    public NumberRange Fatalities { get; init; } = NumberRange.None;
    /// <summary>All injured.</summary>
    public NumberRange Injured { get; init; } = NumberRange.None;
    /// <summary>Every figure the event carries, each with its source.</summary>
    public IReadOnlyList<Claim> Quantities { get; init; } = [];
    /// <summary>Who reported it.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>How sure the reporting is.</summary>
    public Certainty Certainty { get; init; } = Certainty.Reported;
    /// <summary>True for background mentions of past events.</summary>
    public bool Historical { get; init; }
    /// <summary>The sentences or clauses that report it, in text order.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];
    /// <summary>The span behind each coded field.</summary>
    public FieldEvidence Fields { get; init; } = new();
}
