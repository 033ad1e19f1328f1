using System.Collections.Immutable;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;

namespace Tupu.Relations.Lexicon;

/// <summary>Reads triggers*.tsv and cues*.tsv (formats in their header comments); malformed rows throw MalformedLexicon.</summary>
internal static class LexiconTsv
{
    public static IEnumerable<TriggerEntry> ReadTriggers(string name, string content)
    {
        foreach (var (line, cols) in Rows(content))
        {
            if (cols.Length != 6)
            {
                throw Malformed(name, line, "expected 6 columns: phrase, relation, pattern, subject, role, flags");
            }

            if (!RelationTypes.TryParse(cols[1], out var type) || !type.IsSemantic())
            {
                throw Malformed(name, line, $"unknown relation '{cols[1]}'");
            }

            if (!Enum.TryParse<TriggerPattern>(cols[2], ignoreCase: true, out var pattern)
                || !Enum.TryParse<SubjectSide>(cols[3], ignoreCase: true, out var side))
            {
                throw Malformed(name, line, $"unknown pattern '{cols[2]}' or subject side '{cols[3]}'");
            }

            var role = cols[4] == "-" ? null : cols[4];
            var former = cols[5] switch
            {
                "former" => true,
                "-" => false,
                _ => throw Malformed(name, line, $"unknown flag '{cols[5]}'"),
            };
            foreach (var phrase in Alternatives(cols[0]))
            {
                var parts = phrase.Split('…', StringSplitOptions.TrimEntries);
                if (parts.Length != (pattern == TriggerPattern.Circumfix ? 2 : 1) || parts.Any(p => p.Length == 0))
                {
                    throw Malformed(name, line, $"'{phrase}' does not fit pattern {pattern}");
                }

                yield return new TriggerEntry(phrase, parts, type, pattern, side, role, former);
            }
        }
    }

    public static IEnumerable<CueEntry> ReadCues(string name, string content)
    {
        foreach (var (line, cols) in Rows(content))
        {
            if (cols.Length != 3 || !Enum.TryParse<CueKind>(cols[1], ignoreCase: true, out var kind))
            {
                throw Malformed(name, line, "expected 3 columns: phrase, kind, argument");
            }

            var types = ImmutableArray<EntityType>.Empty;
            if (kind == CueKind.Pronoun)
            {
                var parsed = cols[2].Split('|').Select(t => Enum.TryParse<EntityType>(t, out var et) ? et : (EntityType?)null).ToArray();
                if (parsed.Any(t => t is null))
                {
                    throw Malformed(name, line, $"unknown entity type in '{cols[2]}'");
                }

                types = [.. parsed.Select(t => t!.Value)];
            }

            foreach (var phrase in Alternatives(cols[0]))
            {
                yield return new CueEntry(phrase, kind, cols[2] == "sentence", types);
            }
        }
    }

    private static IEnumerable<string> Alternatives(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<(int Line, string[] Columns)> Rows(string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            yield return (i + 1, text.Split('\t').Select(c => c.Trim()).ToArray());
        }
    }

    private static TupuException Malformed(string name, int line, string why) =>
        new(ErrorCode.MalformedLexicon, $"{name}:{line}: {why}.");
}
