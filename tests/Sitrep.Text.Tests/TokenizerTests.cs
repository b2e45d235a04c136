using Sitrep.Documents;
using Sitrep.Text.Internal;

namespace Sitrep.Text.Tests;

public class TokenizerTests
{
    static (string Text, TokenKind Kind)[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (text.Substring(t.Span.Start, t.Span.Length), t.Kind)).ToArray();

    [Fact]
    public void Numbers_words_and_punctuation_each_get_their_kind()
    {
        Assert.Equal(
            [("About", TokenKind.Word), ("14,500", TokenKind.Number), ("people", TokenKind.Word), ("fled", TokenKind.Word), ("Dar'a-Süd", TokenKind.Word),
             ("(", TokenKind.Punctuation), ("2.5", TokenKind.Number), ("%", TokenKind.Punctuation), (")", TokenKind.Punctuation)],
            Tokens("About 14,500 people fled Dar'a-Süd (2.5%)"));
    }

    [Fact]
    public void Empty_text_has_no_tokens() => Assert.Empty(Tokenizer.Tokenize(""));
}

public class PhraseIndexTests
{
    static readonly PhraseIndex<int> Index = new([(["claimed", "responsibility"], 2), (["claimed"], 1), (["reportedly"], 3)]);

    [Fact]
    public void Phrases_starting_at_a_word_come_longest_first()
    {
        string[] words = ["the", "group", "claimed", "responsibility"];
        Assert.Equal([2, 1], Index.StartingAt(words, 2).Select(p => p.Value));
        Assert.Empty(Index.StartingAt(words, 0));
        Assert.Empty(Index.StartingAt(words, 9));
    }

    [Fact]
    public void Phrases_ending_at_a_word_are_matched_backwards()
    {
        string[] words = ["they", "claimed", "responsibility", "reportedly"];
        Assert.Equal([2], Index.EndingAt(words, 2).Select(p => p.Value));
        Assert.Equal([3], Index.EndingAt(words, 3).Select(p => p.Value));
        Assert.Empty(Index.EndingAt(words, -1));
    }
}
