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
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var kind = char.IsDigit(m.Value[0]) ? TokenKind.Number : char.IsLetter(m.Value[0]) ? TokenKind.Word : TokenKind.Punctuation;
            tokens.Add(new Token(new TextSpan(m.Index, m.Length), kind));
        }
        return tokens;
    }
}
