namespace Sitrep.Read.Internal;

/// <summary>One line of a file as raw bytes, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Offset">Byte offset of the line's first byte in the file.</param>
/// <param name="Bytes">The line, or null when it is longer than the limit and was skipped unread.</param>
/// <param name="Length">The line's length in bytes, also when skipped.</param>
internal sealed record ByteLine(int Number, long Offset, byte[]? Bytes, long Length);

/// <summary>Splits a stream into lines of bytes without holding more than one line (up to a limit) in memory.</summary>
internal static class ByteLines
{
    public static IEnumerable<ByteLine> Read(Stream stream, long maxBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        long lineStart = 0, lineLength = 0, position = 0;
        int number = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int from = 0;
            while (from < read)
            {
                int newline = Array.IndexOf(buffer, (byte)'\n', from, read - from);
                int end = newline < 0 ? read : newline;
                lineLength += end - from;
                if (lineLength <= maxBytes) line.Write(buffer, from, end - from);
                if (newline < 0) break;
                yield return Take();
                lineStart = position + newline + 1;
                from = newline + 1;
            }
            position += read;
        }
        if (lineLength > 0) yield return Take();

        ByteLine Take()
        {
            var taken = new ByteLine(number++, lineStart, lineLength <= maxBytes ? line.ToArray() : null, lineLength);
            line.SetLength(0);
            lineLength = 0;
            return taken;
        }
    }
}
