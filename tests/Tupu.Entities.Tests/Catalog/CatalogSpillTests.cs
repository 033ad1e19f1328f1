using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;
using Tupu.Entities.Resolution;
using Tupu.Entities.Tests.Measurement;

namespace Tupu.Entities.Tests.Catalog;

/// <summary>
/// A catalog that moves its learned names to disk must answer every question exactly as one that keeps them in memory:
/// the same articles are resolved and learned by both, and their answers compared. In the measurement collection: the
/// first test is heavy, and the throughput tests, which count the process's CPU time, must not run beside it.
/// </summary>
[Collection(MeasurementCollection.Name)]
public sealed class CatalogSpillTests
{
    private static readonly EntityLexicon Lexicon = EntityLexicon.LoadDefault();

    [Fact]
    public void A_catalog_with_a_spill_resolves_and_answers_as_one_in_memory()
    {
        using var spill = new CatalogSpill(namesInMemory: 300);
        var inMemory = EntityCatalog.Build(Lexicon, []);
        var spilled = EntityCatalog.Build(Lexicon, [], spill);
        var recognizer = new MentionRecognizer(inMemory);
        var texts = GeneratedCorpus.Articles(240_000, GeneratedCorpus.KnownNames(Lexicon), seed: 11);
        // Each text twice: the second time, its names are found again among those learned (and spilled) before.
        foreach (var text in texts.Concat(texts.Take(20)))
        {
            var mentioned = recognizer.Recognize(Docs.Plain(text));
            var expected = new EntityResolver(inMemory).Resolve(mentioned);
            var actual = new EntityResolver(spilled).Resolve(mentioned);
            Assert.Equal(Describe(expected), Describe(actual));
            inMemory = inMemory.Learn(expected);
            spilled = spilled.Learn(actual);
        }

        Assert.True(spill.Writes >= 5, $"the spill was written {spill.Writes} times");
        Assert.True(spilled.EntitiesById.Count < inMemory.EntitiesById.Count / 4);
        Assert.Equal(inMemory.Count, spilled.Count);
        Assert.Equal(inMemory.Entities.Select(Describe), spilled.Entities.Select(Describe));
        foreach (var entity in inMemory.Entities)
        {
            foreach (var name in new[] { entity.Name, entity.NameEn, entity.NameZh }.Concat(entity.Aliases).OfType<string>())
            {
                var exact = NameKeys.Exact(name);
                var compact = NameKeys.CompactOfExact(exact);
                Assert.Equal(inMemory.IdsByExact(exact), spilled.IdsByExact(exact));
                Assert.Equal(inMemory.IdsByCompact(compact), spilled.IdsByCompact(compact));
                Assert.Equal(inMemory.Candidates(name, fuzzy: true), spilled.Candidates(name, fuzzy: true));
                // As FamilyInference asks it: a company's name, before a model's version.
                if (entity.Type == EntityType.Company)
                {
                    Assert.Equal(inMemory.FamilyNamedAfter(compact), spilled.FamilyNamedAfter(compact));
                }
            }
        }
    }

    [Fact]
    public void Names_and_entities_written_to_the_spill_are_found_again()
    {
        using var spill = new CatalogSpill(namesInMemory: 1);
        var catalog = EntityCatalog.Build(Lexicon, [], spill);
        catalog = Learn(catalog, "初创公司深瞳智能发布了新模型。CEO Dana Whitlow of Quillmark Labs said the team will ship Quillmark-7B-Instruct soon.");

        Assert.True(spill.Writes > 0);
        Assert.DoesNotContain(catalog.EntitiesById.Keys, id => !catalog.LexiconIds.Contains(id));
        var found = new EntityResolver(catalog).Resolve(new MentionRecognizer(EntityCatalog.Build(Lexicon, [])).Recognize(
            Docs.Plain("深瞳智能和Quillmark Labs都在招人，Dana Whitlow说。")));
        Assert.Equal(
            ["company/quillmark-labs", "company/深瞳智能", "person/dana-whitlow"],
            found.Resolved.Select(r => r.EntityId).Order(StringComparer.Ordinal));
        Assert.Equal("Quillmark-7B-Instruct", catalog.Get("model/quillmark-7b-instruct").Name);
        Assert.Contains(new NameCandidate("company/quillmark-labs", MatchKind.Compact), catalog.Candidates("quillmark-labs", fuzzy: false));
        Assert.Equal(["company/深瞳智能"], catalog.IdsByExact("深瞳智能"));
    }

    [Fact]
    public void An_older_snapshot_answers_as_it_did_when_it_was_made()
    {
        using var spill = new CatalogSpill(namesInMemory: 1);
        var first = Learn(EntityCatalog.Build(Lexicon, [], spill), "CEO Dana Whitlow of Quillmark Labs said.");
        Assert.True(first.TryGet("person/dana-whitlow", out var before));
        var writes = spill.Writes;

        var second = Learn(first, "Dana Whitlow (惠特洛) joined Orrery Labs, the startup said.");

        Assert.True(spill.Writes > writes);
        Assert.True(second.TryGet(before.Id, out var after));
        Assert.Contains("惠特洛", after.Aliases);
        Assert.True(first.TryGet(before.Id, out var again));
        Assert.Equal(Describe(before), Describe(again));
        Assert.Empty(first.IdsByExact(NameKeys.Exact("惠特洛")));
        Assert.Equal([before.Id], second.IdsByExact(NameKeys.Exact("惠特洛")));
        Assert.False(first.TryGet("company/orrery-labs", out _));
        Assert.Equal(first.Count + 1, second.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_longer_learned_name_that_starts_inside_a_shorter_one_is_found(bool spilled)
    {
        var resolved = ResolveWithStored(
            spilled,
            "Shares of Acme Nova Robotics Group rose.",
            Discovered("company/acme-nova", "Acme Nova"),
            Discovered("company/nova-robotics-group", "Nova Robotics Group"));

        // Both names are learned (stored by an earlier run); the longer one, which starts inside the shorter, wins.
        Assert.Equal("company/nova-robotics-group", Assert.Single(resolved.Resolved).EntityId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_learned_latin_name_is_found_at_the_start_of_a_word_only(bool spilled)
    {
        const string text = "a supernova robotics fan said nova robotics rose.";
        var resolved = ResolveWithStored(
            spilled,
            text,
            Discovered("company/nova-robotics", "Nova Robotics"),
            Discovered("company/orrery-labs", "Orrery Labs"));

        var found = Assert.Single(resolved.Resolved);
        Assert.Equal("company/nova-robotics", found.EntityId);
        Assert.Equal(text.IndexOf("nova robotics rose", StringComparison.Ordinal), found.Mention.Span.Start);
    }

    /// <summary>
    /// Resolves <paramref name="text"/> against a catalog that read <paramref name="stored"/> from the store, with every
    /// learned name on disk when <paramref name="spilled"/> (a spill of one name), else in memory.
    /// </summary>
    private static ResolvedDocument ResolveWithStored(bool spilled, string text, params Entity[] stored)
    {
        using var spill = new CatalogSpill(namesInMemory: 1);
        var catalog = EntityCatalog.Build(Lexicon, stored, spilled ? spill : null);
        Assert.Equal(spilled, spill.Writes > 0);
        return new EntityResolver(catalog).Resolve(new MentionRecognizer(EntityCatalog.Build(Lexicon, [])).Recognize(Docs.Plain(text)));
    }

    private static Entity Discovered(string id, string name) =>
        new(id, EntityType.Company, name, name, null, [name], 0.6, EntitySource.Discovered);

    [Fact]
    public void Stored_entities_move_to_the_spill_as_they_are_read()
    {
        using var spill = new CatalogSpill(namesInMemory: 100);
        var writesWhenHalfRead = -1;
        IEnumerable<Entity> Stored()
        {
            for (var i = 0; i < 1_000; i++)
            {
                if (i == 500)
                {
                    writesWhenHalfRead = spill.Writes;
                }

                yield return Discovered($"company/{Invented(i).ToLowerInvariant()}", Invented(i));
            }
        }

        var catalog = EntityCatalog.Build(Lexicon, Stored(), spill);

        // A large store is never held whole: half-way through, groups have gone to the file already.
        Assert.True(writesWhenHalfRead > 0, "nothing was spilled while the store was read");
        Assert.True(catalog.EntitiesById.Count < Lexicon.Entries.Count + 100);
        foreach (var i in new[] { 0, 1, 499, 500, 998, 999 })
        {
            var id = $"company/{Invented(i).ToLowerInvariant()}";
            Assert.True(catalog.TryGet(id, out var entity), id);
            Assert.Equal(Invented(i), entity.Name);
            Assert.Equal([id], catalog.IdsByExact(NameKeys.Exact(Invented(i))));
        }
    }

    [Fact]
    public void A_stored_id_met_again_after_it_was_spilled_is_merged_with_its_first_copy()
    {
        using var spill = new CatalogSpill(namesInMemory: 5);
        var first = Discovered("company/zuqor", "Zuqor") with { Aliases = ["Zuqor", "Zuqor Labs"] };
        var later = Discovered("company/zuqor", "Zuqor") with { Aliases = ["Zuqor", "ZQ Robotics"] };
        Entity[] stored = [first, .. Enumerable.Range(1, 20).Select(i => Discovered($"company/x{i}", Invented(i))), later];

        var catalog = EntityCatalog.Build(Lexicon, stored, spill);

        Assert.True(catalog.TryGet("company/zuqor", out var entity));
        Assert.Equal(["ZQ Robotics", "Zuqor", "Zuqor Labs"], entity.Aliases.ToArray());
        Assert.Equal(["company/zuqor"], catalog.IdsByExact(NameKeys.Exact("Zuqor Labs")));
    }

    [Fact]
    public void A_full_disk_stops_learning_with_a_coded_error_that_says_where_the_file_is()
    {
        // The file may not grow past its size once made: as a full disk, the first write that needs a page fails.
        using var spill = new CatalogSpill(namesInMemory: 1, maxPages: 1);
        var catalog = EntityCatalog.Build(Lexicon, [], spill);
        var error = Assert.Throws<TupuException>(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                catalog = Learn(catalog, $"The startup {Invented(i)} AI hired Dana {Invented(i + 1000)}.");
            }
        });

        Assert.Equal(ErrorCode.CatalogSpillFailed, error.Code);
        Assert.Contains("TMPDIR", error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.InnerException);
        Assert.True(spill.Writes > 0, "the first writes fit in the file as made");
    }

    /// <summary>A made-up capitalised name, different for every number.</summary>
    private static string Invented(int number)
    {
        string[] syllables = ["qor", "vex", "alm", "itu", "ndr", "pos", "ker", "bin", "lof", "yag", "tez", "mur"];
        var name = "Zu";
        for (var n = number; n > 0 || name.Length < 4; n /= syllables.Length)
        {
            name += syllables[n % syllables.Length];
        }

        return name;
    }

    [Fact]
    public void Only_the_newest_snapshot_of_a_spill_learns()
    {
        using var spill = new CatalogSpill(namesInMemory: 1);
        var first = EntityCatalog.Build(Lexicon, [], spill);
        var second = Learn(first, "The startup Quillmark AI hired Dana Whitlow.");

        Assert.Throws<InvalidOperationException>(() => Learn(first, "CEO Mira Holt of Orrery Labs said."));
        Assert.Throws<InvalidOperationException>(() => EntityCatalog.Build(Lexicon, [], spill));
        Assert.NotNull(Learn(second, "CEO Mira Holt of Orrery Labs said."));
    }

    [Fact]
    public void Entities_come_back_from_disk_field_for_field()
    {
        var entities = new[]
        {
            new Entity("model/qwen3-coder", EntityType.Model, "Qwen3-Coder", "Qwen3-Coder", "通义千问3", ["Qwen3-Coder", "通义千问3"], 0.85, EntitySource.Discovered, "model/qwen"),
            new Entity("person/x", EntityType.Person, "\uD800x", null, null, [], 0.5, EntitySource.Lexicon),
        };

        foreach (var entity in entities)
        {
            Assert.Equal(Describe(entity), Describe(EntityCodec.Decode(EntityCodec.Encode(entity))));
        }
    }

    [Fact]
    public void The_filter_never_forgets_a_key_and_seldom_invents_one()
    {
        var filter = new KeyFilter(log2Bits: 20);
        var random = new Random(3);
        var added = Enumerable.Range(0, 5_000).Select(_ => RandomKey(random)).ToList();
        foreach (var key in added)
        {
            filter.AddName(key, Compact(key));
        }

        foreach (var key in added)
        {
            Assert.True(filter.MayStartWith(key[0]));
            Assert.True(filter.MayStartAt(key, 0, key[0]));
            Assert.True(filter.MayBeExact(KeyFilter.HashOf(key)));
            Assert.True(filter.MayBeCompact(KeyFilter.HashOf(Compact(key))));
            for (var length = 2; length <= key.Length; length++)
            {
                Assert.True(filter.MayBePrefix(KeyFilter.HashOf(key.AsSpan(0, length))));
            }
        }

        var invented = Enumerable.Range(0, 20_000).Select(_ => RandomKey(random)).Where(k => !added.Contains(k)).Count(k => filter.MayBeExact(KeyFilter.HashOf(k)));
        Assert.True(invented < 200, $"{invented} of 20,000 unknown keys passed");
    }

    private static EntityCatalog Learn(EntityCatalog catalog, string text) =>
        catalog.Learn(new EntityResolver(catalog).Resolve(new MentionRecognizer(EntityCatalog.Build(Lexicon, [])).Recognize(Docs.Plain(text))));

    /// <summary>A name key of two to eleven Han characters, with a space in the middle one time in three.</summary>
    private static string RandomKey(Random random)
    {
        var key = string.Concat(Enumerable.Range(0, random.Next(2, 12)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 3000)));
        return key.Length >= 4 && random.Next(3) == 0 ? $"{key[..2]} {key[2..]}" : key;
    }

    private static string Compact(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string Describe(ResolvedDocument document) =>
        string.Join('\n', document.Resolved.Select(r => $"{r.Mention.Span}->{r.EntityId}:{r.Confidence.ToString("R", CultureInfo.InvariantCulture)}")
            .Concat(document.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(Describe)));

    private static string Describe(Entity entity) =>
        string.Join('|', entity.Id, entity.Type, entity.Name, entity.NameEn, entity.NameZh, entity.FamilyId, entity.Source,
            entity.Confidence.ToString("R", CultureInfo.InvariantCulture), string.Join(',', entity.Aliases),
            Convert.ToHexString(MemoryMarshal.AsBytes(entity.Name.AsSpan())));
}
