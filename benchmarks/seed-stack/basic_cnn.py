"""The seed's Basic CNN in PyTorch, layer for layer the net MnistBlazor.Training.Architectures.BasicCnn trains:
conv 1->32, 32->64, 64->128 (3x3, padding 1), ReLU and 2x2 max pooling after each, dropout, fc 1152->256->10."""
import torch
from torch import nn
from torch.nn import functional as F

MNIST_MEAN, MNIST_STD = 0.1307, 0.3081


class BasicCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.conv3 = nn.Conv2d(64, 128, 3, padding=1)
        self.conv_dropout = nn.Dropout2d(0.1)
        self.fc1 = nn.Linear(128 * 3 * 3, 256)
        self.fc_dropout = nn.Dropout(0.4)
        self.fc2 = nn.Linear(256, 10)

    def forward(self, x):
        x = (x - MNIST_MEAN) / MNIST_STD
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)  # 14x14
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)  # 7x7
        x = F.max_pool2d(F.relu(self.conv3(x)), 2)  # 3x3
        x = self.conv_dropout(x).flatten(1)
        x = self.fc_dropout(F.relu(self.fc1(x)))
        return self.fc2(x)
