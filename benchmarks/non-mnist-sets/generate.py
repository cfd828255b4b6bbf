#!/usr/bin/python3
"""Writes the held-out sets of digits unlike MNIST: drawn, fonts, photos. Each image is made from its own seed
(set seed, index), so any one image can be rebuilt alone and a run is the same on every machine with the same
Debian packages. Labels: in the file name (<index>_<digit>.<ext>) and in labels.csv (file,label,details).

Needs Debian's python3-pil and python3-numpy, and the font packages named in font_set.py; run with /usr/bin/python3.
These images are for measuring only: never tune anything on them. --dev writes a development set instead: the same
generators with other seeds, into artifacts/non-mnist-dev/; that set is the only one preprocessing may be tuned on.
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
# Added to every set seed for the development sets, so no dev image shares a seed with a reported one.
DEV_SEED_OFFSET = 900


def make(name, index, digit, seed_offset):
    seed = SEEDS[name] + seed_offset
    rng = random.Random(seed * 1_000_003 + index)
    if name == "drawn":
        return drawn_set.make(digit, rng)
    if name == "fonts":
        return font_set.make(digit, rng)
    return photo_set.make(digit, rng, np.random.default_rng([seed, index]))


def write_set(name, count, root, seed_offset):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    rows = []
    for index in range(count):
        digit = index % 10
        image, kind, details = make(name, index, digit, seed_offset)
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
    parser.add_argument("--dev", action="store_true",
                        help="write the development set (other seeds, default folder artifacts/non-mnist-dev) for tuning")
    parser.add_argument("--out", help="output folder (default artifacts/non-mnist, or artifacts/non-mnist-dev with --dev)")
    args = parser.parse_args()
    out = args.out or os.path.join(here, "..", "artifacts", "non-mnist-dev" if args.dev else "non-mnist")
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SEEDS]
    if unknown:
        sys.exit(f"Unknown set(s) {', '.join(unknown)}; known: {', '.join(SEEDS)}")
    if args.count < 1:
        sys.exit("--count must be at least 1")
    font_set.check_fonts()
    for name in names:
        write_set(name, args.count, os.path.abspath(out), DEV_SEED_OFFSET if args.dev else 0)


if __name__ == "__main__":
    main()
