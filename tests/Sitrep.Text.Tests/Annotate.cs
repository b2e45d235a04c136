using Sitrep.Documents;

namespace Sitrep.Text.Tests;

/// <summary>Runs the text stage over an invented article, shared by the tests.</summary>
static class Annotate
{
    static readonly TextAnnotator Annotator = new();

    public static Document Text(string text, DateOnly? published = null)
    {
        var doc = new Document(new Article("test", text) { Published = published });
        Annotator.Process(doc);
        return doc;
    }
}
