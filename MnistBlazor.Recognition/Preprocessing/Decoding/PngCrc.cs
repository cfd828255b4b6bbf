namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>The CRC-32 every PNG chunk ends with (ISO 3309, as in zlib), over the chunk's type and data.</summary>
internal static class PngCrc
{
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data) => ~Update(Update(uint.MaxValue, type), data);

    private static uint Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
