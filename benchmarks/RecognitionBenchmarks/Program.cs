using BenchmarkDotNet.Running;
using MnistBlazor.Benchmarks.RecognitionBenchmarks;

// dotnet run -c Release --project benchmarks/RecognitionBenchmarks -- --filter '*' --artifacts benchmarks/artifacts/bdn
BenchmarkSwitcher.FromAssembly(typeof(RecognizeBenchmarks).Assembly).Run(args);
