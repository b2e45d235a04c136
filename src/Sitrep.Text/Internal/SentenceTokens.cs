using Sitrep.Documents;

namespace Sitrep.Text.Internal;

/// <summary>One sentence's tokens with their words as written and lower-cased, computed once for every finder.</summary>
internal sealed record SentenceTokens(Sentence Sentence, Token[] Tokens, string[] Raw, string[] Words)
{
    /// <summary>The sentences of <paramref name="document"/> with their tokens, in one pass over both (each is in text order).</summary>
    public static List<SentenceTokens> Of(Document document)
    {
        var result = new List<SentenceTokens>(document.Sentences.Count);
        var tokens = document.Tokens;
        int t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start) t++;
            int first = t;
            while (t < tokens.Count && sentence.Span.Contains(tokens[t].Span)) t++;
            var slice = new Token[t - first];
            for (int k = 0; k < slice.Length; k++) slice[k] = tokens[first + k];
            var raw = Array.ConvertAll(slice, token => document[token.Span]);
            result.Add(new SentenceTokens(sentence, slice, raw, Array.ConvertAll(raw, r => r.ToLowerInvariant())));
        }
        return result;
    }
}
