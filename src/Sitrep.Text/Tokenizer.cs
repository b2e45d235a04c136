using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>Splits text into word, number and punctuation tokens.</summary>
/// <remarks>Words keep inner apostrophes and hyphens ("al-Sina'a", "twenty-three"); numbers keep separators and decimals ("12,000", "1.5").</remarks>
public static partial class Tokenizer
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*|\S")]
    private static partial Regex TokenPattern();

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        // EnumerateMatches: no Match object or substring per token (every article has thousands).
        var tokens = new List<Token>(text.Length / 4); // news text has a token in about 5.5 characters: rarely regrows
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            char first = text[m.Index];
            var kind = char.IsDigit(first) ? TokenKind.Number : char.IsLetter(first) ? TokenKind.Word : TokenKind.Punctuation;
            tokens.Add(new Token(new TextSpan(m.Index, m.Length), kind));
        }
        return tokens;
    }
}
