"""The "photos" set: a digit in dark ink on paper as a phone would see it: uneven light (gradient, vignette, a soft
shadow), paper grain, sometimes ruled lines, slight perspective, blur, sensor noise, JPEG compression."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

import font_set
import pen

FRAMES = [(640, 480), (480, 640), (400, 300), (512, 512), (320, 320)]


def ink_mask(digit, rng, size):
    """Handwriting: pen strokes mostly, a handwriting font sometimes."""
    w, h = size
    height = rng.uniform(0.3, 0.7) * min(w, h)
    if rng.random() < 0.7:
        strokes = pen.sketch(digit, rng)
        width = rng.uniform(0.03, 0.09) * height
        box_w, box_h = pen.box_size(strokes, height)
        left = rng.uniform(w * 0.15, max(w * 0.15, w * 0.85 - box_w))
        top = rng.uniform(h * 0.15, max(h * 0.15, h * 0.85 - box_h))
        return pen.render_mask(strokes, size, height, width, left, top), f"pen width={width:.1f}"
    path, _ = rng.choice(font_set.HANDWRITING)
    ink = font_set.glyph(path, str(digit), 200)
    ink = ink.crop(ink.getbbox())
    ink = ink.resize((max(2, round(ink.width * height / ink.height)), round(height)), Image.LANCZOS)
    mask = Image.new("L", size, 0)
    mask.paste(ink, (rng.randint(int(w * 0.15), max(int(w * 0.15), int(w * 0.85) - ink.width)),
                     rng.randint(int(h * 0.15), max(int(h * 0.15), int(h * 0.85) - ink.height))))
    return mask, f"font={path.rsplit('/', 1)[1]}"


def paper(rng, nrng, size, ruled):
    w, h = size
    tone = np.array([rng.uniform(225, 250), rng.uniform(220, 248), rng.uniform(205, 240)])
    grain = Image.fromarray(nrng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)).resize(size, Image.BICUBIC)
    image = np.ones((h, w, 3)) * tone + np.asarray(grain)[..., None] * rng.uniform(2, 6)
    if ruled:
        lines = Image.new("L", size, 0)
        spacing = rng.uniform(28, 45)
        y = rng.uniform(0, spacing)
        while y < h:
            ImageDraw.Draw(lines).line([(0, y), (w, y + rng.uniform(-3, 3))], fill=255, width=2)
            y += spacing
        image -= np.asarray(lines, dtype=np.float64)[..., None] / 255 * np.array([60, 35, 5])
    return image


def lighting(rng, size):
    """Multiplicative light field: a linear fall-off in a random direction, a vignette and a soft shadow blob."""
    w, h = size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    u, v = (xs / w - 0.5), (ys / h - 0.5)
    theta = rng.uniform(0, 2 * np.pi)
    ramp = u * np.cos(theta) + v * np.sin(theta)
    light = 1 - rng.uniform(0.1, 0.55) * (ramp - ramp.min()) / (np.ptp(ramp) + 1e-9)
    light *= 1 - rng.uniform(0, 0.45) * (u * u + v * v) / 0.5
    if rng.random() < 0.6:
        shadow = Image.new("L", size, 0)
        cx, cy = rng.uniform(-0.2, 1.2) * w, rng.uniform(-0.2, 1.2) * h
        r = rng.uniform(0.3, 0.7) * max(w, h)
        ImageDraw.Draw(shadow).ellipse((cx - r, cy - r * 0.6, cx + r, cy + r * 0.6), fill=255)
        shadow = shadow.filter(ImageFilter.GaussianBlur(rng.uniform(20, 60)))
        light *= 1 - rng.uniform(0.15, 0.45) * np.asarray(shadow, dtype=np.float64) / 255
    return light[..., None]


def perspective(image, rng):
    """A camera not quite square to the page: each corner of the frame looks at a point moved by up to 6%."""
    w, h = image.size
    d = lambda extent: rng.uniform(-0.06, 0.06) * extent
    corners = [(d(w), d(h)), (w + d(w), d(h)), (w + d(w), h + d(h)), (d(w), h + d(h))]
    target = [(0, 0), (w, 0), (w, h), (0, h)]
    rows = []
    for (x, y), (X, Y) in zip(target, corners):
        rows.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        rows.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    coeffs = np.linalg.solve(np.array(rows, dtype=np.float64), np.array([c for xy in corners for c in xy], dtype=np.float64))
    return image.transform(image.size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)


def make(digit, rng, nrng):
    size = rng.choice(FRAMES)
    # Paper and ink are drawn larger than the frame so that the perspective warp never shows the page's edge.
    margin = 0.08
    big = (round(size[0] * (1 + 2 * margin)), round(size[1] * (1 + 2 * margin)))
    mask, how = ink_mask(digit, rng, big)
    ink = np.array(rng.choice([(20, 20, 25), (15, 25, 90), (70, 70, 75), (40, 30, 30)]), dtype=np.float64)
    strength = rng.uniform(0.75, 1.0)
    alpha = np.asarray(mask, dtype=np.float64)[..., None] / 255 * strength
    page = paper(rng, nrng, big, ruled=rng.random() < 0.25) * (1 - alpha) + ink * alpha
    page = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    page = perspective(page, rng)
    left, top = (big[0] - size[0]) // 2, (big[1] - size[1]) // 2
    page = page.crop((left, top, left + size[0], top + size[1]))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.6)))
    pixels = np.asarray(page, dtype=np.float64) * lighting(rng, size) + nrng.normal(0, rng.uniform(2, 8), (size[1], size[0], 3))
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    quality = rng.randint(35, 90)
    details = f"{how} frame={size[0]}x{size[1]} jpeg={quality}"
    return photo, ("jpg", quality), details
