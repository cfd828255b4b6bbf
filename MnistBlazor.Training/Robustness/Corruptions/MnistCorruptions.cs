namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// The 15 corruptions of MNIST-C (Mu and Gilmer 2019, "MNIST-C: A Robustness Benchmark for Computer Vision"), in the
/// order and with the names of the reference code's CORRUPTIONS list (google-research/mnist-c at bba57e4, corruptions.py),
/// each at the severity MNIST-C fixed, which is its function's default there.
/// <para><b>MNIST-C is a TEST, never training data: do not add these corruptions to any augmentation.</b></para>
/// <list type="table">
/// <listheader><term>name (corruptions.py line)</term><description>fixed setting</description></listheader>
/// <item><term>shot_noise (223)</term><description>severity 5: Poisson with c = 3 photons per unit.</description></item>
/// <item><term>impulse_noise (231)</term><description>severity 4: salt and pepper, amount 0.17.</description></item>
/// <item><term>glass_blur (265)</term><description>severity 1: sigma 0.7 (down the columns only), max delta 1, 2 iterations.</description></item>
/// <item><term>motion_blur (296)</term><description>severity 1: ImageMagick radius 10, sigma 3, angle uniform in ±45°.</description></item>
/// <item><term>shear (511)</term><description>severity 2: 0.4 rad, direction random.</description></item>
/// <item><term>scale (552)</term><description>severity 3: inverse scale 1/0.7 about the centre.</description></item>
/// <item><term>rotate (532)</term><description>severity 2: 0.4 rad, direction random.</description></item>
/// <item><term>brightness (422)</term><description>severity 5: HSV value + 0.5.</description></item>
/// <item><term>translate (569)</term><description>severity 3: 3 px along each axis, directions random.</description></item>
/// <item><term>stripe (657)</term><description>no levels: columns 0..6 and 21..27 inverted.</description></item>
/// <item><term>fog (327)</term><description>severity 5: plasma fractal ×3.0, wibble decay 1.4.</description></item>
/// <item><term>spatter (388)</term><description>severity 4: (0.65, 0.3, 1, 0.65, 1.5, 1), mud of grey 63.</description></item>
/// <item><term>dotted_line (593)</term><description>no levels: a dashed line from column 0 to 27, rows random.</description></item>
/// <item><term>zigzag (609)</term><description>no levels: a zigzag (a = b = 2) from column 2 to 25, rows random.</description></item>
/// <item><term>canny_edges (664)</term><description>no levels: skimage Canny, sigma 1, thresholds 0.1 and 0.2.</description></item>
/// </list>
/// Helpers: plasma_fractal (123), line_from_points (185). The random streams are System.Random's, not numpy's, so a seed
/// picks different (equally distributed) corruptions than the released MNIST-C files hold. Given the same random
/// choices, each corruption gives the reference's bytes (checked against skimage 0.19.3 and ImageMagick 6.9.11 Q16);
/// each file says where it was checked and where it departs: the bytes are rounded from the reference's float32 (its
/// uint8 conversion is not published), and Canny's exact ties may break the other way.
/// </summary>
public static class MnistCorruptions
{
    public static IReadOnlyList<MnistCorruption> All { get; } =
    [
        new ShotNoise(),
        new ImpulseNoise(),
        new GlassBlur(),
        new MotionBlur(),
        new Shear(),
        new Scale(),
        new Rotate(),
        new Brightness(),
        new Translate(),
        new Stripe(),
        new Fog(),
        new Spatter(),
        new DottedLine(),
        new Zigzag(),
        new CannyEdges(),
    ];

    public static MnistCorruption Named(string name) =>
        All.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"MNIST-C has no corruption '{name}'; its corruptions are {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));
}
