using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Entities;
using Tupu.Pipeline.Evaluation;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu eval</c>: entity and relation precision, recall and F1 against the gold annotations, per split and type.</summary>
internal sealed class EvalCommand(Terminal terminal) : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var gold = GoldStandard.Load(settings.Gold ?? Path.Combine(settings.Corpus, "gold"));
        var lexicon = settings.Lexicons.Length == 0 ? EntityLexicon.LoadDefault() : EntityLexicon.Load(settings.Lexicons);
        var scores = new CorpusEvaluator(lexicon).Evaluate(settings.Corpus, gold);
        if (settings.Json)
        {
            terminal.Out.WriteLine(JsonSerializer.Serialize(
                scores.Select(s => new
                {
                    split = s.Split,
                    kind = s.Kind,
                    type = s.Type,
                    tp = s.TruePositives,
                    fp = s.FalsePositives,
                    fn = s.FalseNegatives,
                    precision = Math.Round(s.Precision, 3),
                    recall = Math.Round(s.Recall, 3),
                    f1 = Math.Round(s.F1, 3),
                }),
                JsonOptions.Compact));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Split", "Kind", "Type", "TP", "FP", "FN", "P", "R", "F1");
        foreach (var s in scores)
        {
            table.AddRow(s.Split, s.Kind, s.Type, Number(s.TruePositives), Number(s.FalsePositives), Number(s.FalseNegatives), Ratio(s.Precision), Ratio(s.Recall), Ratio(s.F1));
        }

        terminal.Console.Write(table);
        return ExitCodes.Success;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
