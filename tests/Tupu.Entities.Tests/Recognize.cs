using Tupu.Domain.Entities;

namespace Tupu.Entities.Tests;

/// <summary>Runs the recogniser and renders mentions as "surface@start:Type" for compact table assertions.</summary>
internal static class Recognize
{
    private static readonly MentionRecognizer Recognizer = new(TestLexicon.Catalog);

    public static MentionedDocument Run(string text) => Recognizer.Recognize(Docs.Plain(text));

    public static string[] Rendered(string text)
    {
        var document = Run(text);
        return document.Mentions.Select(m => $"{document.SurfaceOf(m)}@{m.Span.Start}:{m.Type}").ToArray();
    }
}
