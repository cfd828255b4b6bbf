using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;

namespace MnistBlazor.Training.MlNet;

/// <summary>The ML.NET pipeline: the float label becomes a key, pixels and ink profile become one feature vector,
/// LightGBM learns the digits from it.</summary>
internal static class MlNetDigitPipeline
{
    /// <summary>Key column the trainer reads; ordered by value so score slot k is digit k, whatever order the images come in.</summary>
    public const string LabelKey = nameof(MlNetDigitRow.Label) + "Key";
    public const string Features = nameof(Features);

    public static IEstimator<ITransformer> Create(MLContext ml, MlNetDigitOptions options)
    {
        var labelAsKey = ml.Transforms.Conversion.MapValueToKey(
            outputColumnName: LabelKey,
            inputColumnName: nameof(MlNetDigitRow.Label),
            keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var features = ml.Transforms.Concatenate(Features, nameof(MlNetDigitRow.Pixels), nameof(MlNetDigitRow.InkProfile));
        var boostedTrees = ml.MulticlassClassification.Trainers.LightGbm(TrainerOptions(options));
        return labelAsKey.Append(features).Append(boostedTrees);
    }

    private static LightGbmMulticlassTrainer.Options TrainerOptions(MlNetDigitOptions options) => new()
    {
        LabelColumnName = LabelKey,
        FeatureColumnName = Features,
        NumberOfIterations = options.Iterations,
        NumberOfLeaves = options.Leaves,
        LearningRate = options.LearningRate,
        MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
        MaximumBinCountPerFeature = options.MaximumBinsPerFeature,
        Seed = options.Seed,
        NumberOfThreads = options.Threads,
        // ML.NET picks softmax only from 50,000 rows up and one-versus-all sigmoids below; fixing it keeps small
        // (test) trainings on the same scoring path and the same exported graph as the real one.
        UseSoftmax = true,
        Booster = new GradientBooster.Options
        {
            FeatureFraction = options.FeatureFraction,
            SubsampleFraction = options.SubsampleFraction,
            SubsampleFrequency = options.SubsampleFraction < 1 ? 1 : 0,
        },
    };
}
