namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>
/// Writes mid-grey JPEGs with restart intervals or in progressive mode, which ImageSharp 2.1 cannot write. Every block
/// is the cheapest there is: a 2-bit DC code for a zero difference and a 2-bit end-of-block, so the file sits exactly
/// on the lower bound the decoder checks scans against.
/// </summary>
internal static class FlatJpegWriter
{
    /// <summary>A sequential JPEG, one interleaved scan, a restart marker every <paramref name="restartInterval"/> MCUs.</summary>
    public static byte[] Sequential(int width, int height, (int H, int V)[] sampling, int restartInterval)
    {
        var jpeg = Header(0xC0, width, height, sampling);
        jpeg.AddRange(Segment(0xDD, [(byte)(restartInterval >> 8), (byte)restartInterval]));
        jpeg.AddRange(Scan(sampling.Length, spectralStart: 0, spectralEnd: 63));
        var (mcus, blocksPerMcu) = Mcus(width, height, sampling);
        var bits = new BitWriter(jpeg);
        for (var mcu = 0; mcu < mcus; mcu++)
        {
            if (mcu > 0 && mcu % restartInterval == 0)
            {
                bits.Restart(0xD0 + ((mcu / restartInterval) - 1) % 8);
            }

            bits.Zeros(blocksPerMcu * 4);
        }

        bits.Flush();
        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];
    }

    /// <summary>A progressive JPEG: one interleaved first DC scan, then one first AC scan per component.</summary>
    public static byte[] Progressive(int width, int height, (int H, int V)[] sampling)
    {
        var jpeg = Header(0xC2, width, height, sampling);
        jpeg.AddRange(Scan(sampling.Length, spectralStart: 0, spectralEnd: 0));
        var (mcus, blocksPerMcu) = Mcus(width, height, sampling);
        var dc = new BitWriter(jpeg);
        dc.Zeros(mcus * blocksPerMcu * 2);
        dc.Flush();
        int maxH = sampling.Max(s => s.H), maxV = sampling.Max(s => s.V);
        for (var c = 0; c < sampling.Length; c++)
        {
            jpeg.AddRange(Segment(0xDA, [1, (byte)(c + 1), 0x00, 1, 63, 0]));
            var blocks = Ceiling(Ceiling(width * sampling[c].H, maxH), 8) * Ceiling(Ceiling(height * sampling[c].V, maxV), 8);
            var ac = new BitWriter(jpeg);
            ac.Zeros(blocks * 2);
            ac.Flush();
        }

        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];
    }

    private static List<byte> Header(byte frameMarker, int width, int height, (int H, int V)[] sampling)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]));
        List<byte> frame = [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)sampling.Length];
        for (var c = 0; c < sampling.Length; c++)
        {
            frame.AddRange([(byte)(c + 1), (byte)((sampling[c].H << 4) | sampling[c].V), 0]);
        }

        jpeg.AddRange(Segment(frameMarker, [.. frame]));
        // DC table 0 and AC table 0 each with the one symbol 0 under the 2-bit code 00: DC difference 0, end of block.
        byte[] oneTwoBitCode = [0, 1, .. new byte[14], 0];
        jpeg.AddRange(Segment(0xC4, [0x00, .. oneTwoBitCode, 0x10, .. oneTwoBitCode]));
        return jpeg;
    }

    private static byte[] Scan(int components, byte spectralStart, byte spectralEnd)
    {
        List<byte> scan = [(byte)components];
        for (var c = 0; c < components; c++)
        {
            scan.AddRange([(byte)(c + 1), 0x00]);
        }

        scan.AddRange([spectralStart, spectralEnd, 0]);
        return Segment(0xDA, [.. scan]);
    }

    private static (int Mcus, int BlocksPerMcu) Mcus(int width, int height, (int H, int V)[] sampling) =>
        sampling.Length == 1
            ? (Ceiling(width, 8) * Ceiling(height, 8), 1)
            : (Ceiling(width, 8 * sampling.Max(s => s.H)) * Ceiling(height, 8 * sampling.Max(s => s.V)), sampling.Sum(s => s.H * s.V));

    private static int Ceiling(int value, int divisor) => (value + divisor - 1) / divisor;

    private static byte[] Segment(byte marker, byte[] data) => [0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2), .. data];

    /// <summary>Appends zero bits; pads a partial byte with ones, as the standard asks before a marker.</summary>
    private sealed class BitWriter(List<byte> output)
    {
        private int pending;

        public void Zeros(long count)
        {
            var total = pending + count;
            for (var i = 0L; i < total / 8; i++)
            {
                output.Add(0);
            }

            pending = (int)(total % 8);
        }

        public void Flush()
        {
            if (pending > 0)
            {
                output.Add((byte)(0xFF >> pending));
                pending = 0;
            }
        }

        public void Restart(int marker)
        {
            Flush();
            output.AddRange([0xFF, (byte)marker]);
        }
    }
}
