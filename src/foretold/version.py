"""Package and pipeline versions; the pipeline version is stored on every article."""

__version__ = "0.1.0"
PIPELINE_VERSION = "foretold-0.1.0"
