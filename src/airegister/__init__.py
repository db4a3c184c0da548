"""AI Register: a governance register of third-party AI models."""

__version__ = "0.1.0"
