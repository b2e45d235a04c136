namespace Sitrep.Read;

/// <summary>The stable diagnostic codes of the read stage; a code never changes meaning.</summary>
/// <remarks>
/// Every code but <see cref="DuplicateId"/> and <see cref="UnparsableDate"/> means an article (or a whole file) was skipped;
/// those two are warnings (see <see cref="IsWarning"/>): the first article with the id, or the article without its date, is still read.
/// </remarks>
public static class ReadCodes
{
    /// <summary>Whether the code is a warning, reported while the input was still read, rather than input lost.</summary>
    public static bool IsWarning(string code) => code is DuplicateId or UnparsableDate;

    /// <summary>The named file or folder does not exist.</summary>
    public const string NotFound = "SR1001";
    /// <summary>A folder holds no file the reader understands, or a JSON Lines file or feed holds no articles.</summary>
    public const string NoArticles = "SR1002";
    /// <summary>The bytes are not valid UTF-8 (the message gives the byte offset), or the file is UTF-16.</summary>
    public const string InvalidUtf8 = "SR1003";
    /// <summary>A JSON Lines line is not a JSON object.</summary>
    public const string InvalidJson = "SR1004";
    /// <summary>A JSON Lines line lacks <c>article_id</c> or <c>text</c>, or has them as a non-string.</summary>
    public const string MissingField = "SR1005";
    /// <summary>The article text is empty or only white space.</summary>
    public const string EmptyText = "SR1006";
    /// <summary>The file holds NUL bytes: it is binary, not text.</summary>
    public const string Binary = "SR1007";
    /// <summary>The file (or JSON Lines line) is larger than <see cref="ReadOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "SR1008";
    /// <summary>An explicitly named file has an extension the reader does not handle.</summary>
    public const string UnsupportedExtension = "SR1009";
    /// <summary>Warning: an article_id seen before in the same batch; the first is kept, this one skipped.</summary>
    public const string DuplicateId = "SR1010";
    /// <summary>Warning: the publication date cannot be parsed; the article is kept with no date.</summary>
    public const string UnparsableDate = "SR1011";
    /// <summary>The file exists but cannot be opened or read (permissions, I/O error).</summary>
    public const string Unreadable = "SR1012";
    /// <summary>A feed file is not well-formed XML, or not RSS or Atom.</summary>
    public const string InvalidFeed = "SR1013";
    /// <summary>A JSON Lines file is an answer key (lines with events and no text), not articles; the whole file is skipped.</summary>
    public const string AnswerKey = "SR1014";
}
