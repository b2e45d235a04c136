using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>One line of a trigger file: a pattern and what it signals.</summary>
/// <param name="Sub">The sub-event type it votes for; null for lines that only add tags.</param>
/// <param name="Weight">How strongly it votes, 1 to 9.</param>
/// <param name="Origin">File and line, for messages.</param>
internal sealed record Trigger(IReadOnlyList<PatternElement> Pattern, SubEventType? Sub, int Weight, IReadOnlyList<EventTag> Tags, string Gloss, string Origin)
{
    /// <summary>A line with no type, weight or tag names words that only look like a trigger ("fighting vehicles"): triggers inside them do not count.</summary>
    public bool Masks => Sub is null && Weight == 0 && Tags.Count == 0;
}

/// <summary>A trigger found in the text: the words it covers.</summary>
/// <param name="Start">Offset of the first matched word.</param>
/// <param name="End">Offset after the last matched word.</param>
internal readonly record struct TriggerMatch(Trigger Trigger, int Start, int End)
{
    /// <summary>The matched words as a span.</summary>
    public Documents.TextSpan Span => Documents.TextSpan.FromBounds(Start, End);
}
