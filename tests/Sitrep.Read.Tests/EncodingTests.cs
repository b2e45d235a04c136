using System.Text;
using Sitrep.Read;

namespace Sitrep.Read.Tests;

public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    const string Story = "Explosão em São Tomé: duas pessoas morreram na sexta-feira, disse a polícia local.";

    [Fact]
    public void A_page_declaring_windows_1252_is_decoded_with_it()
    {
        using var scratch = new ScratchFolder();
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>{Story}</p></body></html>";
        var path = scratch.Write("old.html", Encoding.GetEncoding(1252).GetBytes(html));

        Assert.Equal(Story, Assert.Single(Fixtures.ReadAll(path)).Article!.Text);
    }

    [Fact]
    public void A_page_declaring_latin1_but_written_in_utf8_is_read_as_utf8()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("mislabelled.html", $"<html><head><meta charset=\"iso-8859-1\"></head><body><p>{Story}</p></body></html>");

        Assert.Equal(Story, Assert.Single(Fixtures.ReadAll(path)).Article!.Text);
    }

    [Fact]
    public void A_latin1_page_without_a_declaration_is_invalid_utf8()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("bare.html", Encoding.Latin1.GetBytes($"<html><body><p>{Story}</p></body></html>"));

        Assert.Equal(ReadCodes.InvalidUtf8, Assert.Single(Fixtures.ReadAll(path)).Problem!.Code);
    }

    [Fact]
    public void A_feed_declaring_iso_8859_1_is_decoded_with_it()
    {
        using var scratch = new ScratchFolder();
        var rss = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Jornal</title><item><title>Explosão</title><guid>j-1</guid><description>{Story}</description></item></channel></rss>";
        var path = scratch.Write("jornal.rss", Encoding.Latin1.GetBytes(rss));

        Assert.Equal($"Explosão\n\n{Story}", Assert.Single(Fixtures.ReadAll(path)).Article!.Text);
    }
}
