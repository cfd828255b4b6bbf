#!/usr/bin/python3
"""The PyTorch side of the training-speed comparison: the same Basic CNN, optimiser, loss, batch and thread count as
benchmarks/TrainingSpeed (TorchSharp), timing full training steps on random 28x28 batches.
Run with Debian's python3-torch: /usr/bin/python3 benchmarks/TrainingSpeed/basic_cnn_steps.py [--steps 100]"""
import argparse
import os
import statistics
import sys
import time

import torch
from torch.nn import functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seed-stack"))
from basic_cnn import BasicCnn  # noqa: E402

STEPS_PER_EPOCH = 422  # 54,000 training images (MNIST less a 10% validation split) in batches of 128
DISTINCT_BATCHES = 8


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if args.steps < 1 or args.warmup < 0 or args.batch < 1 or args.threads < 1:
        sys.exit("--steps, --batch and --threads must be at least 1, --warmup at least 0")

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model = BasicCnn().train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    images = [torch.rand(args.batch, 1, 28, 28) for _ in range(DISTINCT_BATCHES)]
    labels = [torch.randint(0, 10, (args.batch,)) for _ in range(DISTINCT_BATCHES)]
    timings = []
    for i in range(args.warmup + args.steps):
        started = time.perf_counter()
        optimizer.zero_grad()
        loss = F.cross_entropy(model(images[i % DISTINCT_BATCHES]), labels[i % DISTINCT_BATCHES], label_smoothing=0.05)
        loss.backward()
        optimizer.step()
        loss.item()
        if i >= args.warmup:
            timings.append((time.perf_counter() - started) * 1000)

    median = sorted(timings)[len(timings) // 2]
    mean = statistics.fmean(timings)
    print(f"PyTorch {torch.__version__}: {len(timings)} steps, batch {args.batch}, {args.threads} threads: "
          f"median {median:.1f} ms/step, mean {mean:.1f} ms/step, {median * STEPS_PER_EPOCH / 1000:.1f} s/epoch ({STEPS_PER_EPOCH} median steps)")


if __name__ == "__main__":
    main()
