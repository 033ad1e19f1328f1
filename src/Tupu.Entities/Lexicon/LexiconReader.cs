using System.Collections.Immutable;
using Tupu.Domain;
using Tupu.Domain.Entities;

namespace Tupu.Entities.Lexicon;

/// <summary>
/// Reads gazetteer TSV: id, type, name_en, name_zh_hans, name_zh_hant, aliases ('|'-separated), family.
/// A header row starting with "id", blank lines and '#' comments are skipped; trailing empty columns may be omitted.
/// </summary>
internal static class LexiconReader
{
    private const int MinColumns = 3;
    private const int MaxColumns = 7;

    /// <summary>One parsed row and where it came from, so later checks can name the file and line.</summary>
    internal sealed record Row(LexiconEntry Entry, string File, int Line);

    public static IEnumerable<Row> Read(TextReader reader, string fileName)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || (lineNumber == 1 && trimmed.StartsWith("id\t", StringComparison.Ordinal)))
            {
                continue;
            }

            yield return new Row(ParseRow(line.TrimEnd('\r'), fileName, lineNumber), fileName, lineNumber);
        }
    }

    private static LexiconEntry ParseRow(string line, string fileName, int lineNumber)
    {
        var columns = line.Split('\t');
        if (columns.Length < MinColumns || columns.Length > MaxColumns)
        {
            throw Malformed(fileName, lineNumber, $"expected {MinColumns} to {MaxColumns} tab-separated columns, found {columns.Length}");
        }

        string? Column(int index) => index < columns.Length && columns[index].Trim().Length > 0 ? columns[index].Trim() : null;

        var id = Column(0) ?? throw Malformed(fileName, lineNumber, "the id is empty");
        if (id.Any(char.IsWhiteSpace) || !id.Contains('/', StringComparison.Ordinal))
        {
            throw Malformed(fileName, lineNumber, $"id '{id}' must look like 'type/name' without spaces");
        }

        var typeText = Column(1) ?? throw Malformed(fileName, lineNumber, "the type is empty");
        if (!EntityTypeNames.TryParse(typeText, out var type))
        {
            throw Malformed(fileName, lineNumber, $"unknown type '{typeText}' (Company, Model, Person, MediaOutlet)");
        }

        var nameEn = Column(2);
        var hans = Column(3);
        var hant = Column(4);
        var aliases = (Column(5) ?? string.Empty)
            .Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToImmutableArray();
        if (nameEn is null && hans is null && hant is null)
        {
            throw Malformed(fileName, lineNumber, $"entry '{id}' has no name in any language");
        }

        var family = Column(6);
        if (family is not null && string.Equals(family, id, StringComparison.Ordinal))
        {
            throw Malformed(fileName, lineNumber, $"entry '{id}' names itself as its family");
        }

        // The canonical name is English when known: the issue asks for English display names.
        return new LexiconEntry(id, type, nameEn ?? hans ?? hant!, hans, hant, aliases, family);
    }

    public static TupuException Malformed(string fileName, int lineNumber, string reason) =>
        new(ErrorCode.MalformedLexicon, $"{fileName}:{lineNumber}: malformed lexicon row: {reason}.");
}
