using Sitrep.Documents;

namespace Sitrep.Model;

/// <summary>What a figure counts.</summary>
public enum QuantityKind
{
    /// <summary>People killed, all sides.</summary>
    Killed,
    /// <summary>People injured.</summary>
    Injured,
    /// <summary>People who left custody.</summary>
    Escaped,
    /// <summary>Escapees caught again.</summary>
    Recaptured,
    /// <summary>People set free (hostages, detainees released).</summary>
    Freed,
    /// <summary>How many a facility holds.</summary>
    DetainedPopulation,
    /// <summary>How many took part in an attack.</summary>
    Attackers,
    /// <summary>People arrested or detained.</summary>
    Arrested,
    /// <summary>How many attacks or incidents.</summary>
    AttacksCount,
    /// <summary>People who surrendered.</summary>
    Surrendered,
    /// <summary>People forced from their homes.</summary>
    Displaced,
    /// <summary>Any other counted thing.</summary>
    Other,
}

/// <summary>A figure as one source gives it, with the words it rests on.</summary>
/// <param name="What">What is counted.</param>
/// <param name="Range">The figure as a range.</param>
/// <param name="Source">Canonical name of who said it; the outlet when nobody else is named.</param>
/// <param name="Certainty">How sure the source is.</param>
/// <param name="Evidence">The words of the text that give the figure.</param>
public sealed record Claim(QuantityKind What, NumberRange Range, string? Source, Certainty Certainty, TextSpan Evidence);

/// <summary>A figure that belongs to no single event, such as how many a prison holds.</summary>
/// <param name="Facility">The facility it describes, when it describes one.</param>
/// <param name="AsOf">The day it was true, when known.</param>
public sealed record Fact(QuantityKind What, string? Facility, NumberRange Range, DateOnly? AsOf, string? Source, TextSpan Evidence);
