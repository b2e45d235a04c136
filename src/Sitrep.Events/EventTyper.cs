using Sitrep.Documents;
using Sitrep.Events.Internal;
using Sitrep.Model;

namespace Sitrep.Events;

/// <summary>The ACLED sub-event type of the main event of a short news snippet, from the trigger lexicon alone.</summary>
/// <param name="SubEventType">The winning sub-event type.</param>
/// <param name="Tags">Domain tags the snippet's words signal.</param>
/// <param name="Score">The summed trigger weight behind the choice.</param>
/// <param name="Trigger">The strongest trigger of that type, as a span of the snippet.</param>
public sealed record TypeGuess(SubEventType SubEventType, IReadOnlyList<EventTag> Tags, int Score, TextSpan Trigger);

/// <summary>Types the main event of a snippet; no other stage is needed.</summary>
/// <remarks>The lede carries the main event, so triggers in the first sentence count double.</remarks>
public sealed class EventTyper
{
    readonly Lexicon _lexicon;

    EventTyper(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>The typer over the lexicon in data/events; throws <see cref="SitrepException"/> when it is missing or corrupt.</summary>
    public static EventTyper Default => _default.Value;
    static readonly Lazy<EventTyper> _default = new(() => new EventTyper(Lexicon.Default));

    /// <summary>The main event's type, or null when no trigger speaks of an event.</summary>
    public TypeGuess? Type(string snippet)
    {
        var matches = _lexicon.Matcher.Find(Words.Split(snippet, 0, snippet.Length));
        int ledeEnd = FirstSentenceEnd(snippet);
        var reading = Typing.Read(matches, _lexicon, m => m.Start < ledeEnd ? 2 : 1);
        return reading is null ? null : new TypeGuess(reading.Sub, reading.Tags, reading.Score, reading.Trigger.Span);
    }

    static int FirstSentenceEnd(string text)
    {
        int i = text.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? text.Length : i + 1;
    }
}
