using MnistBlazor.Training.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>The 10,000 MNIST test digits, enlarged the way a scan of a written digit would arrive.</summary>
internal sealed class MnistTestDigits
{
    private readonly IdxImages images;
    private readonly byte[] labels;

    private MnistTestDigits(IdxImages images, byte[] labels)
    {
        this.images = images;
        this.labels = labels;
    }

    public int Count => images.Count;

    /// <summary>Null when data/mnist holds no test set.</summary>
    public static MnistTestDigits? Load() => File.Exists(ShippedModels.MnistTestImages) && File.Exists(ShippedModels.MnistTestLabels)
        ? new MnistTestDigits(IdxReader.ReadImages(ShippedModels.MnistTestImages), IdxReader.ReadLabels(ShippedModels.MnistTestLabels))
        : null;

    public int Label(int index) => labels[index];

    /// <summary>The digit as white ink on black, enlarged 4x (bicubic) to 112x112.</summary>
    public Image<L8> Image(int index)
    {
        var side = images.Rows;
        var image = SixLabors.ImageSharp.Image.LoadPixelData<L8>(images.Pixels.AsSpan(index * side * side, side * side), side, side);
        image.Mutate(x => x.Resize(side * 4, side * 4, KnownResamplers.Bicubic));
        return image;
    }
}
