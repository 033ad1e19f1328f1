using FsCheck;
using FsCheck.Fluent;

namespace Tupu.Bolt.Tests.Support;

/// <summary>
/// Fuzz input: plain random bytes, plus valid encodings with a few bytes replaced, inserted or cut off. Pure random
/// bytes rarely get past the first marker; mutated valid input reaches the deep paths (sizes, nesting, structures).
/// </summary>
internal static class FuzzInputs
{
    public static Arbitrary<byte[]> PackStream(params byte[][] seeds) => Mutations(seeds).ToArbitrary();

    private static Gen<byte[]> Mutations(byte[][] seeds)
    {
        var random = ArbMap.Default.GeneratorFor<byte[]>();
        var mutated =
            from seed in Gen.Elements(seeds)
            from count in Gen.Choose(1, 4)
            from edits in Gen.ListOf(Edit(), count)
            select edits.Aggregate(seed, (bytes, edit) => edit(bytes));
        return Gen.Frequency((1, random), (3, mutated.Select(b => b)));
    }

    private static Gen<Func<byte[], byte[]>> Edit() =>
        from kind in Gen.Choose(0, 3)
        from position in Gen.Choose(0, int.MaxValue)
        from value in ArbMap.Default.GeneratorFor<byte>()
        select (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0)
            {
                return [value];
            }

            var at = position % bytes.Length;
            return kind switch
            {
                0 => bytes.Take(at).Append(value).Concat(bytes.Skip(at + 1)).ToArray(), // replace
                1 => bytes.Take(at).Append(value).Concat(bytes.Skip(at)).ToArray(), // insert
                2 => bytes.Take(at).ToArray(), // truncate
                _ => bytes.Take(at).Append((byte)(0x80 | (value & 0x7F))).Concat(bytes.Skip(at + 1)).ToArray(), // a marker byte
            };
        });
}
