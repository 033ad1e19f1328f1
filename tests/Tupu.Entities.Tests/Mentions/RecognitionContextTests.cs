using Tupu.Entities.Mentions;

namespace Tupu.Entities.Tests.Mentions;

/// <summary>The context's maps by offset are pooled arrays, often longer than the text: only the text's offsets answer.</summary>
public sealed class RecognitionContextTests
{
    [Fact]
    public void Offsets_past_the_text_fail_rather_than_read_a_pooled_array_beyond_its_slots()
    {
        var document = Docs.Plain("Orbix 发布了新模型。");
        using var context = new RecognitionContext(document, TestLexicon.Catalog, RecognitionData.Default, [], []);
        var past = document.Document.Text.Length + 3;

        Assert.False(context.IsLexicon(0));
        Assert.Throws<IndexOutOfRangeException>(() => context.IsLexicon(past));
        Assert.Throws<IndexOutOfRangeException>(() => context.IsBlocked(past));
        Assert.Null(context.CueStartingAt(past));
    }

    [Fact]
    public void A_disposed_context_answers_nothing()
    {
        var context = new RecognitionContext(Docs.Plain("Orbix 发布了新模型。"), TestLexicon.Catalog, RecognitionData.Default, [], []);
        context.Dispose();
        context.Dispose();

        // Its arrays are empty: the span of its slots cannot be taken.
        Assert.Throws<ArgumentOutOfRangeException>(() => context.IsLexicon(0));
    }
}
