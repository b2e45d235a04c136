using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Sitrep.Documents;

namespace Sitrep.Read.Internal;

/// <summary>Turns a file's bytes into text, refusing what is too large, binary or not UTF-8.</summary>
/// <remarks>
/// The only changes made to the text are a stripped byte-order mark and line endings normalised to \n.
/// Markup (HTML, XML) that declares another character set, as older pages and feeds do, is decoded with it.
/// </remarks>
internal static partial class SourceText
{
    static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a whole file as text, or says why it cannot; the size is checked before anything is read.</summary>
    /// <param name="markup">Whether the file is HTML or XML, whose own charset declaration is honoured.</param>
    public static bool TryLoad(string path, long maxBytes, out string text, out Diagnostic? problem, bool markup = false)
    {
        text = "";
        problem = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                problem = new(ReadCodes.TooLarge, $"the file is {length:N0} bytes, over the limit of {maxBytes:N0}; it was not read (split it, or raise the limit).", path);
                return false;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            problem = new(ReadCodes.NotFound, "the file does not exist (it may have been removed while reading).", path);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new(ReadCodes.Unreadable, $"the file cannot be read: {e.Message}", path);
            return false;
        }
        return TryDecode(bytes, 0, path, "the file", out text, out problem, markup ? DeclaredEncoding(bytes) : null);
    }

    /// <summary>Decodes UTF-8 bytes strictly; <paramref name="offset"/> is where they start in the file, for messages.</summary>
    /// <param name="what">What the bytes are, for messages ("the file", "line 7").</param>
    /// <param name="declared">A character set other than UTF-8 that the markup declares; used only when the bytes are not UTF-8,
    /// since pages often declare Latin-1 while being UTF-8.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, long offset, string origin, string what, out string text, out Diagnostic? problem, Encoding? declared = null)
    {
        text = "";
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problem = new(ReadCodes.InvalidUtf8, $"{what} is UTF-16 text; save it as UTF-8.", origin);
            return false;
        }
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = new(ReadCodes.Binary, $"{what} holds binary data (a NUL byte at byte offset {offset + nul:N0}); expected UTF-8 text.", origin);
            return false;
        }
        int skip = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var body = bytes[skip..];
        int bad = FirstInvalidByte(body);
        if (bad >= 0 && declared is not null && skip == 0)
        {
            text = NormaliseLineEndings(declared.GetString(bytes));
            return true;
        }
        if (bad >= 0)
        {
            problem = new(ReadCodes.InvalidUtf8, $"{what} is not valid UTF-8: byte 0x{body[bad]:X2} at byte offset {offset + skip + bad:N0}; save it as UTF-8.", origin);
            return false;
        }
        text = NormaliseLineEndings(Encoding.UTF8.GetString(body));
        return true;
    }

    /// <summary>Turns \r\n and lone \r into \n, so offsets agree whichever system wrote the file.</summary>
    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The character set named by an XML declaration or HTML meta tag near the start, when it is not UTF-8 and is known.</summary>
    static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success) return null;
        try
        {
            var encoding = Encoding.GetEncoding(match.Groups["name"].Value);
            return encoding.CodePage is 65001 or 20127 or 1200 or 1201 or 12000 or 12001 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<\?xml[^>]*\bencoding\s*=\s*[""'](?<name>[\w.:-]+)|<meta\b[^>]*\bcharset\s*=\s*[""']?(?<name>[\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();

    static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        for (int i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int used) != OperationStatus.Done) return i;
            i += used;
        }
        return -1;
    }
}
