using System.Buffers.Binary;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>A JPEG frame header (SOF0, SOF1 or SOF2): the size and, per component, its sampling factors, from which
/// <see cref="JpegScanLength"/> counts the blocks a scan codes.</summary>
internal sealed class JpegFrame
{
    private readonly (byte Id, int H, int V)[] components;
    private readonly int maxH;
    private readonly int maxV;

    private JpegFrame(int width, int height, bool progressive, (byte Id, int H, int V)[] components)
    {
        Width = width;
        Height = height;
        Progressive = progressive;
        this.components = components;
        maxH = components.Max(c => c.H);
        maxV = components.Max(c => c.V);
    }

    public int Width { get; }

    public int Height { get; }

    public bool Progressive { get; }

    /// <summary>Null for a header too short for its component count or with a zero sampling factor.</summary>
    public static JpegFrame? Read(ReadOnlySpan<byte> segment, bool progressive)
    {
        if (segment.Length < 6 || segment[5] == 0 || segment.Length < 6 + (3 * segment[5]))
        {
            return null;
        }

        var components = new (byte Id, int H, int V)[segment[5]];
        for (var i = 0; i < components.Length; i++)
        {
            var sampling = segment[6 + (3 * i) + 1];
            components[i] = (segment[6 + (3 * i)], sampling >> 4, sampling & 0x0F);
            if (components[i].H == 0 || components[i].V == 0)
            {
                return null;
            }
        }

        // The height is 0 when a DNL marker after the first scan gives it: then nothing is counted.
        return new JpegFrame(
            BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), progressive, components);
    }

    /// <summary>How many MCUs the scan whose SOS header is <paramref name="scan"/> codes, and the fewest bits it can code
    /// them in: 0 bits where no bound holds (see <see cref="JpegScanLength"/>); nothing where the header names what the
    /// frame lacks.</summary>
    public (long Mcus, long LeastBits) Demand(ReadOnlySpan<byte> scan, HuffmanCodeLengths tables)
    {
        var count = scan.IsEmpty ? 0 : scan[0];
        if (count == 0 || scan.Length < 1 + (2 * count) + 3 || Height == 0)
        {
            return (0, 0);
        }

        var spectralStart = scan[1 + (2 * count)];
        var approximationHigh = scan[3 + (2 * count)] >> 4;
        var bounded = !Progressive || (spectralStart == 0 && approximationHigh == 0);
        long perMcu = 0;
        for (var i = 0; i < count; i++)
        {
            var id = scan[1 + (2 * i)];
            var index = Array.FindIndex(components, c => c.Id == id);
            if (index < 0)
            {
                return (0, 0);
            }

            var tableIds = scan[2 + (2 * i)];
            var perBlock = !bounded ? 0 : tables.ShortestDc(tableIds >> 4) + (Progressive ? 0 : tables.ShortestAc(tableIds & 0x0F));
            var (_, h, v) = components[index];
            if (count == 1)
            {
                // A scan of one component codes its own blocks, one per MCU, without an interleaved MCU's padding.
                var blocks = Blocks(Width * h, maxH) * Blocks(Height * v, maxV);
                return (blocks, blocks * perBlock);
            }

            perMcu += h * v * perBlock;
        }

        var mcus = Blocks(Width, maxH) * Blocks(Height, maxV);
        return (mcus, mcus * perMcu);
    }

    // ceil(ceil(side * factor / max) / 8) for one component; with factor = 1 the MCU count ceil(side / (8 * max)).
    private static long Blocks(long scaledSide, int max) => (((scaledSide + max - 1) / max) + 7) / 8;
}
