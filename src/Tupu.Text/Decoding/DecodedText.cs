using System.Text;

namespace Tupu.Text.Decoding;

/// <summary>Decoded text, the strict encoding that decoded it and how many BOM bytes preceded it.</summary>
internal sealed record DecodedText(string Text, Encoding Encoding, int PreambleLength)
{
    public string EncodingName => StrictEncodings.NameOf(Encoding);
}
