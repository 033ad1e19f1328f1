using Tupu.Domain.Text;

namespace Tupu.Relations.Analysis;

/// <summary>
/// A speech frame: a speaker next to a reporting verb (黄仁勋表示, Huang said, according to Reuters). Its sentence is
/// where it sits in the analysis's frames, which are kept sentence by sentence.
/// </summary>
internal sealed record Frame(Referent Speaker, TextSpan Span, TextSpan Verb);
