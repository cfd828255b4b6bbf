using BenchmarkDotNet.Attributes;
using MnistBlazor.Recognition;

namespace MnistBlazor.Benchmarks.RecognitionBenchmarks;

/// <summary>One drawing-pad PNG through the in-process path: decode, preprocess, infer, verdict.</summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn]
public class RecognizeBenchmarks
{
    private byte[] png = [];
    private StandaloneRecognizer? recognizer;

    [Params(ModelIds.BasicCnn, ModelIds.Ensemble)]
    public string Model { get; set; } = ModelIds.BasicCnn;

    [GlobalSetup]
    public void Setup()
    {
        png = CanvasSketch.SevenPng();
        recognizer = BenchmarkModels.Load(Model);
        var answer = recognizer.Recognize(png, Model);
        if (answer.Digit != 7)
        {
            throw new InvalidOperationException($"{Model} reads the benchmark's 7 as {answer.Verdict} {answer.Digit}; the timing would not be of a real answer.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => recognizer?.Dispose();

    [Benchmark]
    public int? Recognize() => recognizer!.Recognize(png, Model).Digit;
}
