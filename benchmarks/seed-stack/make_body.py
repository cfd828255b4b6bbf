#!/usr/bin/python3
"""Writes the multipart body both servers get in the REST benchmark: one drawing-pad upload (a white "7", strokes
22 px wide, on a black 280x280 canvas) in the field 'image'. Prints the boundary for the Content-Type header."""
import io
import sys

from PIL import Image, ImageDraw

BOUNDARY = "mnistblazor-benchmark-boundary"


def canvas_png():
    image = Image.new("L", (280, 280), 0)
    ImageDraw.Draw(image).line([(80, 60), (200, 55), (130, 230)], fill=255, width=22, joint="curve")
    data = io.BytesIO()
    image.save(data, format="PNG")
    return data.getvalue()


def main(path):
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"seven.png\"\r\n"
            "Content-Type: image/png\r\n\r\n").encode()
    with open(path, "wb") as f:
        f.write(head + canvas_png() + f"\r\n--{BOUNDARY}--\r\n".encode())
    print(BOUNDARY)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_body.py OUTPUT")
    main(sys.argv[1])
