using Sitrep.Model;

namespace Sitrep.Fuse;

/// <summary>One event as one article reports it: the unit fusion groups into canonical events.</summary>
/// <param name="ArticleId">The reporting article.</param>
/// <param name="Outlet">Who published the article, when known.</param>
/// <param name="Published">When the article was published, when known.</param>
/// <param name="Event">The event as coded from that article alone.</param>
public sealed record Report(string ArticleId, string? Outlet, DateOnly? Published, Event Event);

/// <summary>A figure with the article it came from, so claims from many articles can be compared.</summary>
/// <param name="Claim">The figure, what it counts and who gave it.</param>
/// <param name="ArticleId">The article that carries it.</param>
/// <param name="Outlet">The article's outlet, used as the source when the claim names none.</param>
/// <param name="Published">When the article was published; a source's later figure supersedes its earlier one.</param>
public sealed record SourcedClaim(Claim Claim, string ArticleId, string? Outlet, DateOnly? Published)
{
    /// <summary>Who gave the figure: the named source, else the outlet, else the article.</summary>
    public string Source => Claim.Source ?? Outlet ?? ArticleId;
}

/// <summary>One figure across claims: lowest, conservative best and highest, and whether sources disagree.</summary>
/// <param name="Low">The lowest value any claim allows, null when none gives a lower bound.</param>
/// <param name="Best">The conservative figure: the lowest of each source's latest point figure (ACLED/UCDP practice).</param>
/// <param name="High">The highest value any claim allows, null when none gives an upper bound.</param>
/// <param name="Disputed">True when sources give different point figures.</param>
/// <param name="Claims">How many claims it rests on.</param>
public sealed record Figure(long? Low, long? Best, long? High, bool Disputed, int Claims)
{
    /// <summary>No claim at all.</summary>
    public static Figure None { get; } = new(null, null, null, false, 0);
}
