using System.Collections.Frozen;
using System.Text;
using Tupu.Domain.Entities;
using Tupu.Entities;
using Tupu.Pipeline.Evaluation;
using Tupu.Text.Scripts;

namespace Tupu.Pipeline.GraphMapping;

/// <summary>
/// Finds the MediaOutlet entity an article's byline names (front matter "outlet", og:site_name). Bylines are metadata,
/// not text, so they never pass through mention recognition; they are matched against the outlets of the lexicon and
/// of the store, by a script- and case-insensitive key. An unknown outlet becomes a discovered MediaOutlet.
/// </summary>
public sealed class OutletDirectory
{
    private readonly FrozenDictionary<string, Entity> _byKey;

    private OutletDirectory(FrozenDictionary<string, Entity> byKey)
    {
        _byKey = byKey;
    }

    /// <summary>Indexes every outlet name and alias of the lexicon and of the entities already stored.</summary>
    public static OutletDirectory Build(EntityLexicon lexicon, IEnumerable<Entity> known)
    {
        var byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in known.Where(e => e.Type == EntityType.MediaOutlet))
        {
            foreach (var name in entity.Aliases.Append(entity.Name))
            {
                byKey.TryAdd(Key(name), entity);
            }
        }

        foreach (var entry in lexicon.Entries.Where(e => e.Type == EntityType.MediaOutlet))
        {
            var names = new List<string> { entry.NameEn };
            if (entry.NameZhHans is { Length: > 0 } hans)
            {
                names.Add(hans);
            }

            if (entry.NameZhHant is { Length: > 0 } hant)
            {
                names.Add(hant);
            }

            names.AddRange(entry.Aliases);
            var entity = new Entity(
                entry.Id,
                EntityType.MediaOutlet,
                entry.NameEn,
                entry.NameEn,
                entry.NameZhHans,
                [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                1.0,
                EntitySource.Lexicon);
            foreach (var name in names)
            {
                byKey[Key(name)] = entity;
            }
        }

        return new OutletDirectory(byKey.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The outlet entity a byline names, adding the byline as printed to its aliases.</summary>
    public Entity? Find(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var printed = byline.Trim();
        if (_byKey.TryGetValue(Key(printed), out var known))
        {
            return known.Aliases.Contains(printed, StringComparer.Ordinal)
                ? known
                : known with { Aliases = [.. known.Aliases.Append(printed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
        }

        var simplified = ScriptConverter.ToSimplified(printed.Normalize(NormalizationForm.FormKC));
        var hasHan = simplified.Any(ScriptConverter.IsHan);
        return new Entity(
            "outlet/" + Slug(simplified),
            EntityType.MediaOutlet,
            printed,
            hasHan ? null : printed,
            hasHan ? simplified : null,
            [.. new[] { printed, simplified }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            0.7,
            EntitySource.Discovered);
    }

    private static string Key(string name) => NameKey.Of(name);

    private static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
