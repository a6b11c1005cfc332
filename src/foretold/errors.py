"""Domain errors: each message names the input and the reason."""


class ForetoldError(Exception):
    """Base class for errors that the CLI shows as one line."""


class IngestError(ForetoldError):
    """An input could not be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ExtractionError(ForetoldError):
    """A pipeline stage failed on an article."""


class StoreError(ForetoldError):
    """The store refused an operation (unknown id, bad state)."""


class NotFound(StoreError):
    """No record with that id or name."""
