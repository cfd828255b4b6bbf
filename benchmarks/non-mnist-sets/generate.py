#!/usr/bin/python3
"""Writes the held-out sets of digits unlike MNIST: drawn, fonts, photos. Each image is made from its own seed
(set seed, index), so any one image can be rebuilt alone and a run is the same on every machine with the same
Debian packages. Labels: in the file name (<index>_<digit>.<ext>) and in labels.csv (file,label,details).

Needs Debian's python3-pil and python3-numpy, and the font packages named in font_set.py; run with /usr/bin/python3.
These images are for measuring only: never tune anything on them.
"""
import argparse
import csv
import os
import random
import sys

import numpy as np

import drawn_set
import font_set
import photo_set

SEEDS = {"drawn": 4101, "fonts": 4102, "photos": 4103}


def make(name, index, digit):
    rng = random.Random(SEEDS[name] * 1_000_003 + index)
    if name == "drawn":
        return drawn_set.make(digit, rng)
    if name == "fonts":
        return font_set.make(digit, rng)
    return photo_set.make(digit, rng, np.random.default_rng([SEEDS[name], index]))


def write_set(name, count, root):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    rows = []
    for index in range(count):
        digit = index % 10
        image, kind, details = make(name, index, digit)
        if kind == "png":
            file = f"{index:04d}_{digit}.png"
            image.save(os.path.join(folder, file), optimize=False)
        else:
            file = f"{index:04d}_{digit}.jpg"
            image.save(os.path.join(folder, file), quality=kind[1])
        rows.append((file, digit, details))
    # labels.csv last and whole: a set with a labels file is a complete set.
    with open(os.path.join(folder, "labels.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "label", "details"])
        writer.writerows(rows)
    print(f"{name}: {count} images in {folder}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="drawn,fonts,photos", help="comma-separated: drawn, fonts, photos")
    parser.add_argument("--count", type=int, default=500, help="images per set (default 500, 50 per digit)")
    parser.add_argument("--out", default=os.path.join(here, "..", "artifacts", "non-mnist"), help="output folder")
    args = parser.parse_args()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SEEDS]
    if unknown:
        sys.exit(f"Unknown set(s) {', '.join(unknown)}; known: {', '.join(SEEDS)}")
    if args.count < 1:
        sys.exit("--count must be at least 1")
    font_set.check_fonts()
    for name in names:
        write_set(name, args.count, os.path.abspath(args.out))


if __name__ == "__main__":
    main()
