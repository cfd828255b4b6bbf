using System.Runtime.InteropServices;
using OpenCvSharp;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>Copies pixels between ImageSharp and OpenCV, for the operations ImageSharp 2.1 lacks (morphology, a linear
/// blur). Channel order does not matter to those, so RGB stays RGB.</summary>
internal static class OpenCvPixels
{
    public static Mat ToMat(Image<L8> image) => ToMat(image, MatType.CV_8UC1, 1);

    public static Mat ToMat(Image<Rgb24> image) => ToMat(image, MatType.CV_8UC3, 3);

    public static Image<L8> ToL8(Mat mat) => Image.LoadPixelData<L8>(Bytes(mat, 1), mat.Width, mat.Height);

    public static Image<Rgb24> ToRgb24(Mat mat) => Image.LoadPixelData<Rgb24>(Bytes(mat, 3), mat.Width, mat.Height);

    private static Mat ToMat<TPixel>(Image<TPixel> image, MatType type, int channels)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        ArgumentNullException.ThrowIfNull(image);
        var bytes = new byte[image.Width * image.Height * channels];
        image.CopyPixelDataTo(bytes);
        var mat = new Mat(image.Height, image.Width, type);
        Marshal.Copy(bytes, 0, mat.Data, bytes.Length);
        return mat;
    }

    private static byte[] Bytes(Mat mat, int channels)
    {
        ArgumentNullException.ThrowIfNull(mat);
        if (!mat.IsContinuous() || mat.Channels() != channels || mat.Depth() != MatType.CV_8U)
        {
            throw new ArgumentException($"Expected a continuous 8-bit image of {channels} channel(s); this one has {mat.Channels()} of depth {mat.Depth()}.", nameof(mat));
        }

        var bytes = new byte[mat.Width * mat.Height * channels];
        Marshal.Copy(mat.Data, bytes, 0, bytes.Length);
        return bytes;
    }
}
