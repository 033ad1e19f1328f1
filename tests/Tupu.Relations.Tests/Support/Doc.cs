using System.Collections.Immutable;
using System.Text;
using Tupu.Domain.Articles;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Relations.Tests.Support;

/// <summary>
/// Builds a ResolvedDocument from marked-up text: [surface|Type|entity-id] marks a resolved mention. Sentences end at
/// 。！？!? (and ". "), a newline starts a new paragraph. Upstream stages are not used, so these tests see only what
/// the relation stage is given.
/// </summary>
internal static class Doc
{
    public static ResolvedDocument Parse(
        string markup,
        string? outlet = null,
        string? outletId = null,
        string? source = null,
        DateOnly? published = null)
    {
        var text = new StringBuilder();
        var mentions = new List<ResolvedMention>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] != '[')
            {
                text.Append(markup[i]);
                continue;
            }

            var close = markup.IndexOf(']', i);
            var parts = markup[(i + 1)..close].Split('|');
            var type = Enum.Parse<EntityType>(parts[1]);
            var span = new TextSpan(text.Length, text.Length + parts[0].Length);
            text.Append(parts[0]);
            mentions.Add(new ResolvedMention(new Mention(span, type, EntitySource.Lexicon, 0.95, parts[2]), parts[2], 0.9));
            entities.TryAdd(parts[2], new Entity(parts[2], type, parts[0], null, null, [parts[0]], 0.9, EntitySource.Lexicon));
            i = close;
        }

        if (outlet is not null && outletId is not null)
        {
            entities.TryAdd(outletId, new Entity(outletId, EntityType.MediaOutlet, outlet, outlet, null, [outlet], 0.9, EntitySource.Lexicon));
        }

        var analysis = text.ToString();
        var printed = source ?? analysis;
        if (printed.Length != analysis.Length)
        {
            throw new ArgumentException("The source text must align one to one with the analysis text.", nameof(source));
        }

        var article = new Article("a-0123456789abcdef", "test", ArticleFormat.PlainText, "utf-8", "hash",
            new ArticleMetadata(Outlet: outlet, Published: published), printed);
        var normalized = new NormalizedDocument(article, analysis, OffsetMap.Identity(analysis.Length), Sentences(analysis),
            source is null ? Script.Simplified : Script.Traditional);
        var mentioned = new MentionedDocument(normalized, MentionedDocument.CheckedMentions([.. mentions.Select(m => m.Mention)]), []);
        return new ResolvedDocument(mentioned, [.. mentions], entities.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private static ImmutableArray<Sentence> Sentences(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        var paragraph = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '。' or '！' or '？' or '!' or '?'
                || (c == '.' && (i + 1 == text.Length || text[i + 1] == ' ' || text[i + 1] == '\n'));
            if (end)
            {
                // Closing quotes belong to the sentence they close.
                while (i + 1 < text.Length && text[i + 1] is '”' or '"' or '」' or '’')
                {
                    i++;
                }

                Add(start, i + 1);
                start = i + 1;
            }
            else if (c == '\n')
            {
                Add(start, i);
                start = i + 1;
                paragraph++;
            }
        }

        Add(start, text.Length);
        return sentences.ToImmutable();

        void Add(int from, int to)
        {
            while (from < to && text[from] == ' ')
            {
                from++;
            }

            if (to > from)
            {
                sentences.Add(new Sentence(new TextSpan(from, to), SentenceLanguage.Mixed, paragraph));
            }
        }
    }
}
