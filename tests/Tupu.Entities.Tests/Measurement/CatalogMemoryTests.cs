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
}
