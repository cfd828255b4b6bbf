"""The "fonts" set: digits typed in handwriting-style and ordinary fonts from Debian's font packages, at a random size,
rotation and position; mostly dark on light, some in colour, some light on dark. 280x280 PNG."""
import os

from PIL import Image, ImageChops, ImageDraw, ImageFont

SIDE = 280

# (file, Debian package). Handwriting-like faces first; half the images use one of these.
HANDWRITING = [
    ("/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf", "fonts-comic-neue"),
    ("/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf", "fonts-comic-neue"),
    ("/usr/share/fonts/opentype/comic-neue/ComicNeue-LightItalic.otf", "fonts-comic-neue"),
    ("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", "fonts-dkg-handwriting"),
    ("/usr/share/fonts/truetype/fifthhorseman/dkgBd.ttf", "fonts-dkg-handwriting"),
    ("/usr/share/fonts/truetype/breip/Breip.ttf", "fonts-breip"),
    ("/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", "fonts-femkeklaver"),
    ("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf", "fonts-humor-sans"),
    ("/usr/share/fonts/truetype/kristi/Kristi.ttf", "fonts-kristi"),
    ("/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf", "fonts-dancingscript"),
    ("/usr/share/fonts/truetype/rufscript/Rufscript010.ttf", "fonts-rufscript"),
    ("/usr/share/fonts/truetype/sjfonts/SteveHand.ttf", "fonts-sjfonts"),
    ("/usr/share/fonts/truetype/sjfonts/Delphine.ttf", "fonts-sjfonts"),
    ("/usr/share/fonts/truetype/tomsontalks/TomsonTalks.ttf", "fonts-tomsontalks"),
]
OTHER = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "fonts-dejavu-core"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "fonts-dejavu-core"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf", "fonts-dejavu-extra"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "fonts-liberation"),
    ("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf", "fonts-liberation"),
    ("/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf", "fonts-liberation"),
    ("/usr/share/fonts/truetype/freefont/FreeSerif.ttf", "fonts-freefont-ttf"),
    ("/usr/share/fonts/truetype/freefont/FreeSansBoldOblique.ttf", "fonts-freefont-ttf"),
    ("/usr/share/fonts/truetype/andika/Andika-Regular.ttf", "fonts-sil-andika"),
    ("/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf", "fonts-urw-base35"),
    ("/usr/share/fonts/opentype/urw-base35/URWBookman-Light.otf", "fonts-urw-base35"),
    ("/usr/share/fonts/opentype/urw-base35/C059-Italic.otf", "fonts-urw-base35"),
    ("/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf", "fonts-urw-base35"),
    ("/usr/share/fonts/opentype/urw-base35/URWGothic-Book.otf", "fonts-urw-base35"),
]


def glyph(font_path, text, size=64):
    font = ImageFont.truetype(font_path, size)
    image = Image.new("L", (size * 3, size * 3), 0)
    ImageDraw.Draw(image).text((size, size), text, font=font, fill=255)
    return image


def check_fonts():
    """Fails naming the package when a font is missing, and naming the font when it has no real digit glyphs
    (a font without them draws the same empty box for every digit)."""
    missing = sorted({package for path, package in HANDWRITING + OTHER if not os.path.exists(path)})
    if missing:
        raise SystemExit(f"Missing font packages: apt-get install -y {' '.join(missing)}")
    for path, _ in HANDWRITING + OTHER:
        digits = [glyph(path, str(d)) for d in range(10)]
        if any(d.getbbox() is None for d in digits) or ImageChops.difference(digits[1], digits[8]).getbbox() is None:
            raise SystemExit(f"Font {path} has no distinct digit glyphs; remove it from font_set.py")


def make(digit, rng):
    path, _ = rng.choice(HANDWRITING if rng.random() < 0.5 else OTHER)
    height = rng.uniform(50, 230)
    # Render big, crop to the ink, rotate, then scale to the wanted ink height: the same size whatever the font's metrics.
    ink = glyph(path, str(digit), 200)
    ink = ink.crop(ink.getbbox()).rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=True)
    ink = ink.crop(ink.getbbox())
    scale = height / ink.height
    width = min(SIDE - 8, max(2, round(ink.width * scale)))
    ink = ink.resize((width, round(height)), Image.LANCZOS)
    left = rng.randint(4, SIDE - 4 - ink.width)
    top = rng.randint(4, SIDE - 4 - ink.height)
    mask = Image.new("L", (SIDE, SIDE), 0)
    mask.paste(ink, (left, top))

    scheme = rng.random()
    if scheme < 0.6:
        style, paper, pen = "black-on-white", (255, 255, 255), (0, 0, 0)
    elif scheme < 0.85:
        style = "colour"
        paper = tuple(rng.randint(200, 255) for _ in range(3))
        pen = tuple(rng.randint(0, 110) for _ in range(3))
    else:
        style, paper, pen = "white-on-black", (0, 0, 0), (255, 255, 255)
    image = Image.composite(Image.new("RGB", mask.size, pen), Image.new("RGB", mask.size, paper), mask)
    details = f"{style} font={os.path.basename(path)} height={height:.0f} at=({left},{top})"
    return image, "png", details
