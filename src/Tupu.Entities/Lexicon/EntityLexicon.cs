using System.Text;
using Tupu.Domain;
using Tupu.Entities.Lexicon;

namespace Tupu.Entities;

/// <summary>
/// The gazetteer: the shipped lexicon (embedded in this assembly) plus user lexicon files with the same columns.
/// A user row with an existing id replaces that entry.
/// </summary>
public sealed class EntityLexicon
{
    /// <summary>Logical name of the shipped lexicon resource (corpus/lexicon/entities.tsv).</summary>
    internal const string DefaultResourceName = "Tupu.Entities.Lexicon.entities.tsv";

    private EntityLexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
    }

    /// <summary>Entries in first-seen order; an overriding row keeps the position of the row it replaced.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The shipped lexicon only.</summary>
    public static EntityLexicon LoadDefault() => Load([]);

    /// <summary>The shipped lexicon, then each file in order (later rows override earlier ones with the same id).</summary>
    /// <exception cref="TupuException">MalformedLexicon naming the file and line; FileNotFound for a missing file.</exception>
    public static EntityLexicon Load(IEnumerable<string> extraFiles)
    {
        ArgumentNullException.ThrowIfNull(extraFiles);
        var sources = new List<(string Name, Func<TextReader> Open)>();
        if (typeof(EntityLexicon).Assembly.GetManifestResourceStream(DefaultResourceName) is { } stream)
        {
            stream.Dispose();
            sources.Add(("(shipped lexicon)", OpenDefault));
        }

        foreach (var file in extraFiles)
        {
            if (!File.Exists(file))
            {
                throw new TupuException(ErrorCode.FileNotFound, $"Lexicon file '{file}' was not found.");
            }

            sources.Add((file, () => new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true)));
        }

        return FromSources(sources);
    }

    /// <summary>Builds a lexicon from in-memory TSV texts (name, text), in order; for tests and tools.</summary>
    internal static EntityLexicon FromTexts(params (string Name, string Text)[] texts) =>
        FromSources(texts.Select(t => (t.Name, (Func<TextReader>)(() => new StringReader(t.Text)))).ToList());

    private static EntityLexicon FromSources(IReadOnlyList<(string Name, Func<TextReader> Open)> sources)
    {
        var order = new List<string>();
        var rows = new Dictionary<string, LexiconReader.Row>(StringComparer.Ordinal);
        foreach (var (name, open) in sources)
        {
            var seenInFile = new HashSet<string>(StringComparer.Ordinal);
            using var reader = open();
            foreach (var row in LexiconReader.Read(reader, name))
            {
                if (!seenInFile.Add(row.Entry.Id))
                {
                    throw LexiconReader.Malformed(name, row.Line, $"id '{row.Entry.Id}' appears twice in this file");
                }

                if (!rows.ContainsKey(row.Entry.Id))
                {
                    order.Add(row.Entry.Id);
                }

                rows[row.Entry.Id] = row;
            }
        }

        foreach (var row in rows.Values)
        {
            if (row.Entry.FamilyId is { } family && !rows.ContainsKey(family))
            {
                throw LexiconReader.Malformed(row.File, row.Line, $"family '{family}' of '{row.Entry.Id}' is not in the lexicon");
            }
        }

        return new EntityLexicon(order.Select(id => rows[id].Entry).ToList());
    }

    private static TextReader OpenDefault() =>
        new StreamReader(
            typeof(EntityLexicon).Assembly.GetManifestResourceStream(DefaultResourceName)!,
            Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true);
}
