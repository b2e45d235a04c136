namespace Sitrep.Read.Internal;

/// <summary>Reads one plain-text article: the whole file is the text, its first line the title.</summary>
internal static class TextFileReader
{
    public static Found Read(string path, long maxBytes)
    {
        if (!SourceText.TryLoad(path, maxBytes, out var text, out var problem)) return new Found(null, null, problem);
        if (string.IsNullOrWhiteSpace(text)) return Found.Of(ReadCodes.EmptyText, "the file holds no text.", path);
        var start = text.TrimStart();
        int newline = start.IndexOf('\n');
        var title = (newline < 0 ? start : start[..newline]).Trim();
        return Found.Of(new(Path.GetFileNameWithoutExtension(path), text) { Title = title, Origin = path }, null);
    }
}
