using System.Collections.Immutable;
using System.Reflection;
using Tupu.Domain;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations;

/// <summary>
/// Trigger and cue lexicons (corpus/lexicon/triggers*.tsv, cues*.tsv). Immutable; share one instance between threads.
/// </summary>
public sealed class RelationLexicon
{
    private const string ResourcePrefix = "Tupu.Relations.Lexicon.";
    private static readonly Lazy<RelationLexicon> Default = new(LoadEmbedded);

    private RelationLexicon(IReadOnlyList<TriggerEntry> triggers, IReadOnlyList<CueEntry> cues)
    {
        Triggers = triggers;
        Cues = cues;
        Matcher = new PhraseMatcher(triggers, cues);
        Circumfixes = [.. triggers.Where(t => t.Pattern == TriggerPattern.Circumfix)];
        Possessives = [.. triggers.Where(t => t.Pattern == TriggerPattern.Possessive)];
        CircumfixParts = new CircumfixParts(Circumfixes);
    }

    internal IReadOnlyList<TriggerEntry> Triggers { get; }

    internal IReadOnlyList<CueEntry> Cues { get; }

    internal PhraseMatcher Matcher { get; }

    internal ImmutableArray<TriggerEntry> Circumfixes { get; }

    internal ImmutableArray<TriggerEntry> Possessives { get; }

    /// <summary>The parts of <see cref="Circumfixes"/>, found once per text.</summary>
    internal CircumfixParts CircumfixParts { get; }

    /// <summary>The lexicons shipped inside this assembly (every embedded triggers*.tsv and cues*.tsv).</summary>
    public static RelationLexicon LoadDefault() => Default.Value;

    /// <summary>Builds a lexicon from TSV texts in the shipped formats; throws <see cref="TupuException"/> (MalformedLexicon).</summary>
    public static RelationLexicon FromTsv(IEnumerable<string> triggerFiles, IEnumerable<string> cueFiles) =>
        new(
            [.. triggerFiles.SelectMany((f, i) => LexiconTsv.ReadTriggers($"triggers#{i}", f))],
            [.. cueFiles.SelectMany((f, i) => LexiconTsv.ReadCues($"cues#{i}", f))]);

    private static RelationLexicon LoadEmbedded()
    {
        var assembly = typeof(RelationLexicon).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var triggers = names.Where(n => n.StartsWith(ResourcePrefix + "triggers", StringComparison.Ordinal))
            .SelectMany(n => LexiconTsv.ReadTriggers(n[ResourcePrefix.Length..], Read(assembly, n)));
        var cues = names.Where(n => n.StartsWith(ResourcePrefix + "cues", StringComparison.Ordinal))
            .SelectMany(n => LexiconTsv.ReadCues(n[ResourcePrefix.Length..], Read(assembly, n)));
        return new RelationLexicon([.. triggers], [.. cues]);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new TupuException(ErrorCode.MalformedLexicon, $"Embedded lexicon '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
