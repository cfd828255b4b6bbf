#!/usr/bin/python3
"""A seed-like stack for the REST throughput comparison: Flask + PyTorch serving the Basic CNN the way the seed did,
the whole upload resized to 28x28 with PIL, no cropping or centring. Untrained weights: only the speed is compared.

Run with Debian's python3-flask, python3-torch and python3-pil: /usr/bin/python3 app.py [--port 5300]
Listens on 127.0.0.1 only.
"""
import argparse
import io
import time

import numpy as np
import torch
from flask import Flask, jsonify, request
from PIL import Image

from basic_cnn import BasicCnn

app = Flask(__name__)
torch.manual_seed(0)
model = BasicCnn().eval()


@app.post("/api/predict")
def predict():
    started = time.perf_counter()
    upload = request.files.get("image")
    if upload is None:
        return jsonify(error="multipart field 'image' is missing"), 400
    try:
        image = Image.open(io.BytesIO(upload.read())).convert("L").resize((28, 28))
    except (OSError, ValueError) as e:  # PIL's UnidentifiedImageError is an OSError
        return jsonify(error=f"not an image: {e}"), 400
    pixels = torch.from_numpy(np.asarray(image, dtype=np.float32) / 255.0).reshape(1, 1, 28, 28)
    with torch.no_grad():
        probabilities = torch.softmax(model(pixels), dim=1)[0]
    digit = int(probabilities.argmax())
    return jsonify(digit=digit, confidence=float(probabilities[digit]), probabilities=probabilities.tolist(),
                   model="basic-cnn", elapsedMs=(time.perf_counter() - started) * 1000)


@app.get("/health")
def health():
    return jsonify(status="Healthy")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=5300)
    args = parser.parse_args()
    app.run(host="127.0.0.1", port=args.port, threaded=True)
