"""The "drawn" set: canvas sketches, 280x280 PNG, strokes 6-30 px, off-centre, small and large digits,
white on a transparent canvas or black on white."""
from PIL import Image

import pen

SIDE = 280


def make(digit, rng):
    strokes = pen.sketch(digit, rng)
    large = rng.random() < 0.5
    height = rng.uniform(140, 240) if large else rng.uniform(50, 110)
    # A person does not draw a 50 px digit with a 30 px brush; the brush stays under a quarter of the height.
    width = rng.uniform(6, min(30, max(6.5, height / 4)))
    box_w, box_h = pen.box_size(strokes, height)
    margin = width / 2 + 2
    left = rng.uniform(margin, max(margin, SIDE - margin - box_w))
    top = rng.uniform(margin, max(margin, SIDE - margin - box_h))
    mask = pen.render_mask(strokes, (SIDE, SIDE), height, width, left, top)

    if rng.random() < 0.5:
        style = "white-on-transparent"
        image = Image.new("RGBA", (SIDE, SIDE), (255, 255, 255, 0))
        image.putalpha(mask)
    else:
        style = "black-on-white"
        image = Image.eval(mask, lambda v: 255 - v).convert("RGB")
    details = f"{style} height={height:.0f} width={width:.1f} at=({left:.0f},{top:.0f})"
    return image, "png", details
