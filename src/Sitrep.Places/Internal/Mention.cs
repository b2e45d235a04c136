using Sitrep.Documents;

namespace Sitrep.Places.Internal;

/// <summary>How the words around a name widen it to a region or district ("northeast Syria", "Raqqa countryside").</summary>
/// <param name="Direction">north, northeast, east… or central; null when none.</param>
/// <param name="Modifier">province, countryside or border; null when none.</param>
internal sealed record RegionCue(string? Direction, string? Modifier);

/// <summary>A recognised place name with everything it could refer to, before context picks one.</summary>
/// <param name="LooseOnly">Candidates found only through the transliteration-tolerant key, ranked lower.</param>
internal sealed record Mention(TextSpan Span, string Name, IReadOnlyList<Places.GazetteerEntry> Candidates, ToponymRole Role,
    Places.Facility? Facility = null, RegionCue? Region = null, IReadOnlySet<Places.GazetteerEntry>? LooseOnly = null, string? BorderWith = null);
