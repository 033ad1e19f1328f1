namespace Tupu.Text.Normalization;

/// <summary>What the folding pass does with one character.</summary>
internal enum FoldKind : byte
{
    Keep,
    Map,
    Expand,
    Drop,
    Space,
    Newline,
    Combining,
}
