namespace Sitrep.Read;

/// <summary>How <see cref="ArticleReader"/> reads its input.</summary>
/// <param name="Published">Publication day given by the user; it overrides whatever the source's metadata says.</param>
/// <param name="MaxBytes">Largest file (for JSON Lines: largest line) read; anything bigger is reported and skipped unread.</param>
public sealed record ReadOptions(DateOnly? Published = null, long MaxBytes = 50 * 1024 * 1024);
