using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Actors.Tests;

/// <summary>The invented test dictionary and helpers to run the recognizer over a sentence.</summary>
static class TestDictionary
{
    public static ActorDictionary Invented { get; } = ActorDictionary.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "actors"));

    /// <summary>Each mention as "words=canonical", in text order.</summary>
    public static string[] Recognize(ActorDictionary dictionary, string text)
    {
        var doc = new Document(new Article("test", text));
        new ActorRecognizer(dictionary).Process(doc);
        return [.. doc.Actors.Select(m => $"{doc[m.Span]}={m.Actor}")];
    }
}
