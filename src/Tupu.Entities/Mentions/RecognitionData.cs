using System.Collections.Frozen;
using System.Collections.Immutable;
using Tupu.Domain;
using Tupu.Entities.Automaton;
using Tupu.Entities.Lexicon;

namespace Tupu.Entities.Mentions;

/// <summary>
/// The data files that drive discovery (Mentions/Data, embedded): cues, stoplist, name-run boundaries, surnames,
/// transliteration characters, alias cues and model variant words. Loaded once; immutable.
/// </summary>
internal sealed class RecognitionData
{
    private static readonly Lazy<RecognitionData> Shared = new(Load);

    private RecognitionData(
        IReadOnlyList<Cue> cues,
        FrozenSet<string> stoplist,
        FrozenSet<string> boundaries,
        FrozenSet<string> surnames,
        FrozenSet<char> transliteration,
        FrozenSet<string> aliasCues,
        FrozenSet<string> modelVariants)
    {
        Cues = cues;
        Stoplist = stoplist;
        Boundaries = boundaries;
        Surnames = surnames;
        Transliteration = transliteration;
        AliasCues = aliasCues;
        ModelVariants = modelVariants;
        CuesByKey = cues.GroupBy(c => NameKeys.Exact(c.Word), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        CueTrie = CharTrie.Build(CuesByKey.Keys.Select(k => KeyValuePair.Create(k, ImmutableArray.Create(k))), rootArray: true);
        AliasCueTrie = CharTrie.Build(aliasCues.Select(k => KeyValuePair.Create(k, ImmutableArray.Create(k))));
        MaxBoundaryLength = boundaries.Max(b => b.Length);
        MaxStopwordLength = stoplist.Max(b => b.Length);
    }

    public static RecognitionData Default => Shared.Value;

    public IReadOnlyList<Cue> Cues { get; }

    /// <summary>Cues by exact key; one word may cue several types (创始人: a Person after it, a Company before it).</summary>
    public FrozenDictionary<string, ImmutableArray<Cue>> CuesByKey { get; }

    public CharTrie CueTrie { get; }

    public CharTrie AliasCueTrie { get; }

    /// <summary>Exact keys of generic words that are never entities.</summary>
    public FrozenSet<string> Stoplist { get; }

    public FrozenSet<string> Boundaries { get; }

    public int MaxBoundaryLength { get; }

    public int MaxStopwordLength { get; }

    public FrozenSet<string> Surnames { get; }

    public FrozenSet<char> Transliteration { get; }

    public FrozenSet<string> AliasCues { get; }

    /// <summary>Case-folded variant words (coder, instruct, sonnet…).</summary>
    public FrozenSet<string> ModelVariants { get; }

    /// <summary>Whether a name (any script or width) is a generic word.</summary>
    public bool IsStopword(string name) => Stoplist.Contains(NameKeys.Exact(name));

    /// <summary>Whether a surface of the normalised analysis text is a generic word (cheap: no script conversion).</summary>
    public bool IsStopwordSurface(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxStopwordLength)
        {
            return false;
        }

        // The key is folded into a stack buffer and looked up as a span: no string per candidate.
        Span<char> key = stackalloc char[surface.Length];
        NameKeys.FoldNormalized(surface, key);
        return Stoplist.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    private static RecognitionData Load()
    {
        var cues = new List<Cue>();
        foreach (var file in new[] { "cues-zh.tsv", "cues-en.tsv" })
        {
            foreach (var (lineNumber, line) in Lines(file))
            {
                var columns = line.Split('\t');
                if (columns.Length != 4 || !EntityTypeNames.TryParse(columns[1], out var type) ||
                    columns[2] is not ("before" or "after") || columns[3] is not ("part" or "apart"))
                {
                    throw LexiconReader.Malformed(file, lineNumber, "a cue row needs: cue, type, before|after, part|apart");
                }

                cues.Add(new Cue(columns[0], type, columns[2] == "before", columns[3] == "part"));
            }
        }

        FrozenSet<string> Keys(string file) => Lines(file).Select(l => NameKeys.Exact(l.Text)).ToFrozenSet(StringComparer.Ordinal);

        return new RecognitionData(
            cues,
            Keys("stoplist.txt"),
            Keys("boundaries-zh.txt"),
            Keys("surnames-zh.txt"),
            Lines("transliteration-zh.txt").SelectMany(l => l.Text).ToFrozenSet(),
            Keys("alias-cues.txt"),
            Keys("model-versions.txt"));
    }

    private static List<(int Number, string Text)> Lines(string file)
    {
        var resource = "Tupu.Entities.Mentions.Data." + file;
        using var stream = typeof(RecognitionData).Assembly.GetManifestResourceStream(resource)
            ?? throw new TupuException(ErrorCode.MalformedLexicon, $"Embedded data file '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add((number, trimmed));
            }
        }

        return lines;
    }
}
