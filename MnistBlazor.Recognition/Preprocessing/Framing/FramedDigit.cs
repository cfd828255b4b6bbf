namespace MnistBlazor.Recognition.Preprocessing.Framing;

/// <summary>A digit placed the MNIST way, with where its ink was in the source.</summary>
internal sealed record FramedDigit(float[] Pixels, InkBounds SourceBounds, MassCentre SourceCentre, MassCentre Centre);
