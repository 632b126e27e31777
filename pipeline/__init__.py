"""Turn PDF policy briefs into clean text, standoff entity annotations and relation tables."""

__version__ = "0.1.0"
