"""Explainer microsite generator: YAML fact cards + a source article -> a static briefing site."""

__version__ = "0.1.0"
