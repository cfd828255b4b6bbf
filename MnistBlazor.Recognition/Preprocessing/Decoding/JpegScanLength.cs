using System.Buffers.Binary;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>
/// Refuses a JPEG whose scans hold too few bits for the blocks its frame header declares (a 4096x4096 header over
/// 280x280 of data, say), which ImageSharp would answer with grey fill. A sound lower bound needs no decoding: every
/// block of a sequential scan codes at least one DC and one AC Huffman code, every block of a progressive first DC scan
/// at least one DC code, and no code is shorter than its table's shortest. Other progressive scans can skip whole runs
/// of blocks with one code, so they bound no bits; but under a restart interval every scan needs a restart marker after
/// each interval of MCUs but the last, which also counts what padding to each marker's byte boundary hides. Lossless,
/// hierarchical and arithmetic-coded JPEGs are not checked.
/// </summary>
internal static class JpegScanLength
{
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte HuffmanTables = 0xC4;
    private const byte StartOfScan = 0xDA;
    private const byte RestartInterval = 0xDD;

    /// <summary>Walks the markers up to EOI; stops without a verdict where the file is malformed, which the decoder
    /// then reports.</summary>
    public static void EnsureEachScanCanHoldItsBlocks(ReadOnlySpan<byte> jpeg)
    {
        var tables = new HuffmanCodeLengths();
        JpegFrame? frame = null;
        var restartInterval = 0;
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
                case RestartInterval when segment.Length >= 2:
                    restartInterval = BinaryPrimitives.ReadUInt16BigEndian(segment);
                    break;
                case StartOfScan:
                    var (end, coded, restarts) = EntropyCoded(jpeg, position);
                    var (mcus, leastBits) = frame?.Demand(segment, tables) ?? (0, 0);
                    var intervals = restartInterval == 0 ? 1 : (mcus + restartInterval - 1) / restartInterval;
                    if (coded * 8L < leastBits || restarts < intervals - 1)
                    {
                        throw new ImageRejectedException(
                            ImageRejectionReason.Truncated,
                            coded * 8L < leastBits
                                ? $"The JPEG is truncated: its header declares {frame!.Width}x{frame.Height} pixels, but a scan holds "
                                    + $"{coded} bytes of image data where they need at least {(leastBits + 7) / 8}."
                                : $"The JPEG is truncated: its header declares {frame!.Width}x{frame.Height} pixels in {intervals} "
                                    + $"restart intervals, but a scan holds only {restarts + 1}.");
                    }

                    position = end;
                    break;
            }
        }
    }

    /// <summary>Where a scan's entropy-coded data ends (at the first marker that is neither RSTn nor a stuffed FF00), how
    /// many of its bytes are coded data (without markers and stuffing) and how many restart markers it holds.</summary>
    private static (int End, long Coded, long Restarts) EntropyCoded(ReadOnlySpan<byte> jpeg, int start)
    {
        var position = start;
        long overhead = 0, restarts = 0;
        while (true)
        {
            var found = jpeg[position..].IndexOf((byte)0xFF);
            if (found < 0 || position + found + 1 >= jpeg.Length)
            {
                return (jpeg.Length, jpeg.Length - start - overhead, restarts);
            }

            position += found;
            var next = jpeg[position + 1];
            if (next == 0x00)
            {
                overhead++;
                position += 2;
            }
            else if (next is >= 0xD0 and <= 0xD7)
            {
                overhead += 2;
                restarts++;
                position += 2;
            }
            else if (next == 0xFF)
            {
                overhead++; // fill
                position++;
            }
            else
            {
                return (position, position - start - overhead, restarts);
            }
        }
    }
}
