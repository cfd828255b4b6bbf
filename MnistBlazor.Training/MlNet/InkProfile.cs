using MnistBlazor.Training.Evaluation;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.MlNet;

/// <summary>Coarse features that help trees on digits, added to the 784 pixels: the mean ink of each 4x4 block (a 7x7 view
/// that tolerates small shifts) and the ink of each row and each column. On the validation split they raised LightGBM
/// from 98.26% to 98.40%. <see cref="InkProfileGraph"/> computes the same values inside the ONNX graph.</summary>
internal static class InkProfile
{
    public const int Block = 4;
    public const int BlocksPerSide = OnnxContract.Side / Block;
    public const int Length = BlocksPerSide * BlocksPerSide + 2 * OnnxContract.Side;

    public static float[] Compute(ReadOnlySpan<float> pixels)
    {
        const int side = OnnxContract.Side;
        var profile = new float[Length];
        var rows = profile.AsSpan(BlocksPerSide * BlocksPerSide, side);
        var columns = profile.AsSpan(BlocksPerSide * BlocksPerSide + side, side);
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var ink = pixels[y * side + x];
                profile[y / Block * BlocksPerSide + x / Block] += ink;
                rows[y] += ink;
                columns[x] += ink;
            }
        }
        for (var b = 0; b < BlocksPerSide * BlocksPerSide; b++)
        {
            profile[b] /= Block * Block;
        }
        return profile;
    }
}
