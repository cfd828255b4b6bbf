using MnistBlazor.Benchmarks.NonMnistAccuracy;
using MnistBlazor.Tests.Training.Data.Fakes;

namespace MnistBlazor.Tests.Benchmarks.NonMnistAccuracy;

public sealed class EvaluationSetsTests : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public void Dispose() => root.Dispose();

    private string WriteSet(string name, string labels, params string[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root.Path, name)).FullName;
        File.WriteAllText(Path.Combine(folder, EvaluationSets.LabelsFile), labels);
        foreach (var file in files)
        {
            File.WriteAllBytes(Path.Combine(folder, file), [1]);
        }

        return folder;
    }

    [Fact]
    public void SetsAreTheFoldersWithALabelsFile()
    {
        WriteSet("photos", "file,label,details\n0000_0.jpg,0,pen\n0001_7.jpg,7,font\n", "0000_0.jpg", "0001_7.jpg");
        WriteSet("drawn", "file,label\n0000_3.png,3\n", "0000_3.png");
        Directory.CreateDirectory(Path.Combine(root.Path, "unfinished"));

        var sets = EvaluationSets.Load(root.Path);

        Assert.Equal(["drawn", "photos"], sets.Select(s => s.Name));
        Assert.Equal([0, 7], sets[1].Images.Select(i => i.Label));
    }

    [Fact]
    public void LabelThatIsNotADigitNamesTheLine()
    {
        var folder = WriteSet("fonts", "file,label\n0000_1.png,1\n0001_x.png,12\n", "0000_1.png", "0001_x.png");

        var error = Assert.Throws<InvalidDataException>(() => EvaluationSets.ReadLabels(folder));

        Assert.Contains("labels.csv:3", error.Message);
    }

    [Fact]
    public void ListedFileThatIsMissingIsAnError()
    {
        var folder = WriteSet("fonts", "file,label\n0000_1.png,1\n");

        var error = Assert.Throws<FileNotFoundException>(() => EvaluationSets.ReadLabels(folder));

        Assert.Contains("0000_1.png", error.Message);
    }

    [Fact]
    public void FolderWithoutSetsSaysHowToMakeThem()
    {
        var error = Assert.Throws<InvalidDataException>(() => EvaluationSets.Load(root.Path));

        Assert.Contains("generate.py", error.Message);
    }
}
