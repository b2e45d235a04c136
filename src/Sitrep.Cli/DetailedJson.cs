using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Documents;
using Sitrep.Gold;
using Sitrep.Model;

namespace Sitrep.Cli;

/// <summary>The <c>--format json</c> output: the gold format plus the evidence span behind every field.</summary>
public static class DetailedJson
{
    /// <summary>One JSON line for a document.</summary>
    public static string Serialize(Document doc)
    {
        var gold = GoldConvert.ToGold(doc);
        var root = JsonSerializer.SerializeToNode(gold, GoldJson.Options)!.AsObject();
        root["title"] = doc.Article.Title;
        root["published_reasoning"] = doc.PublishedReasoning;
        var events = root["events"]!.AsArray();
        for (int i = 0; i < doc.Events.Count; i++)
        {
            var e = doc.Events[i];
            var node = events[i]!.AsObject();
            node["evidence_spans"] = new JsonArray(e.Evidence.Select(s => Span(doc, s)).ToArray());
            node["field_spans"] = FieldSpans(doc, e.Fields);
            var quantities = node["quantities"]!.AsArray();
            for (int q = 0; q < e.Quantities.Count; q++)
            {
                quantities[q]!["certainty"] = GoldConvert.Snake(e.Quantities[q].Certainty.ToString());
                quantities[q]!["evidence"] = Span(doc, e.Quantities[q].Evidence);
            }
        }
        root["diagnostics"] = new JsonArray(doc.Diagnostics.Select(d => (JsonNode)new JsonObject { ["code"] = d.Code, ["message"] = d.Message }).ToArray());
        return root.ToJsonString(GoldJson.Options);
    }

    static JsonObject FieldSpans(Document doc, FieldEvidence f)
    {
        var spans = new JsonObject();
        void Add(string name, TextSpan? span) { if (span is { } s) spans[name] = Span(doc, s); }
        Add("trigger", f.Trigger);
        Add("date", f.Date);
        Add("location", f.Location);
        Add("actor1", f.Actor1);
        Add("actor2", f.Actor2);
        Add("fatalities", f.Fatalities);
        Add("injured", f.Injured);
        return spans;
    }

    static JsonNode Span(Document doc, TextSpan span) =>
        new JsonObject { ["start"] = span.Start, ["length"] = span.Length, ["text"] = doc[span] };
}
