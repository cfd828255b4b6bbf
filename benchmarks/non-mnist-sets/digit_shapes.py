"""Digit skeletons as pen strokes in a unit box (x right, y down), a few ways of writing each digit.

These are how people draw digits on a canvas, not MNIST samples: the sets built from them test whether the
recognizer copes with writing it never saw.
"""
import math


def arc(cx, cy, rx, ry, start_deg, end_deg, steps=24):
    """Points on an ellipse; angles in degrees with y pointing down (90 is the bottom)."""
    return [
        (cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
        for a in (start_deg + (end_deg - start_deg) * k / steps for k in range(steps + 1))
    ]


# Each digit: a list of ways to write it; each way: a list of strokes; each stroke: a polyline.
SHAPES = {
    0: [
        [arc(0.5, 0.5, 0.42, 0.48, -90, 270)],
        [arc(0.5, 0.5, 0.40, 0.48, -100, 280)],
    ],
    1: [
        [[(0.5, 0.02), (0.5, 0.98)]],
        [[(0.22, 0.25), (0.55, 0.02), (0.55, 0.98)]],
        [[(0.25, 0.22), (0.52, 0.02), (0.52, 0.98)], [(0.22, 0.98), (0.82, 0.98)]],
    ],
    2: [
        [arc(0.5, 0.3, 0.4, 0.28, 200, 390) + [(0.05, 0.98), (0.95, 0.98)]],
        [arc(0.5, 0.28, 0.38, 0.26, 190, 400) + [(0.1, 0.9), (0.3, 0.8), (0.45, 0.98), (0.95, 0.96)]],
    ],
    3: [
        [arc(0.5, 0.26, 0.36, 0.24, 200, 440) + arc(0.5, 0.73, 0.42, 0.26, -100, 160)],
        [[(0.1, 0.02), (0.88, 0.02), (0.4, 0.42)] + arc(0.5, 0.7, 0.42, 0.28, -90, 160)],
    ],
    4: [
        [[(0.62, 0.0), (0.05, 0.68), (0.95, 0.68)], [(0.68, 0.3), (0.68, 1.0)]],
        [[(0.2, 0.0), (0.1, 0.6), (0.92, 0.6)], [(0.7, 0.05), (0.7, 1.0)]],
    ],
    5: [
        [[(0.22, 0.02), (0.16, 0.45)] + arc(0.48, 0.68, 0.4, 0.3, -130, 150), [(0.22, 0.02), (0.9, 0.02)]],
        [[(0.88, 0.02), (0.2, 0.02), (0.16, 0.45)] + arc(0.48, 0.68, 0.4, 0.3, -130, 160)],
    ],
    6: [
        [[(0.8, 0.02), (0.45, 0.2), (0.2, 0.5)] + arc(0.5, 0.72, 0.38, 0.26, 180, 540)],
        [arc(1.1, 0.7, 0.95, 0.68, 245, 180, 12) + arc(0.5, 0.72, 0.35, 0.26, 180, 520)],
    ],
    7: [
        [[(0.05, 0.02), (0.95, 0.02), (0.35, 0.98)]],
        [[(0.05, 0.1), (0.95, 0.02), (0.4, 0.98)], [(0.3, 0.5), (0.82, 0.5)]],
    ],
    8: [
        [arc(0.5, 0.25, 0.3, 0.23, 0, 360), arc(0.5, 0.73, 0.4, 0.26, -90, 270)],
        # One stroke: over the top loop anticlockwise, round the bottom loop, back up the top loop's right side.
        [arc(0.5, 0.25, 0.3, 0.23, -30, -270) + arc(0.5, 0.73, 0.4, 0.26, -90, 270) + arc(0.5, 0.25, 0.3, 0.23, 90, -30, 8)],
    ],
    9: [
        [arc(0.45, 0.28, 0.38, 0.26, 0, 360) + [(0.83, 0.98)]],
        [arc(0.45, 0.28, 0.38, 0.26, 0, 360) + [(0.78, 0.7), (0.5, 0.98), (0.25, 0.92)]],
    ],
}
