"""Evaluation against hand-annotated gold data."""
