using System.Diagnostics;
using MnistBlazor.Tests.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Pictures of a dark digit on light paper, as a phone or webcam would see them, and a fake-camera video.</summary>
internal static class PaperDigits
{
    /// <summary>A dark seven filling the middle of a light, slightly uneven sheet.</summary>
    public static Image<Rgba32> Seven(int width, int height)
    {
        var side = Math.Min(width, height) * 0.42f;
        var coverage = DigitSketch.Seven.Render(width, height, left: (width - (side * 0.7f)) / 2, top: (height - side) / 2,
            boxWidth: side * 0.7f, boxHeight: side, radius: side * 0.07f);
        return TestImages.FromCoverage(width, height, coverage, (ink, x, y) =>
        {
            var paper = 215f + (20f * x / width) - (10f * y / height);
            return TestImages.Grey(paper - (ink * (paper - 35f)));
        });
    }

    public static string SavePng(Image image, string directory, string name)
    {
        var path = Path.Combine(directory, name);
        image.SaveAsPng(path);
        return path;
    }

    /// <summary>Turns a still picture into the .y4m video Chromium's fake camera plays in a loop.</summary>
    public static async Task<string> FakeCameraVideoAsync(string picture, string directory)
    {
        var video = Path.Combine(directory, "fake-camera.y4m");
        var start = new ProcessStartInfo("ffmpeg")
        {
            ArgumentList = { "-y", "-loglevel", "error", "-loop", "1", "-i", picture, "-t", "2", "-r", "10",
                "-pix_fmt", "yuv420p", "-vf", "scale=640:480", video },
            RedirectStandardError = true,
        };
        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg could not be started.");
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        if (ffmpeg.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not make the fake camera video (exit {ffmpeg.ExitCode}): {errors}");
        }

        return video;
    }
}
