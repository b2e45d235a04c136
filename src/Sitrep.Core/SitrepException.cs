namespace Sitrep;

/// <summary>The environment failed (a missing or corrupt data file, an unreachable database); the message says what and what to do.</summary>
/// <remarks>Bad article input is not an exception: readers and stages report it as a <see cref="Documents.Diagnostic"/>.</remarks>
public sealed class SitrepException(string message, Exception? inner = null) : Exception(message, inner);
