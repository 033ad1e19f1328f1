using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;

namespace Tupu.Pipeline.Evaluation;

/// <summary>
/// The hand annotations of the corpus (corpus/gold/entities.tsv and relations.tsv; article paths relative to corpus/).
/// </summary>
public sealed record GoldStandard(IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldRelation> Relations)
{
    public IEnumerable<string> Articles =>
        Entities.Select(e => e.Article).Concat(Relations.Select(r => r.Article)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public static GoldStandard Load(string goldDirectory)
    {
        var entities = Rows(Path.Combine(goldDirectory, "entities.tsv"), 3)
            .Select(r => new GoldEntity(r.Cells[0], ParseType(r), r.Cells[2]))
            .ToList();
        var relations = Rows(Path.Combine(goldDirectory, "relations.tsv"), 5)
            .Select(r => new GoldRelation(
                r.Cells[0],
                RelationTypes.TryParse(r.Cells[1], out var type) ? type : throw r.Error($"unknown relation type '{r.Cells[1]}'"),
                r.Cells[2],
                r.Cells[3],
                Enum.TryParse<Certainty>(r.Cells[4], ignoreCase: true, out var certainty) ? certainty : throw r.Error($"unknown certainty '{r.Cells[4]}'")))
            .ToList();
        return new GoldStandard(entities, relations);
    }

    private static EntityType ParseType(Row row) =>
        Enum.TryParse<EntityType>(row.Cells[1], ignoreCase: false, out var type) ? type : throw row.Error($"unknown entity type '{row.Cells[1]}'");

    private static IEnumerable<Row> Rows(string path, int columns)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var row = new Row(path, number, cells);
            if (cells.Length < columns)
            {
                throw row.Error($"expected {columns} tab-separated columns");
            }

            yield return row;
        }
    }

    private sealed record Row(string Path, int Line, string[] Cells)
    {
        public TupuException Error(string reason) => new(ErrorCode.MalformedLexicon, $"{Path}:{Line}: {reason}");
    }
}
