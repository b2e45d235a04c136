using System.Text.Json;
using Sitrep.Events;
using Sitrep.Model;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval-types</c>: types the main event of each labelled snippet (CASE 2021 task 2 format) and scores it.</summary>
/// <remarks>Only rows labelled with an ACLED sub-type count; the non-ACLED codes (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) are skipped.</remarks>
public sealed class EvalTypesCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "eval-types";

    /// <inheritdoc />
    public string Summary => "Type the main event of labelled snippets; print accuracy, macro-F1 and confusions.";

    /// <inheritdoc />
    public string Usage => "CASE.tsv [--json]";

    // CASE 2021 task 2 codes (note_on_event_types.txt) for ACLED's 25 sub-types.
    static readonly Dictionary<string, SubEventType> Codes = new(StringComparer.Ordinal)
    {
        ["ARMED_CLASH"] = SubEventType.ArmedClash, ["GOV_REGAINS_TERIT"] = SubEventType.GovernmentRegainsTerritory,
        ["NON_STATE_ACTOR_OVERTAKES_TER"] = SubEventType.NonStateActorOvertakesTerritory, ["CHEM_WEAP"] = SubEventType.ChemicalWeapon,
        ["AIR_STRIKE"] = SubEventType.AirDroneStrike, ["SUIC_BOMB"] = SubEventType.SuicideBomb,
        ["ART_MISS_ATTACK"] = SubEventType.ShellingArtilleryMissileAttack, ["REM_EXPLOS"] = SubEventType.RemoteExplosiveLandmineIed,
        ["GRENADE"] = SubEventType.Grenade, ["SEX_VIOL"] = SubEventType.SexualViolence, ["ATTACK"] = SubEventType.Attack,
        ["ABDUCT_DISSAP"] = SubEventType.AbductionForcedDisappearance, ["PEACE_PROTEST"] = SubEventType.PeacefulProtest,
        ["PROTEST_WITH_INTER"] = SubEventType.ProtestWithIntervention, ["FORCE_AGAINST_PROTEST"] = SubEventType.ExcessiveForceAgainstProtesters,
        ["VIOL_DEMONSTR"] = SubEventType.ViolentDemonstration, ["MOB_VIOL"] = SubEventType.MobViolence,
        ["AGREEMENT"] = SubEventType.Agreement, ["ARREST"] = SubEventType.Arrests, ["CHANGE_TO_GROUP_ACT"] = SubEventType.ChangeToGroupActivity,
        ["DISR_WEAP"] = SubEventType.DisruptedWeaponsUse, ["HQ_ESTABLISHED"] = SubEventType.HeadquartersOrBaseEstablished,
        ["PROPERTY_DISTRUCT"] = SubEventType.LootingPropertyDestruction, ["NON_VIOL_TERRIT_TRANSFER"] = SubEventType.NonViolentTransferOfTerritory,
        ["OTHER"] = SubEventType.Other,
    };

    static readonly string[] NonAcled = ["ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"];

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positionals.Count != 1) throw new UsageException("give one labelled snippet file.");
        var path = args.Positionals[0];
        if (!File.Exists(path)) throw new SitrepException($"No such file: {path}.");

        var pairs = new List<(SubEventType Gold, SubEventType? Predicted)>();
        int skipped = 0, bad = 0, line = 0;
        foreach (var row in File.ReadLines(path))
        {
            if (line++ == 0 || row.Length == 0) continue;  // header: id, EventSnippet, SubType
            var cols = row.Split('\t');
            if (cols.Length < 3) { stderr.WriteLine($"{path}:{line}: SR5001: expected id, snippet and label separated by tabs; row skipped."); bad++; continue; }
            var label = cols[^1].Trim();
            if (!Codes.TryGetValue(label, out var gold))
            {
                if (NonAcled.Contains(label)) skipped++;
                else { stderr.WriteLine($"{path}:{line}: SR5002: unknown label '{label}'; row skipped."); bad++; }
                continue;
            }
            pairs.Add((gold, EventTyper.Default.Type(string.Join('\t', cols[1..^1]))?.SubEventType));
        }
        // A wrong file must not pass for a score of zero.
        if (pairs.Count == 0) throw new SitrepException($"{path}: SR5003: no row carries an ACLED label, so there is nothing to score (expected a header line, then id, snippet and label separated by tabs).");
        var report = Score(pairs, skipped);
        if (args.Has("json")) stdout.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true }));
        else Print(report, stdout);
        return bad == 0 ? 0 : 1;
    }

    /// <summary>Scores of one run.</summary>
    sealed record TypesReport(int Rows, int SkippedNonAcled, double Accuracy, double MacroF1, IReadOnlyList<TypeScore> PerType, IReadOnlyList<Confusion> TopConfusions);

    /// <summary>Precision, recall and F1 of one sub-type.</summary>
    sealed record TypeScore(string SubEventType, int Gold, int Predicted, int Correct, double Precision, double Recall, double F1);

    /// <summary>How often one gold type was typed as another ("none" when nothing was found).</summary>
    sealed record Confusion(string Gold, string Predicted, int Count);

    static TypesReport Score(List<(SubEventType Gold, SubEventType? Predicted)> pairs, int skipped)
    {
        var perType = AcledTypes.SubEventTypes
            .Where(t => pairs.Any(p => p.Gold == t))
            .Select(t =>
            {
                int gold = pairs.Count(p => p.Gold == t), predicted = pairs.Count(p => p.Predicted == t), correct = pairs.Count(p => p.Gold == t && p.Predicted == t);
                double precision = predicted == 0 ? 0 : (double)correct / predicted, recall = (double)correct / gold;
                double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                return new TypeScore(AcledTypes.Name(t), gold, predicted, correct, precision, recall, f1);
            }).ToArray();
        var confusions = pairs.Where(p => p.Predicted != p.Gold)
            .GroupBy(p => (Gold: AcledTypes.Name(p.Gold), Predicted: p.Predicted is { } s ? AcledTypes.Name(s) : "none"))
            .Select(g => new Confusion(g.Key.Gold, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Gold, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .Take(15).ToArray();
        double accuracy = pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Predicted == p.Gold) / pairs.Count;
        return new TypesReport(pairs.Count, skipped, accuracy, perType.Length == 0 ? 0 : perType.Average(t => t.F1), perType, confusions);
    }

    static void Print(TypesReport r, TextWriter o)
    {
        o.WriteLine($"rows {r.Rows} (ACLED-labelled; {r.SkippedNonAcled} non-ACLED rows skipped)");
        o.WriteLine($"accuracy {r.Accuracy:F3}   macro-F1 {r.MacroF1:F3}\n");
        o.WriteLine($"{"sub-event type",-38} {"gold",5} {"pred",5} {"P",6} {"R",6} {"F1",6}");
        foreach (var t in r.PerType) o.WriteLine($"{t.SubEventType,-38} {t.Gold,5} {t.Predicted,5} {t.Precision,6:F2} {t.Recall,6:F2} {t.F1,6:F2}");
        o.WriteLine("\nmost frequent confusions (gold → predicted):");
        foreach (var c in r.TopConfusions) o.WriteLine($"  {c.Count,4}  {c.Gold} → {c.Predicted}");
    }
}
