using BenchmarkDotNet.Running;
using MnistBlazor.Benchmarks.RecognitionBenchmarks;

// dotnet run -c Release --project benchmarks/RecognitionBenchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RecognizeBenchmarks).Assembly).Run(args);
