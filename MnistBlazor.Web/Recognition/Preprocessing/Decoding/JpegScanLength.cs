using System.Buffers.Binary;

namespace MnistBlazor.Web.Recognition.Preprocessing.Decoding;

/// <summary>
/// Refuses a JPEG whose scans hold too few bits for the blocks its frame header declares (a 4096x4096 header over
/// 280x280 of data, say), which ImageSharp would answer with grey fill. A sound lower bound needs no decoding: every
/// block of a sequential scan codes at least one DC and one AC Huffman code, every block of a progressive first DC scan
/// at least one DC code, and no code is shorter than its table's shortest. Other progressive scans can skip whole runs
/// of blocks with one code, so they bound nothing; lossless, hierarchical and arithmetic-coded JPEGs are not checked.
/// </summary>
internal static class JpegScanLength
{
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte HuffmanTables = 0xC4;
    private const byte StartOfScan = 0xDA;

    /// <summary>Walks the markers up to EOI; stops without a verdict where the file is malformed, which the decoder
    /// then reports.</summary>
    public static void EnsureEachScanCanHoldItsBlocks(ReadOnlySpan<byte> jpeg)
    {
        var tables = new HuffmanCodeLengths();
        JpegFrame? frame = null;
        var position = 2; // past SOI
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte before a marker
                continue;
            }

            if (marker == EndOfImage || marker == StartOfImage)
            {
                return;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
            if (length < 2 || position + 2 + length > jpeg.Length)
            {
                return;
            }

            var segment = jpeg.Slice(position + 4, length - 2);
            position += 2 + length;
            switch (marker)
            {
                case HuffmanTables when !tables.Read(segment):
                    return;
                case 0xC0 or 0xC1 or 0xC2:
                    frame = JpegFrame.Read(segment, progressive: marker == 0xC2);
                    break;
                case 0xC3 or (>= 0xC5 and <= 0xC7) or (>= 0xC9 and <= 0xCB) or (>= 0xCD and <= 0xCF):
                    return;
                case StartOfScan:
                    var end = EntropyCodedEnd(jpeg, position);
                    var least = frame?.LeastScanBits(segment, tables) ?? 0;
                    if ((end - position) * 8L < least)
                    {
                        throw new ImageRejectedException(
                            ImageRejectionReason.Truncated,
                            $"The JPEG is truncated: a scan of its {frame!.Width}x{frame.Height} image holds {end - position} bytes of " +
                            $"coded data, but its blocks need at least {(least + 7) / 8}.");
                    }

                    position = end;
                    break;
            }
        }
    }

    /// <summary>Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed FF00 nor RSTn. The
    /// stuffing and restart markers counted in are few, and only make the bound looser.</summary>
    private static int EntropyCodedEnd(ReadOnlySpan<byte> jpeg, int start)
    {
        var position = start;
        while (true)
        {
            var found = jpeg[position..].IndexOf((byte)0xFF);
            if (found < 0 || position + found + 1 >= jpeg.Length)
            {
                return jpeg.Length;
            }

            var next = jpeg[position + found + 1];
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7)
            {
                position += found + 2;
            }
            else if (next == 0xFF)
            {
                position += found + 1;
            }
            else
            {
                return position + found;
            }
        }
    }
}
