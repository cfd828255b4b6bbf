using BenchmarkDotNet.Attributes;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Benchmarks.RecognitionBenchmarks;

/// <summary>Decode and preprocess alone, to tell how much of a recognition is the models.</summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn]
public class PreprocessBenchmarks
{
    private readonly DigitPreprocessor preprocessor = new();
    private byte[] png = [];

    [GlobalSetup]
    public void Setup() => png = CanvasSketch.SevenPng();

    [Benchmark]
    public bool DecodeAndPreprocess() => preprocessor.Process(png).IsBlank;
}
