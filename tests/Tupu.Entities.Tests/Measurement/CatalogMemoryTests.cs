using System.Globalization;
using Xunit.Abstractions;

namespace Tupu.Entities.Tests.Measurement;

/// <summary>
/// Heap the catalog keeps per learned entity: generated articles are recognised, resolved and learned one by one, and
/// the heap is measured before and after with only the catalog (and the article texts) alive. Size in MB from
/// TUPU_ENTITIES_BENCH_MB (default 1).
/// </summary>
[Collection(MeasurementCollection.Name)]
public sealed class CatalogMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Learned_entities_cost_a_bounded_heap_each()
    {
        var megabytes = GeneratedCorpus.Megabytes();
        var lexicon = EntityLexicon.LoadDefault();
        var known = GeneratedCorpus.KnownNames(lexicon);
        var texts = GeneratedCorpus.Articles((int)(megabytes * 1024 * 1024), known);
        var baseCatalog = EntityCatalog.Build(lexicon, []);
        var recognizer = new MentionRecognizer(baseCatalog);
        // The base layer's fuzzy index is built on first use: build it before measuring.
        new EntityResolver(baseCatalog).Resolve(recognizer.Recognize(Docs.Plain("初创公司Anthropik和Mistral Labz发布了Qwen3.6模型。")));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var catalog = baseCatalog;
        foreach (var text in texts)
        {
            catalog = catalog.Learn(new EntityResolver(catalog).Resolve(recognizer.Recognize(Docs.Plain(text))));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var learned = catalog.Count - baseCatalog.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{learned} entities learned; catalog heap {(after - before) / 1024.0:F0} KB, {(after - before) / (double)learned:F0} bytes per entity"));
        GC.KeepAlive(texts);
        GC.KeepAlive(recognizer);
        Assert.True(learned > 0);
    }

    [Fact]
    public void A_catalog_with_a_spill_stops_growing_once_its_memory_is_full()
    {
        var lexicon = EntityLexicon.LoadDefault();
        using var spill = new CatalogSpill(namesInMemory: 2_000);
        var (inMemoryGrowth, learned) = HeapGrowthAfterFirstQuarter(lexicon, EntityCatalog.Build(lexicon, []));
        var (spilledGrowth, _) = HeapGrowthAfterFirstQuarter(lexicon, EntityCatalog.Build(lexicon, [], spill));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{learned} entities learned; over the last three quarters of the text the heap grew by {inMemoryGrowth / 1048576.0:F1} MB " +
            $"with everything in memory and by {spilledGrowth / 1048576.0:F1} MB with a spill ({spill.Writes} writes, {spill.DiskLookups} disk lookups)"));
        Assert.True(spill.Writes >= 3, $"the spill was written {spill.Writes} times");
        Assert.True(inMemoryGrowth > 4 * 1048576, "the in-memory catalog should have grown: the text is too small to show anything");
        Assert.True(spilledGrowth < inMemoryGrowth / 4, $"the catalog with a spill grew by {spilledGrowth} bytes");
    }

    /// <summary>
    /// Learns four quarters of generated text (each made, used and dropped in turn, so only the catalog outlives it) and
    /// returns how much the heap grew between the end of the first quarter and the end of the last.
    /// </summary>
    private static (long Growth, int Learned) HeapGrowthAfterFirstQuarter(EntityLexicon lexicon, EntityCatalog catalog)
    {
        var known = GeneratedCorpus.KnownNames(lexicon);
        var recognizer = new MentionRecognizer(EntityCatalog.Build(lexicon, []));
        var quarterChars = (int)(GeneratedCorpus.Megabytes() * 1024 * 1024 / 4);
        var before = catalog.Count;
        long afterFirst = 0;
        for (var quarter = 0; quarter < 4; quarter++)
        {
            foreach (var text in GeneratedCorpus.Articles(quarterChars, known, seed: 100 + quarter))
            {
                catalog = catalog.Learn(new EntityResolver(catalog).Resolve(recognizer.Recognize(Docs.Plain(text))));
            }

            if (quarter == 0)
            {
                afterFirst = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var growth = GC.GetTotalMemory(forceFullCollection: true) - afterFirst;
        return (growth, catalog.Count - before);
    }
}
