namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>The shortest code of each JPEG Huffman table defined so far (DHT segments can come between scans).</summary>
internal sealed class HuffmanCodeLengths
{
    private readonly int[] dc = new int[4];
    private readonly int[] ac = new int[4];

    /// <summary>0 for a table not (yet) defined: it bounds nothing.</summary>
    public int ShortestDc(int table) => table < dc.Length ? dc[table] : 0;

    public int ShortestAc(int table) => table < ac.Length ? ac[table] : 0;

    /// <summary>Reads a DHT segment's tables; false where it is malformed.</summary>
    public bool Read(ReadOnlySpan<byte> segment)
    {
        while (!segment.IsEmpty)
        {
            if (segment.Length < 17 || (segment[0] >> 4) > 1 || (segment[0] & 0x0F) > 3)
            {
                return false;
            }

            var counts = segment.Slice(1, 16);
            var shortest = counts.IndexOfAnyExcept((byte)0) + 1; // 0 when the table is empty
            var symbols = 0;
            foreach (var c in counts)
            {
                symbols += c;
            }

            ((segment[0] >> 4) == 0 ? dc : ac)[segment[0] & 0x0F] = shortest;
            if (segment.Length < 17 + symbols)
            {
                return false;
            }

            segment = segment[(17 + symbols)..];
        }

        return true;
    }
}
