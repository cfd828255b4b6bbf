"""Turns a digit skeleton into a hand-drawn stroke mask: slant, rotation, wobble, then a round pen of some width."""
import math

from PIL import Image, ImageDraw

from digit_shapes import SHAPES

SUPERSAMPLE = 3


def resample(stroke, spacing=0.02):
    """Evenly spaced points along a polyline, so the wobble is the same along long and short segments."""
    points = [stroke[0]]
    for (x0, y0), (x1, y1) in zip(stroke, stroke[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        for k in range(1, max(1, int(length / spacing)) + 1):
            t = k / max(1, int(length / spacing))
            points.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    return points


def wobble(points, rng, amount):
    """Smooth random drift: a hand does not follow the skeleton exactly, and its error changes slowly."""
    dx = dy = 0.0
    out = []
    for x, y in points:
        dx = 0.85 * dx + rng.gauss(0, amount)
        dy = 0.85 * dy + rng.gauss(0, amount)
        out.append((x + dx, y + dy))
    return out


def sketch(digit, rng):
    """One writing of the digit: strokes in a unit-height box centred on (0, 0), with aspect, slant and rotation."""
    way = rng.choice(SHAPES[digit])
    aspect = rng.uniform(0.45, 0.8)
    slant = rng.uniform(-0.3, 0.15)
    angle = math.radians(rng.uniform(-12, 12))
    cos, sin = math.cos(angle), math.sin(angle)
    strokes = []
    for stroke in way:
        points = wobble(resample(stroke), rng, rng.uniform(0.002, 0.008))
        placed = []
        for x, y in points:
            u, v = (x - 0.5) * aspect - slant * (y - 0.5), y - 0.5
            placed.append((u * cos - v * sin, u * sin + v * cos))
        strokes.append(placed)
    return strokes


def bounds(strokes):
    xs = [x for s in strokes for x, _ in s]
    ys = [y for s in strokes for _, y in s]
    return min(xs), min(ys), max(xs), max(ys)


def render_mask(strokes, size, height, width_px, left, top):
    """A coverage mask (L image, 255 = ink) of the strokes scaled to `height` pixels with its box at (left, top)."""
    k = SUPERSAMPLE
    x0, y0, _, y1 = bounds(strokes)
    scale = height / (y1 - y0)
    canvas = Image.new("L", (size[0] * k, size[1] * k), 0)
    draw = ImageDraw.Draw(canvas)
    radius = width_px * k / 2
    for stroke in strokes:
        pts = [((left + (x - x0) * scale) * k, (top + (y - y0) * scale) * k) for x, y in stroke]
        draw.line(pts, fill=255, width=max(1, round(width_px * k)), joint="curve")
        for px, py in (pts[0], pts[-1]):
            draw.ellipse((px - radius, py - radius, px + radius, py + radius), fill=255)
    return canvas.resize(size, Image.LANCZOS)


def box_size(strokes, height):
    x0, y0, x1, y1 = bounds(strokes)
    return (x1 - x0) * height / (y1 - y0), height
