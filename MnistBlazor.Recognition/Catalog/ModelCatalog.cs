using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Recognition.Gate;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>Every model the app offers, loaded once at start-up: one long-lived session per file in models/, and the
/// ensemble over whichever of its members loaded. A model that fails to load is listed with its reason.</summary>
public sealed class ModelCatalog : IDisposable
{
    private static readonly string[] FileModelIds = [.. ModelIds.All.Where(id => id != ModelIds.Ensemble)];

    private readonly Dictionary<string, OnnxDigitModel> loaded;

    private ModelCatalog(string directory, IReadOnlyList<ModelStatus> models, Dictionary<string, OnnxDigitModel> loaded, ModelStatus gateStatus, OnnxDigitModel? gate)
    {
        Directory = directory;
        Models = models;
        this.loaded = loaded;
        GateStatus = gateStatus;
        Gate = gate;
        EnsembleMembers = [.. ModelIds.EnsembleMembers.Where(loaded.ContainsKey).Select(id => loaded[id])];
    }

    /// <summary>The folder the models were loaded from.</summary>
    public string Directory { get; }

    /// <summary>In <see cref="ModelIds.All"/> order, the ensemble first.</summary>
    public IReadOnlyList<ModelStatus> Models { get; }

    /// <summary>The ensemble's members that loaded.</summary>
    public IReadOnlyList<OnnxDigitModel> EnsembleMembers { get; }

    /// <summary>The digit gate (models/gate/digit-gate.onnx), which tells digits from letters and scribbles; null when it
    /// did not load (<see cref="GateStatus"/> says why), and verdicts then rest on the models' own evidence.</summary>
    public OnnxDigitModel? Gate { get; }

    public ModelStatus GateStatus { get; }

    public static ModelCatalog Load(string directory, RecognitionOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        var statuses = new List<ModelStatus>();
        var loaded = new Dictionary<string, OnnxDigitModel>();
        foreach (var id in FileModelIds)
        {
            var (status, model) = ModelLoader.Load(id, directory, sessionOptions, logger, GraphKind.DigitModel);
            statuses.Add(status);
            if (model is not null)
            {
                loaded.Add(id, model);
            }
        }

        ReportStrangers(directory, logger);
        statuses.Insert(0, EnsembleStatus(directory, statuses, logger));
        logger.Summary(directory, statuses.Count(s => s.IsAvailable), statuses.Count);
        var (gateStatus, gate) = ModelLoader.Load(GateContract.ModelId, Path.Combine(directory, GateContract.FolderName),
            sessionOptions, logger, GraphKind.DigitGate);
        return new ModelCatalog(directory, statuses, loaded, gateStatus, gate);
    }

    /// <summary>The status of a model id.</summary>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    public ModelStatus Status(string id) =>
        Models.FirstOrDefault(m => m.Id == id) ?? throw new UnknownModelException(id);

    /// <summary>A loaded single model (not the ensemble).</summary>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    /// <exception cref="ModelUnavailableException">The model did not load.</exception>
    public OnnxDigitModel Get(string id)
    {
        var status = Status(id);
        if (loaded.TryGetValue(id, out var model))
        {
            return model;
        }

        throw new ModelUnavailableException(id, status.UnavailableReason ?? $"'{id}' is not a single model.");
    }

    /// <summary>The loaded single models whose answers make up an id's answer: the ensemble's members, or the model itself.</summary>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    /// <exception cref="ModelUnavailableException">The model (or every ensemble member) did not load.</exception>
    public IReadOnlyList<OnnxDigitModel> Constituents(string id)
    {
        var status = Status(id);
        if (!status.IsAvailable)
        {
            throw new ModelUnavailableException(id, status.UnavailableReason ?? "it did not load");
        }

        return id == ModelIds.Ensemble ? EnsembleMembers : [Get(id)];
    }

    public void Dispose()
    {
        foreach (var model in loaded.Values)
        {
            model.Dispose();
        }

        loaded.Clear();
        Gate?.Dispose();
    }

    private static ModelStatus EnsembleStatus(string directory, List<ModelStatus> singles, ILogger logger)
    {
        var members = singles.Where(s => s.IsAvailable && ModelIds.EnsembleMembers.Contains(s.Id)).ToList();
        return members.Count > 0
            ? new ModelStatus(ModelIds.Ensemble, ModelNames.DisplayName(ModelIds.Ensemble), true, null, EnsembleCardReader.Read(directory, members, logger))
            : new ModelStatus(ModelIds.Ensemble, ModelNames.DisplayName(ModelIds.Ensemble), false,
                $"none of its members ({string.Join(", ", ModelIds.EnsembleMembers)}) is available", null);
    }

    private static void ReportStrangers(string directory, ILogger logger)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.onnx"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!FileModelIds.Contains(name))
            {
                logger.UnknownFile(path, name, string.Join(", ", FileModelIds));
            }
        }
    }
}
