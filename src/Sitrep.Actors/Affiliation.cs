namespace Sitrep.Actors;

/// <summary>Cues by which news describes an unnamed actor through a group it is tied to: "jihadists linked to al-Qaeda",
/// "a militia loyal to X". The group so named is not the actor described, nor a party to its acts.</summary>
public static class Affiliation
{
    // The two words before the group's name, lower-case; "the" before the name is left out ("allied to the army").
    static readonly (string, string)[] Cues =
    [
        ("linked", "to"), ("tied", "to"), ("affiliated", "with"), ("affiliated", "to"), ("allied", "to"), ("allied", "with"),
        ("aligned", "with"), ("loyal", "to"), ("close", "to"),
    ];

    /// <summary>Whether the name starting at <paramref name="nameStart"/> in <paramref name="text"/> follows a cue of affiliation.</summary>
    public static bool Precedes(string text, int nameStart)
    {
        var before = text.AsSpan(0, nameStart);
        var second = LastWord(ref before);
        if (second.Equals("the", StringComparison.OrdinalIgnoreCase)) second = LastWord(ref before);
        var first = LastWord(ref before);
        foreach (var (a, b) in Cues)
            if (first.Equals(a, StringComparison.OrdinalIgnoreCase) && second.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The last word of the text before a position, which then ends before that word; empty at punctuation or the start.
    static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> before)
    {
        int end = before.Length;
        while (end > 0 && before[end - 1] == ' ') end--;
        int start = end;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        var word = before[start..end];
        before = before[..start];
        return word;
    }
}
