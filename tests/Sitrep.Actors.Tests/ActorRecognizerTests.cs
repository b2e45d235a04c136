using Sitrep.Documents;
using static Sitrep.Actors.Tests.TestDictionary;

namespace Sitrep.Actors.Tests;

public class ActorRecognizerTests
{
    [Fact]
    public void Acronym_matches_only_when_written_in_capitals()
    {
        Assert.Equal(["IT=Iron Tide"], Recognize(Invented, "It is over, it said, as IT fighters withdrew."));
    }

    [Fact]
    public void Lower_case_letters_of_a_name_match_a_headline_in_capitals()
    {
        Assert.Equal(["GREY LANTERNS=Order of the Grey Lantern"], Recognize(Invented, "GREY LANTERNS STORM TOWN"));
    }

    [Fact]
    public void Capitals_of_a_name_are_required()
    {
        Assert.Empty(Recognize(Invented, "grey lanterns hung in the street"));
    }

    [Fact]
    public void Possessive_s_is_left_out_of_the_span()
    {
        Assert.Equal(["OGL=Order of the Grey Lantern"], Recognize(Invented, "The OGL's commanders fled."));
        Assert.Equal(["OGL=Order of the Grey Lantern"], Recognize(Invented, "The OGL’s commanders fled."));
    }

    [Fact]
    public void Longest_name_wins_over_the_name_it_starts_with()
    {
        Assert.Equal(["Valdorian army reserve=Valdorian Reserve", "Valdorian army=Valdorian army"],
            Recognize(Invented, "The Valdorian army reserve joined the Valdorian army."));
    }

    [Fact]
    public void Name_inside_a_longer_word_is_not_a_match()
    {
        Assert.Empty(Recognize(Invented, "ITV showed OGLs and Valdorians."));
    }

    [Fact]
    public void Apostrophes_hyphens_and_diacritics_are_ignored()
    {
        Assert.Equal(["Qarath Movement=Qa'rath Movement", "Qa’rath-Movement=Qa'rath Movement", "Selene Brigade=Sélène Brigade"],
            Recognize(Invented, "Qarath Movement and Qa’rath-Movement fighters met the Selene Brigade."));
    }

    [Fact]
    public void Dotted_initials_match_the_acronym()
    {
        Assert.Equal(["I.T.=Iron Tide"], Recognize(Invented, "Fighters of the I.T. withdrew."));
    }

    [Fact]
    public void Name_does_not_run_across_punctuation_or_lines()
    {
        Assert.Empty(Recognize(Invented, "He was Valdorian, army officers said.\nValdorian\ntroops"));
    }

    [Fact]
    public void Description_refers_to_the_candidate_named_most_recently()
    {
        Assert.Equal(["OGL=Order of the Grey Lantern", "Iron Tide=Iron Tide", "the brotherhood=Iron Tide"],
            Recognize(Invented, "The OGL fought Iron Tide. Later the brotherhood withdrew."));
    }

    [Fact]
    public void Description_is_no_mention_when_no_candidate_is_named_anywhere()
    {
        Assert.Equal(["Tallis Press=Tallis Press"], Recognize(Invented, "The brotherhood attacked, Tallis Press reported; the monitor was silent."));
    }

    [Fact]
    public void Description_in_the_lede_refers_to_the_candidate_named_first_further_down()
    {
        Assert.Equal(["the brotherhood=Iron Tide", "Iron Tide=Iron Tide", "OGL=Order of the Grey Lantern"],
            Recognize(Invented, "Fighters of the brotherhood stormed the town. Iron Tide later said OGL units had fled."));
    }

    [Fact]
    public void Description_in_the_lede_does_not_refer_to_a_group_it_is_only_linked_to()
    {
        Assert.Equal(["the brotherhood=Order of the Grey Lantern", "Iron Tide=Iron Tide", "OGL=Order of the Grey Lantern"],
            Recognize(Invented, "Fighters of the brotherhood linked to Iron Tide stormed the town. OGL later said its units had fled."));
    }

    [Fact]
    public void Description_whose_words_begin_a_longer_name_gives_way_to_the_name()
    {
        Assert.Equal(["al-Qaeda=al-Qaeda", "Group for the Support of Islam and Muslims=Jama'at Nusrat al-Islam wal-Muslimin"],
            Recognize(ActorDictionary.Default, "Ties to al-Qaeda are claimed by the Group for the Support of Islam and Muslims."));
    }

    [Fact]
    public void Description_resolves_after_its_candidate_is_named_by_a_description_too()
    {
        Assert.Equal(["the Morrow Observatory=Morrow Watch", "the monitor=Morrow Watch"],
            Recognize(Invented, "According to the Morrow Observatory, 12 died, the monitor said."));
    }

    [Fact]
    public void Mentions_replace_the_layer_in_text_order()
    {
        var doc = new Document(new Article("t", "TP said Valdorian soldiers and OGL fighters clashed."));
        var recognizer = new ActorRecognizer(Invented);
        recognizer.Process(doc);
        recognizer.Process(doc);
        Assert.Equal([0, 8, 31], doc.Actors.Select(m => m.Span.Start));
        Assert.Equal(Layers.Actors, recognizer.Produces);
        Assert.Equal(Layers.None, recognizer.Requires);
    }

    [Fact]
    public void Empty_text_gives_no_mentions()
    {
        Assert.Empty(Recognize(Invented, ""));
    }
}
