using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Benchmarks.RecognitionBenchmarks;

/// <summary>ONNX Runtime alone: one 28x28 image through each model's long-lived session (input OrtValue, run, read the
/// ten probabilities), no decoding, preprocessing or verdict.</summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn]
public class InferenceBenchmarks
{
    private float[] digit = [];
    private StandaloneRecognizer? recognizer;
    private OnnxDigitModel? model;

    [Params(ModelIds.BasicCnn, ModelIds.ResNet, ModelIds.Vgg, ModelIds.MlNet)]
    public string Model { get; set; } = ModelIds.BasicCnn;

    [GlobalSetup]
    public void Setup()
    {
        recognizer = BenchmarkModels.Load(Model);
        model = recognizer.Catalog.Get(Model);
        digit = new DigitPreprocessor().Process(CanvasSketch.SevenPng()).Digit?.Pixels.ToArray()
            ?? throw new InvalidOperationException("The benchmark's sketch of a 7 preprocessed to no digit.");
        var probabilities = model.Predict(digit);
        if (TensorPrimitives.IndexOfMax(probabilities) != 7)
        {
            throw new InvalidOperationException($"'{Model}' does not read the benchmark's 7 as a 7; refusing to time it.");
        }
    }

    [Benchmark]
    public float[] InferOneImage() => model!.Predict(digit);

    [GlobalCleanup]
    public void Cleanup() => recognizer?.Dispose();
}
