using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>How strongly to distort training digits; aimed at digits people draw and photograph.</summary>
public sealed record AugmentationOptions
{
    public double MaxRotationDegrees { get; init; } = 15;
    public double MinScale { get; init; } = 0.85;
    public double MaxScale { get; init; } = 1.15;
    public double MaxShearDegrees { get; init; } = 12;
    public double MaxShiftPixels { get; init; } = 2.5;
    public double ElasticProbability { get; init; } = 0.5;
    public double ElasticMaxPixels { get; init; } = 1.8;
    public double ThickenProbability { get; init; } = 0.2;
    public double ThinProbability { get; init; } = 0.15;
    public double ContrastProbability { get; init; } = 0.3;

    /// <summary>Random affine only (rotation, scale, shear, shift): the classic MNIST recipe, for comparison.</summary>
    public static AugmentationOptions AffineOnly { get; } = new()
    {
        ElasticProbability = 0, ThickenProbability = 0, ThinProbability = 0, ContrastProbability = 0,
    };

    /// <summary>The named presets `train --augmentation` offers.</summary>
    public static AugmentationOptions Named(AugmentationPreset preset) => preset switch
    {
        AugmentationPreset.Full => new(),
        AugmentationPreset.AffineOnly => AffineOnly,
        AugmentationPreset.None => None,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown augmentation preset."),
    };

    public static AugmentationOptions None { get; } = new()
    {
        MaxRotationDegrees = 0, MinScale = 1, MaxScale = 1, MaxShearDegrees = 0, MaxShiftPixels = 0,
        ElasticProbability = 0, ThickenProbability = 0, ThinProbability = 0, ContrastProbability = 0,
    };
}

/// <summary>Full: affine, elastic, stroke thickness and contrast (shipped); AffineOnly: the classic recipe; None.</summary>
public enum AugmentationPreset
{
    Full,
    AffineOnly,
    None,
}

/// <summary>Batched, on-the-fly augmentation on [B,1,28,28] tensors in 0..1: stroke thickness (dilate/erode),
/// random affine (rotation, scale, shear, shift) plus a smooth elastic field, one grid_sample for both, and ink
/// contrast. Draws from torch's global generator, which the checkpoint saves, so runs are repeatable.</summary>
public sealed class Augmentation(AugmentationOptions options)
{
    private const int Size = 28;

    public Tensor Apply(Tensor batch)
    {
        using var scope = NewDisposeScope();
        var n = batch.shape[0];
        var x = ChangeThickness(batch, n);
        var grid = nn.functional.affine_grid(AffineMatrices(n), [n, 1, Size, Size], align_corners: false);
        if (options.ElasticProbability > 0)
        {
            grid = grid + ElasticField(n);
        }
        x = nn.functional.grid_sample(x, grid, GridSampleMode.Bilinear, GridSamplePaddingMode.Zeros, align_corners: false);
        x = ChangeContrast(x, n);
        return x.clamp(0, 1).MoveToOuterDisposeScope();
    }

    private Tensor ChangeThickness(Tensor x, long n)
    {
        var pick = rand(n, 1, 1, 1);
        var thick = nn.functional.max_pool2d(nn.functional.pad(x, [0, 1, 0, 1]), 2, stride: 1);
        var thin = -nn.functional.max_pool2d(nn.functional.pad(-x, [0, 1, 0, 1]), 2, stride: 1);
        var thickMask = (pick < options.ThickenProbability).to_type(ScalarType.Float32);
        var thinMask = ((pick >= options.ThickenProbability) & (pick < options.ThickenProbability + options.ThinProbability)).to_type(ScalarType.Float32);
        return x * (1 - thickMask - thinMask) + thick * thickMask + thin * thinMask;
    }

    // affine_grid maps output to input coordinates in [-1, 1]; one pixel is 2/28.
    private Tensor AffineMatrices(long n)
    {
        var angle = Uniform(n, -options.MaxRotationDegrees, options.MaxRotationDegrees) * (Math.PI / 180);
        var shear = Uniform(n, -options.MaxShearDegrees, options.MaxShearDegrees) * (Math.PI / 180);
        var scale = Uniform(n, options.MinScale, options.MaxScale);
        var shift = options.MaxShiftPixels * 2.0 / Size;
        var tx = Uniform(n, -shift, shift);
        var ty = Uniform(n, -shift, shift);
        var inverse = 1 / scale;
        var a = angle.cos() * inverse;
        var b = (-(angle + shear)).sin() * inverse;
        var c = angle.sin() * inverse;
        var d = (angle + shear).cos() * inverse;
        return stack([stack([a, b, tx], 1), stack([c, d, ty], 1)], 1);
    }

    // A random 4x4 displacement field per image, smoothly upsampled: bends strokes like a hand does.
    private Tensor ElasticField(long n)
    {
        var magnitude = options.ElasticMaxPixels * 2.0 / Size;
        var coarse = (rand(n, 2, 4, 4) * 2 - 1) * magnitude;
        var on = (rand(n, 1, 1, 1) < options.ElasticProbability).to_type(ScalarType.Float32);
        var field = nn.functional.interpolate(coarse * on, [Size, Size], mode: InterpolationMode.Bicubic, align_corners: true);
        return field.permute(0, 2, 3, 1);
    }

    // Fainter or bolder ink, as photos and light pens give after preprocessing.
    private Tensor ChangeContrast(Tensor x, long n)
    {
        var on = (rand(n, 1, 1, 1) < options.ContrastProbability).to_type(ScalarType.Float32);
        var gamma = (Uniform(n, 0.6, 1.6).view(n, 1, 1, 1) - 1) * on + 1;
        return x.clamp_min(0).pow(gamma);
    }

    private static Tensor Uniform(long n, double low, double high) => rand(n) * (high - low) + low;
}
