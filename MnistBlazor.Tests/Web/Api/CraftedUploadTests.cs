using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using MnistBlazor.Benchmarks.AbuseBenchmarks;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Tests.Recognition.Preprocessing.Decoding;
using MnistBlazor.Web.Api;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>The files of the hardening audit, each made here, sent to POST /api/predict.</summary>
public sealed class CraftedUploadTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    [Fact]
    public async Task APngWhoseTextInflatesTo64MegabytesIsAnsweredFromItsPixelsAlone()
    {
        var png = RgbaSeven();
        var bombed = PngChunks.InsertAfterHeader(png,
            PngChunks.Chunk("zTXt", [.. "Comment"u8, 0, 0, .. CraftedFiles.CompressedZeros(64 * 1024 * 1024)]),
            PngChunks.Chunk("iTXt", [.. "Comment"u8, 0, 1, 0, 0, 0, .. CraftedFiles.CompressedZeros(64 * 1024 * 1024)]));

        var plain = await AnswerAsync(png);
        var answer = await AnswerAsync(bombed);

        Assert.True(bombed.Length < 256 * 1024, $"the crafted file is {bombed.Length} bytes");
        Assert.Equal(plain.Probabilities, answer.Probabilities);
    }

    [Fact]
    public async Task AJpegDeclaringMoreThanItHoldsIs400Truncated()
    {
        using var image = TestImages.WhiteOnBlack(280, 280, DigitSketch.Seven.Render(280, 280, left: 70, top: 35, boxWidth: 140, boxHeight: 210, radius: 8));
        var jpeg = TestImages.Encode(image, new JpegEncoder());
        var frame = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), 4096);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 7), 4096);

        using var response = await app.Client.PredictAsync(jpeg);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("Truncated image", problem.Title);
        Assert.StartsWith("The JPEG is truncated: its header declares 4096x4096 pixels, but a scan holds", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGifOfFortyFramesOnAHugeScreenIsAnsweredFromItsFirstFrame()
    {
        var answer = await AnswerAsync(FirstFrameDecodeTests.TinyFramesGif(4096, 4096, frames: 40));

        Assert.Equal("no-digit", answer.Verdict);
    }

    private async Task<PredictionResponse> AnswerAsync(byte[] image)
    {
        using var response = await app.Client.PredictAsync(image, "?model=basic-cnn");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PredictionResponse>())!;
    }

    private static byte[] RgbaSeven()
    {
        using var image = TestImages.WhiteOnBlack(140, 140, DigitSketch.Seven.Render(140, 140, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5));
        return TestImages.Encode(image, new PngEncoder { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8 });
    }
}
