using Microsoft.Data.Sqlite;
using Tupu.Domain;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Sqlite;
using Tupu.Storage.Tests.Support;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Sqlite;

public sealed class SqliteGraphStoreWriteTests
{
    private static readonly Tupu.Domain.Entities.Entity Nvidia = Company("nvidia", "Nvidia", "英伟达", "英偉達");
    private static readonly Tupu.Domain.Entities.Entity Alibaba = Company("alibaba", "Alibaba", "阿里巴巴");
    private static readonly Tupu.Domain.Entities.Entity Qwen = Model("qwen", "Qwen", "通义千问");

    private static GraphBatch FirstArticle(string hash = "h1", params Relation[] extra)
    {
        var article = Article("news/1.txt", hash, new DateOnly(2024, 5, 1));
        return Batch(
            article,
            [Nvidia, Alibaba, Qwen],
            [Relation(RelationType.Develops, Alibaba, Qwen, article, "阿里巴巴开发了通义千问。", trigger: "开发"), .. extra]);
    }

    [Fact]
    public async Task Writer_keeps_savepoint_journals_in_memory_and_a_page_cache_for_a_group()
    {
        await using var temp = await TempStore.CreateAsync();

        Assert.Equal(2L, await PragmaAsync(temp.Store.WriterConnection, "temp_store")); // 2 = MEMORY
        Assert.Equal(-16384L, await PragmaAsync(temp.Store.WriterConnection, "cache_size")); // KiB when negative
        Assert.Equal("wal", await PragmaAsync(temp.Store.WriterConnection, "journal_mode"));
        Assert.Equal(65536L, await PragmaAsync(temp.Store.WriterConnection, "wal_autocheckpoint")); // pages

        static async Task<object?> PragmaAsync(SqliteConnection connection, string name)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return await command.ExecuteScalarAsync();
        }
    }

    [Fact]
    public async Task First_write_inserts_and_counts_new_keys()
    {
        await using var temp = await TempStore.CreateAsync();

        var result = await temp.Store.WriteAsync(FirstArticle());

        Assert.Equal(WriteOutcome.Inserted, result.Outcome);
        Assert.Equal(3, result.EntitiesCreated);
        Assert.Equal(0, result.EntitiesMerged);
        Assert.Equal(4, result.RelationshipsCreated); // DEVELOPS + 3 MENTIONS
        Assert.Equal([new TypeCount("Company", 2, 0), new TypeCount("Model", 1, 0)], result.EntitiesByLabel);
        Assert.Equal([new TypeCount("DEVELOPS", 1, 0)], result.ClaimsByType);
        Assert.True(await temp.Store.IsUnchangedAsync("news/1.txt", "h1"));
        Assert.False(await temp.Store.IsUnchangedAsync("news/1.txt", "h2"));
        Assert.False(await temp.Store.IsUnchangedAsync("news/2.txt", "h1"));
    }

    [Fact]
    public async Task Writing_the_same_batch_again_is_unchanged_and_the_export_is_byte_identical()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(FirstArticle());
        var before = await temp.JsonLinesAsync();

        var again = await temp.Store.WriteAsync(FirstArticle());
        await temp.ReopenAsync();

        Assert.Equal(new WriteResult(WriteOutcome.Unchanged, 0, 0, 0, 0), again);
        Assert.Equal(before, await temp.JsonLinesAsync());
    }

    [Fact]
    public async Task A_changed_article_replaces_its_own_contributions_only()
    {
        await using var temp = await TempStore.CreateAsync();
        var other = Article("news/2.txt", "x", new DateOnly(2024, 6, 1));
        await temp.WriteAllAsync(
            FirstArticle(extra: Relation(RelationType.Uses, Nvidia, Qwen, Article("news/1.txt", "h1"), "Nvidia uses Qwen.", start: 40)),
            Batch(other, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, other, "Alibaba develops Qwen.")]));

        // Version 2 of news/1 no longer mentions Nvidia and no longer says Nvidia uses Qwen.
        var changed = Article("news/1.txt", "h2", new DateOnly(2024, 5, 2));
        var result = await temp.Store.WriteAsync(Batch(changed, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, changed, "阿里巴巴开发了通义千问。")]));

        Assert.Equal(WriteOutcome.Replaced, result.Outcome);
        var nodes = await temp.Store.ReadNodesAsync().ToListAsync();
        var relationships = await temp.Store.ReadRelationshipsAsync().ToListAsync();
        Assert.Equal(["a-news/1.txt-h2", "a-news/2.txt-x"], nodes.Where(n => n.Labels[0] == "Article").Select(n => n.Id));
        Assert.DoesNotContain(nodes, n => n.Id == Nvidia.Id); // no article references Nvidia any more
        Assert.DoesNotContain(relationships, r => r.Type == "USES");
        var develops = Assert.Single(relationships, r => r.Type == "DEVELOPS");
        Assert.Equal(new[] { "a-news/1.txt-h2", "a-news/2.txt-x" }, develops.Properties["articles"]);
        Assert.Equal("2024-05-02", develops.Properties["firstSeen"]);
        Assert.Equal(2L, develops.Properties["support"]);
        Assert.True(await temp.Store.IsUnchangedAsync("news/1.txt", "h2"));
    }

    [Fact]
    public async Task A_claim_whose_only_evidence_went_with_a_replaced_version_is_new_again()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(FirstArticle(extra: Relation(RelationType.Uses, Nvidia, Qwen, Article("news/1.txt", "h1"), "Nvidia uses Qwen.", start: 40)));
        var other = Article("news/2.txt", "x");
        await temp.Store.WriteAsync(Batch(other, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, other, "Alibaba develops Qwen.")]));

        // Version 2 of news/1 keeps DEVELOPS (news/2 has it too) and drops USES, which only it stated.
        var changed = Article("news/1.txt", "h2");
        var replaced = await temp.Store.WriteAsync(Batch(changed, [Nvidia, Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, changed, "阿里巴巴开发了通义千问。")]));
        var third = Article("news/3.txt", "y");
        var later = await temp.Store.WriteAsync(Batch(third, [Nvidia, Qwen], [Relation(RelationType.Uses, Nvidia, Qwen, third, "Nvidia uses Qwen.")]));

        Assert.Equal([new TypeCount("DEVELOPS", 0, 1)], replaced.ClaimsByType);
        Assert.Equal([new TypeCount("USES", 1, 0)], later.ClaimsByType);
    }

    [Fact]
    public async Task A_batch_naming_an_unknown_entity_is_rejected_whole()
    {
        await using var temp = await TempStore.CreateAsync();
        var article = Article("news/1.txt");
        var ghost = Model("ghost", "Ghost");
        var batch = Batch(article, [Alibaba], [Relation(RelationType.Develops, Alibaba, ghost, article, "Alibaba develops Ghost.")]);

        var error = await Assert.ThrowsAsync<TupuException>(() => temp.Store.WriteAsync(batch));

        Assert.Equal(ErrorCode.InvalidEndpoint, error.Code);
        Assert.Empty(await temp.Store.ReadNodesAsync().ToListAsync());
        Assert.Equal(WriteOutcome.Inserted, (await temp.Store.WriteAsync(FirstArticle())).Outcome);
    }

    [Fact]
    public async Task A_group_keeps_every_good_article_and_reports_the_bad_one()
    {
        await using var temp = await TempStore.CreateAsync();
        var bad = Article("news/bad.txt");
        var ghost = Model("ghost", "Ghost");
        var other = Article("news/2.txt", "x");
        var attempts = await temp.Store.WriteManyAsync(
        [
            FirstArticle(),
            Batch(bad, [Alibaba], [Relation(RelationType.Develops, Alibaba, ghost, bad, "Alibaba develops Ghost.")]),
            Batch(other, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, other, "Alibaba develops Qwen.")]),
        ]);

        Assert.Equal([WriteOutcome.Inserted, null, WriteOutcome.Inserted], attempts.Select(a => a.Result?.Outcome));
        Assert.Equal(ErrorCode.InvalidEndpoint, attempts[1].Error!.Code);
        Assert.Equal(2L, attempts[2].Result!.EntitiesMerged);
        Assert.Equal([new TypeCount("DEVELOPS", 0, 1)], attempts[2].Result!.ClaimsByType);
        await temp.ReopenAsync();
        var articles = (await temp.Store.ReadNodesAsync().ToListAsync()).Where(n => n.Labels[0] == "Article").Select(n => n.Id);
        Assert.Equal(["a-news/1.txt-h1", "a-news/2.txt-x"], articles);
        Assert.False(await temp.Store.IsUnchangedAsync("news/bad.txt", bad.ContentHash));
    }

    [Fact]
    public async Task A_group_with_a_bad_article_stores_what_its_good_articles_store_one_at_a_time()
    {
        // The group is first written without savepoints. The bad article fails after its entities, article and mentions
        // are in the transaction, so the group is rolled back and written again with a savepoint per article. The first
        // article's new alias was in the rolled-back pass and in the writer's cache of entity rows: the second pass must
        // write it again, not find it "already stored" in the cache.
        var first = Article("news/1.txt");
        var bad = Article("news/bad.txt");
        var ghost = Model("ghost", "Ghost");
        var other = Article("news/2.txt", "x");
        var renamed = Alibaba with { Aliases = [.. Alibaba.Aliases, "阿里巴巴集团"] };
        GraphBatch[] good =
        [
            Batch(first, [renamed, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, first, "Alibaba develops Qwen.")]),
            Batch(other, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, other, "Alibaba develops Qwen.")]),
        ];
        var badBatch = Batch(bad, [Alibaba], [Relation(RelationType.Develops, Alibaba, ghost, bad, "Alibaba develops Ghost.")]);
        await using var grouped = await TempStore.CreateAsync();
        await using var single = await TempStore.CreateAsync();

        var attempts = await grouped.Store.WriteManyAsync([good[0], badBatch, good[1]]);
        foreach (var batch in good)
        {
            await single.Store.WriteAsync(batch);
        }

        Assert.Equal([WriteOutcome.Inserted, null, WriteOutcome.Inserted], attempts.Select(a => a.Result?.Outcome));
        Assert.Equal(ErrorCode.InvalidEndpoint, attempts[1].Error!.Code);
        Assert.Contains("阿里巴巴集团", await grouped.JsonLinesAsync());
        Assert.Equal(await single.JsonLinesAsync(), await grouped.JsonLinesAsync());
    }

    [Fact]
    public async Task A_group_written_again_is_unchanged_and_one_article_at_a_time_gives_the_same_store()
    {
        var other = Article("news/2.txt", "x");
        GraphBatch[] group = [FirstArticle(), Batch(other, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, other, "Alibaba develops Qwen.")])];
        await using var grouped = await TempStore.CreateAsync();
        await using var single = await TempStore.CreateAsync();

        await grouped.Store.WriteManyAsync(group);
        foreach (var batch in group)
        {
            await single.Store.WriteAsync(batch);
        }

        var again = await grouped.Store.WriteManyAsync(group);
        Assert.All(again, a => Assert.Equal(WriteOutcome.Unchanged, a.Result!.Outcome));
        Assert.Equal(await single.JsonLinesAsync(), await grouped.JsonLinesAsync());
    }

    [Fact]
    public async Task A_failure_inside_a_group_leaves_nothing_of_the_group()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(Batch(Article("news/0.txt"), [Alibaba]));
        var before = await temp.JsonLinesAsync();
        var writes = 0;
        temp.Store.StepHook = s => s == WriteStep.OrphansRemoved && ++writes == 2 ? throw new IOException("disk gone") : Task.CompletedTask;
        var other = Article("news/2.txt", "x");

        await Assert.ThrowsAsync<IOException>(() => temp.Store.WriteManyAsync([FirstArticle(), Batch(other, [Qwen])]));

        Assert.Equal(before, await temp.JsonLinesAsync());
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_failure_at_any_step_leaves_nothing_of_the_article(string stepName)
    {
        var step = Enum.Parse<WriteStep>(stepName);
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(Batch(Article("news/0.txt"), [Alibaba]));
        var before = await temp.JsonLinesAsync();
        temp.Store.StepHook = s => s == step ? throw new IOException("disk gone") : Task.CompletedTask;

        await Assert.ThrowsAsync<IOException>(() => temp.Store.WriteAsync(FirstArticle()));

        Assert.Equal(before, await temp.JsonLinesAsync());
        temp.Store.StepHook = null;
        Assert.Equal(WriteOutcome.Inserted, (await temp.Store.WriteAsync(FirstArticle())).Outcome);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_process_killed_at_any_step_leaves_a_consistent_store(string stepName)
    {
        var step = Enum.Parse<WriteStep>(stepName);
        // What a kill leaves on disk is the database file and its WAL as they are at that moment: copy them from
        // inside the open transaction, with a tiny page cache so uncommitted pages spill into the WAL first.
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(Batch(Article("news/0.txt"), [Alibaba]));
        await using (var pragma = temp.Store.WriterConnection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = 1;";
            await pragma.ExecuteNonQueryAsync();
        }

        var walBefore = new FileInfo(temp.DatabasePath + "-wal").Length;
        var walAtCrash = 0L;
        var crashFolder = TempStore.NewFolder();
        var crashed = Path.Combine(crashFolder, "tupu.db");
        temp.Store.StepHook = s =>
        {
            if (s == step)
            {
                walAtCrash = new FileInfo(temp.DatabasePath + "-wal").Length;
                File.Copy(temp.DatabasePath, crashed);
                if (File.Exists(temp.DatabasePath + "-wal"))
                {
                    File.Copy(temp.DatabasePath + "-wal", crashed + "-wal");
                }
            }

            return Task.CompletedTask;
        };
        var batch = FirstArticle(extra: [.. Enumerable.Range(0, 200).Select(i =>
            Relation(RelationType.Uses, Nvidia, Qwen, Article("news/1.txt", "h1"), $"Nvidia uses Qwen, sentence {i} " + new string('x', 400), start: 100 + (i * 1000)))]);
        await temp.Store.WriteAsync(batch);
        if (step >= WriteStep.RelationsInserted)
        {
            Assert.True(walAtCrash > walBefore, "uncommitted pages should have spilled into the copied WAL");
        }

        try
        {
            await using var store = await SqliteGraphStore.OpenAsync(crashed);
            await using (var check = store.WriterConnection.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check;";
                Assert.Equal("ok", await check.ExecuteScalarAsync());
            }

            var nodes = await store.ReadNodesAsync().ToListAsync();
            Assert.Equal(["a-news/0.txt-h1"], nodes.Where(n => n.Labels[0] == "Article").Select(n => n.Id));
            Assert.Empty(await store.ReadRelationshipsAsync().Where(r => r.Type != "MENTIONS").ToListAsync());
            Assert.False(await store.IsUnchangedAsync("news/1.txt", "h1"));

            // Rerunning the ingest completes the rest.
            Assert.Equal(WriteOutcome.Inserted, (await store.WriteAsync(batch)).Outcome);
            Assert.Equal(await temp.JsonLinesAsync(), await ExportText.JsonLinesAsync(store));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempStore.DeleteFolder(crashFolder);
        }
    }

    public static TheoryData<string> Steps() => [.. Enum.GetNames<WriteStep>()];

    [Fact]
    public async Task Opening_a_file_that_is_not_a_store_is_a_coded_error()
    {
        var folder = TempStore.NewFolder();
        try
        {
            var path = Path.Combine(folder, "notes.db");
            await File.WriteAllTextAsync(path, new string('x', 4096));

            var error = await Assert.ThrowsAsync<TupuException>(() => SqliteGraphStore.OpenAsync(path));

            Assert.Equal(ErrorCode.StoreCorrupt, error.Code);
        }
        finally
        {
            TempStore.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task A_version_1_store_is_migrated_keeping_its_graph_and_still_removes_orphans()
    {
        // Version 1 kept an entity_article table; version 2 reads references from mention, outlet and speaker rows.
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(FirstArticle());
        var before = await temp.JsonLinesAsync();
        await DowngradeToVersion3Async(temp);
        await using (var command = temp.Store.WriterConnection.CreateCommand())
        {
            command.CommandText = """
                DROP INDEX IF EXISTS mention_by_entity; DROP INDEX article_by_outlet; DROP INDEX evidence_by_speaker;
                DROP TABLE claim;
                CREATE TABLE entity_article (
                    entity_id  TEXT NOT NULL REFERENCES entity (id),
                    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                    PRIMARY KEY (entity_id, article_id)
                ) WITHOUT ROWID;
                CREATE INDEX entity_article_by_article ON entity_article (article_id);
                INSERT INTO entity_article SELECT entity_id, article_id FROM mention;
                DELETE FROM schema_version WHERE version > 1;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await temp.ReopenAsync();

        Assert.Equal(before, await temp.JsonLinesAsync());
        await using (var command = temp.Store.WriterConnection.CreateCommand())
        {
            command.CommandText = "SELECT (SELECT max(version) FROM schema_version), (SELECT count(*) FROM sqlite_schema WHERE name = 'entity_article');";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal((long)SqliteSchema.CurrentVersion, reader.GetInt64(0));
            Assert.Equal(0L, reader.GetInt64(1));
        }

        // The article changes and no longer names Nvidia: Nvidia is referenced by nothing and goes.
        var article = Article("news/1.txt", "h2", new DateOnly(2024, 5, 1));
        await temp.Store.WriteAsync(Batch(article, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, article, "阿里巴巴开发了通义千问。", trigger: "开发")]));
        var ids = (await temp.Store.ReadNodesAsync().ToListAsync()).Select(n => n.Id).ToList();
        Assert.DoesNotContain(Nvidia.Id, ids);
        Assert.Contains(Qwen.Id, ids);
    }

    [Fact]
    public async Task A_version_2_store_is_migrated_keeping_its_graph_and_knows_its_claims()
    {
        // Version 2 kept evidence unique by (rel_id, article_id, ...) with an index by article, and no claim table.
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(FirstArticle(extra: Relation(RelationType.Uses, Nvidia, Qwen, Article("news/1.txt", "h1"), "Nvidia uses Qwen.", start: 40)));
        var before = await temp.JsonLinesAsync();
        await DowngradeToVersion3Async(temp, evidenceKey: "rel_id, article_id, span_start, span_end");
        await using (var command = temp.Store.WriterConnection.CreateCommand())
        {
            command.CommandText = """
                CREATE INDEX evidence_by_article ON evidence (article_id);
                DROP TABLE claim;
                DELETE FROM schema_version WHERE version > 2;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await temp.ReopenAsync();

        Assert.Equal(before, await temp.JsonLinesAsync());
        await using (var command = temp.Store.WriterConnection.CreateCommand())
        {
            command.CommandText = """
                SELECT (SELECT max(version) FROM schema_version), (SELECT count(*) FROM claim),
                       (SELECT count(*) FROM sqlite_schema WHERE name = 'evidence_by_article');
                """;
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal((long)SqliteSchema.CurrentVersion, reader.GetInt64(0));
            Assert.Equal(2L, reader.GetInt64(1)); // DEVELOPS and USES
            Assert.Equal(0L, reader.GetInt64(2));
        }

        var other = Article("news/2.txt", "x");
        var result = await temp.Store.WriteAsync(Batch(other, [Nvidia, Alibaba, Qwen], [
            Relation(RelationType.Develops, Alibaba, Qwen, other, "Alibaba develops Qwen."),
            Relation(RelationType.Praised, Nvidia, Qwen, other, "Nvidia praised Qwen.", start: 30)]));
        Assert.Equal([new TypeCount("DEVELOPS", 0, 1), new TypeCount("PRAISED", 1, 0)], result.ClaimsByType);
    }

    [Fact]
    public async Task A_version_3_store_is_migrated_keeping_its_graph_and_keys_article_rows_by_write_order()
    {
        // Version 3 keyed mention and evidence rows by the article's id (a hash); version 4 by its number in the store.
        await using var temp = await TempStore.CreateAsync();
        var second = Article("news/2.txt", "h2");
        await temp.WriteAllAsync(
            FirstArticle(extra: Relation(RelationType.Uses, Nvidia, Qwen, Article("news/1.txt", "h1"), "Nvidia uses Qwen.", start: 40)),
            Batch(second, [Nvidia, Qwen], [Relation(RelationType.Praised, Nvidia, Qwen, second, "Nvidia praised Qwen.")]));
        var before = await temp.JsonLinesAsync();
        await DowngradeToVersion3Async(temp);

        await temp.ReopenAsync();

        Assert.Equal(before, await temp.JsonLinesAsync());
        await using (var command = temp.Store.WriterConnection.CreateCommand())
        {
            command.CommandText = """
                SELECT (SELECT max(version) FROM schema_version),
                       (SELECT count(*) FROM article WHERE seq IS NOT NULL),
                       (SELECT count(DISTINCT article_seq) FROM mention),
                       (SELECT count(DISTINCT article_seq) FROM evidence),
                       (SELECT count(*) FROM pragma_table_info('mention') WHERE name = 'article_id'),
                       (SELECT freelist_count FROM pragma_freelist_count);
                """;
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal((long)SqliteSchema.CurrentVersion, reader.GetInt64(0));
            Assert.Equal(2L, reader.GetInt64(1));
            Assert.Equal(2L, reader.GetInt64(2));
            Assert.Equal(2L, reader.GetInt64(3));
            Assert.Equal(0L, reader.GetInt64(4));
            Assert.Equal(0L, reader.GetInt64(5)); // the old tables' pages were given back
        }

        // The migrated rows still go with their article: the second article changes and no longer praises Qwen.
        var changed = Article("news/2.txt", "h3");
        var result = await temp.Store.WriteAsync(Batch(changed, [Nvidia, Qwen], [Relation(RelationType.Uses, Nvidia, Qwen, changed, "Nvidia uses Qwen.")]));
        Assert.Equal(WriteOutcome.Replaced, result.Outcome);
        var types = (await temp.Store.ReadRelationshipsAsync().ToListAsync()).Select(r => r.Type).ToList();
        Assert.DoesNotContain("PRAISED", types);
        Assert.Contains("USES", types);
    }

    [Fact]
    public async Task Articles_are_numbered_in_write_order_and_a_replaced_one_after_the_others()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = Article("news/1.txt", "h1");
        var second = Article("news/2.txt", "h1");
        await temp.WriteAllAsync(
            Batch(first, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, first, "阿里巴巴开发了通义千问。", trigger: "开发")]),
            Batch(second, [Nvidia, Qwen], [Relation(RelationType.Uses, Nvidia, Qwen, second, "Nvidia uses Qwen.")]));
        var replaced = Article("news/1.txt", "h2");
        await temp.Store.WriteAsync(Batch(replaced, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, replaced, "阿里巴巴开发了通义千问。", trigger: "开发")]));

        await using var command = temp.Store.WriterConnection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.seq, (SELECT count(*) FROM mention m WHERE m.article_seq = a.seq),
                   (SELECT count(*) FROM evidence e WHERE e.article_seq = a.seq)
            FROM article a ORDER BY a.seq;
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string Id, long Seq, long Mentions, long Evidence)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        Assert.Equal([(second.Id, 2L, 2L, 1L), (replaced.Id, 3L, 2L, 1L)], rows);
    }

    /// <summary>
    /// Rewrites a current store's article, mention and evidence tables as version 3 had them: keyed by article id, with
    /// evidence unique by <paramref name="evidenceKey"/> (version 2 led it with the relationship id).
    /// </summary>
    private static async Task DowngradeToVersion3Async(TempStore temp, string evidenceKey = "article_id, rel_id, span_start, span_end")
    {
        await using var command = temp.Store.WriterConnection.CreateCommand();
        command.CommandText = $$"""
            CREATE TABLE article_v3 (
                id TEXT PRIMARY KEY, source_key TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, title TEXT, url TEXT,
                outlet TEXT, published TEXT, language TEXT, encoding TEXT NOT NULL,
                outlet_id TEXT REFERENCES entity (id), published_rel_id TEXT) WITHOUT ROWID;
            INSERT INTO article_v3 SELECT id, source_key, content_hash, title, url, outlet, published, language, encoding,
                outlet_id, published_rel_id FROM article;
            CREATE TABLE mention_v3 (
                article_id TEXT NOT NULL REFERENCES article_v3 (id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL REFERENCES entity (id), rel_id TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
            INSERT INTO mention_v3 SELECT a.id, m.entity_id, m.rel_id FROM mention m JOIN article a ON a.seq = m.article_seq;
            CREATE TABLE evidence_v3 (
                rel_id TEXT NOT NULL, type TEXT NOT NULL,
                subject_id TEXT NOT NULL REFERENCES entity (id), object_id TEXT NOT NULL REFERENCES entity (id),
                negated INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES article_v3 (id) ON DELETE CASCADE,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence TEXT NOT NULL, trigger TEXT NOT NULL,
                certainty TEXT NOT NULL, confidence REAL NOT NULL, attributed_to TEXT, role TEXT, current INTEGER,
                UNIQUE ({{evidenceKey}}));
            INSERT INTO evidence_v3 SELECT e.rel_id, e.type, e.subject_id, e.object_id, e.negated, a.id, e.span_start,
                e.span_end, e.sentence, e.trigger, e.certainty, e.confidence, e.attributed_to, e.role, e.current
                FROM evidence e JOIN article a ON a.seq = e.article_seq ORDER BY e.rowid;
            DROP TABLE evidence;
            DROP TABLE mention;
            DROP TABLE article;
            ALTER TABLE article_v3 RENAME TO article;
            ALTER TABLE mention_v3 RENAME TO mention;
            ALTER TABLE evidence_v3 RENAME TO evidence;
            CREATE INDEX article_by_outlet ON article (outlet_id) WHERE outlet_id IS NOT NULL;
            CREATE INDEX evidence_by_speaker ON evidence (attributed_to) WHERE attributed_to IS NOT NULL;
            DELETE FROM schema_version WHERE version > 3;
            """;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task An_outlet_or_a_speaker_keeps_its_entity_when_the_article_that_mentioned_it_changes()
    {
        await using var temp = await TempStore.CreateAsync();
        var outlet = Outlet("xinhua", "Xinhua");
        var speaker = Person("li", "Li");
        var first = Article("news/1.txt", "h1");
        var second = Article("news/2.txt", "h1");
        await temp.WriteAllAsync(
            Batch(first, [outlet, speaker, Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, first, "阿里巴巴开发了通义千问。", trigger: "开发")]),
            Batch(second, [outlet, speaker, Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, second, "李说阿里巴巴开发了通义千问。", trigger: "开发", attributedTo: speaker.Id)], outletId: outlet.Id) with
            {
                MentionedEntityIds = [Alibaba.Id, Qwen.Id],
            });

        var changed = Article("news/1.txt", "h2");
        await temp.Store.WriteAsync(Batch(changed, [Alibaba, Qwen], [Relation(RelationType.Develops, Alibaba, Qwen, changed, "阿里巴巴开发了通义千问。", trigger: "开发")]));

        var ids = (await temp.Store.ReadNodesAsync().ToListAsync()).Select(n => n.Id).ToList();
        Assert.Contains(outlet.Id, ids);
        Assert.Contains(speaker.Id, ids);
    }

    [Fact]
    public async Task Mentions_and_evidence_are_indexed_by_entity_and_claim_from_the_first_replaced_article_on()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync(FirstArticle());
        Assert.Equal(0L, await IndexesAsync());

        await temp.Store.WriteAsync(FirstArticle("h2"));

        Assert.Equal(2L, await IndexesAsync());

        async Task<long> IndexesAsync()
        {
            await using var command = temp.Store.WriterConnection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('mention_by_entity', 'evidence_by_claim');";
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }

    [Fact]
    public async Task A_store_from_a_newer_schema_is_refused()
    {
        await using var temp = await TempStore.CreateAsync();
        await using (var command = temp.Store.WriterConnection.CreateCommand())
        {
            command.CommandText = "INSERT INTO schema_version (version) VALUES (99);";
            await command.ExecuteNonQueryAsync();
        }

        await temp.Store.DisposeAsync();
        var error = await Assert.ThrowsAsync<TupuException>(() => SqliteGraphStore.OpenAsync(temp.DatabasePath));
        Assert.Equal(ErrorCode.StoreCorrupt, error.Code);
    }
}
