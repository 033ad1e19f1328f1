using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tupu.Domain.Entities;

namespace Tupu.Entities.Catalog;

/// <summary>
/// An entity as the bytes <see cref="CatalogSpill"/> keeps on disk, and back: every field, nothing else. Text is kept
/// as UTF-16 code units, so a name with a lone surrogate comes back as it went in (UTF-8 would replace it).
/// </summary>
internal static class EntityCodec
{
    public static byte[] Encode(Entity entity)
    {
        using var stream = new MemoryStream(64 + (entity.Aliases.Length * 16));
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteText(writer, entity.Id);
            writer.Write((int)entity.Type);
            WriteText(writer, entity.Name);
            WriteOptional(writer, entity.NameEn);
            WriteOptional(writer, entity.NameZh);
            writer.Write(entity.Aliases.Length);
            foreach (var alias in entity.Aliases)
            {
                WriteText(writer, alias);
            }

            writer.Write(entity.Confidence);
            writer.Write((int)entity.Source);
            WriteOptional(writer, entity.FamilyId);
        }

        return stream.ToArray();
    }

    public static Entity Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8);
        var id = ReadText(reader);
        var type = (EntityType)reader.ReadInt32();
        var name = ReadText(reader);
        var nameEn = ReadOptional(reader);
        var nameZh = ReadOptional(reader);
        var aliases = ImmutableArray.CreateBuilder<string>(reader.ReadInt32());
        for (var i = 0; i < aliases.Capacity; i++)
        {
            aliases.Add(ReadText(reader));
        }

        var confidence = reader.ReadDouble();
        var source = (EntitySource)reader.ReadInt32();
        return new Entity(id, type, name, nameEn, nameZh, aliases.MoveToImmutable(), confidence, source, ReadOptional(reader));
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            WriteText(writer, value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? ReadText(reader) : null;

    private static void WriteText(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadText(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return new string(MemoryMarshal.Cast<byte, char>(reader.ReadBytes(length * sizeof(char))));
    }
}
