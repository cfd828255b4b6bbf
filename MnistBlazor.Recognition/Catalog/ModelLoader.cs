using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>Loads one model file and proves it keeps the contract, or says why it cannot be used.</summary>
internal static class ModelLoader
{
    /// <summary>Largest deviation from 1 a probability row may show (float softmax rounding).</summary>
    private const float RowSumTolerance = 1e-3f;

    public static (ModelStatus Status, OnnxDigitModel? Model) Load(string id, string directory, SessionOptions sessionOptions, ILogger logger,
        GraphKind kind)
    {
        var path = Path.Combine(directory, id + ".onnx");
        if (!File.Exists(path))
        {
            return Unavailable(id, $"{id}.onnx is not in {directory}", logger);
        }

        var clock = Stopwatch.StartNew();
        InferenceSession session;
        try
        {
            session = new InferenceSession(path, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            return Unavailable(id, $"{id}.onnx is not a loadable ONNX model ({FirstLine(e.Message)})", logger);
        }

        var violation = OnnxContract.FindViolation(session, kind.ClassCount);
        if (violation is not null)
        {
            session.Dispose();
            return Unavailable(id, $"{id}.onnx breaks the model contract: {violation}", logger);
        }

        var card = kind.HasModelCard ? ModelCardReader.Read(id, Path.Combine(directory, id + ".json"), session, logger) : null;
        var model = new OnnxDigitModel(id, session, card, kind.ClassCount);
        violation = SmokeTest(model);
        if (violation is not null)
        {
            model.Dispose();
            return Unavailable(id, $"{id}.onnx breaks the model contract: {violation}", logger);
        }

        logger.Loaded(id, path, clock.Elapsed.TotalMilliseconds);
        return (new ModelStatus(id, card?.DisplayName ?? ModelNames.DisplayName(id), true, null, card), model);
    }

    /// <summary>Runs a blank and a uniform image: a graph can load and still fail or give non-probabilities when run.</summary>
    private static string? SmokeTest(OnnxDigitModel model)
    {
        var images = new float[2 * DigitImage.PixelCount];
        images.AsSpan(DigitImage.PixelCount).Fill(0.5f);
        float[] probabilities;
        try
        {
            probabilities = model.Predict(images, count: 2);
        }
        catch (OnnxRuntimeException e)
        {
            return $"running it failed ({FirstLine(e.Message)})";
        }

        for (var row = 0; row < 2; row++)
        {
            var values = probabilities.AsSpan(row * model.ClassCount, model.ClassCount);
            var sum = 0f;
            foreach (var p in values)
            {
                if (!float.IsFinite(p) || p < 0f || p > 1f)
                {
                    return $"output holds {p}, not a probability (probabilities, not logits, are expected)";
                }

                sum += p;
            }

            if (MathF.Abs(sum - 1f) > RowSumTolerance)
            {
                return $"output rows sum to {sum:G4}, not 1 (probabilities, not logits, are expected)";
            }
        }

        return null;
    }

    private static (ModelStatus, OnnxDigitModel?) Unavailable(string id, string reason, ILogger logger)
    {
        logger.Unavailable(id, reason);
        return (new ModelStatus(id, ModelNames.DisplayName(id), false, reason, null), null);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
