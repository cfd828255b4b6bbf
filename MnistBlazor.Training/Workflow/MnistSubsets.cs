using MnistBlazor.Training.Data;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Training.Workflow;

/// <summary>The MNIST files as raw IDX data, whole or (for --quick) their first images.</summary>
public static class MnistSubsets
{
    public static (IdxImages Images, byte[] Labels) Test(MnistPaths paths, bool quick) =>
        Read(paths.TestImages, paths.TestLabels, quick ? ShippedSettings.QuickTestCount : int.MaxValue);

    public static (IdxImages Images, byte[] Labels) Train(MnistPaths paths, bool quick) =>
        Read(paths.TrainImages, paths.TrainLabels, quick ? ShippedSettings.QuickTrainCount : int.MaxValue);

    private static (IdxImages, byte[]) Read(string imagesPath, string labelsPath, int limit)
    {
        var images = IdxReader.ReadImages(imagesPath);
        var labels = IdxReader.ReadLabels(labelsPath);
        if (limit >= images.Count)
        {
            return (images, labels);
        }
        var size = images.Rows * images.Columns;
        return (images with { Count = limit, Pixels = images.Pixels[..(limit * size)] }, labels[..limit]);
    }
}
