"""Read articles from files, directories, URLs and stdin, in whatever format they come.

`read_inputs` yields an `Article` for every story it can read and a `ReadFailure` (naming
the input and the reason) for everything else; it never raises for bad input.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from foretold.errors import IngestError
from foretold.ingest.fetch import fetch, is_url
from foretold.ingest.options import ReadFailure, ReadOptions, as_failure
from foretold.ingest.reader import read_stream
from foretold.records import Article

STDIN = "-"


def read_inputs(
    inputs: Iterable[str], options: ReadOptions | None = None
) -> Iterator[Article | ReadFailure]:
    """Articles and failures from each input in turn: a path, a directory, a URL or "-"."""
    options = options or ReadOptions()
    for item in inputs:
        yield from _guarded(item, _read_input(item, options))


def _guarded(
    source: str, results: Iterator[Article | ReadFailure]
) -> Iterator[Article | ReadFailure]:
    """Turn any error raised while reading ``source`` into a final failure for it."""
    try:
        yield from results
    except Exception as error:  # bad input must never stop the batch
        yield as_failure(error, source)


def _read_input(item: str, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    if item == STDIN:
        yield from read_stream(sys.stdin.buffer, "<stdin>", options)
    elif is_url(item):
        page = fetch(item, options)
        yield from read_stream(
            io.BytesIO(page.content),
            item,
            options,
            name=urlsplit(page.url).path,
            charset=page.charset,
            url=page.url,
        )
    else:
        path = Path(item)
        if path.is_dir():
            files = list(_files_under(path))
            if not files:
                raise IngestError(item, "empty directory (no files to read)")
            for file in files:
                yield from _guarded(str(file), _read_file(file, options))
        else:
            yield from _read_file(path, options)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    source = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise IngestError(source, "no such file or directory") from None
    except PermissionError:
        raise IngestError(source, "permission denied") from None
    except OSError as error:
        raise IngestError(source, f"cannot open ({error.strerror or error})") from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise IngestError(source, "empty file")
        yield from read_stream(handle, source, options, name=path.name, size=size)


def _files_under(root: Path) -> Iterator[Path]:
    """Files below ``root`` in sorted order, skipping hidden files and folders."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / f for f in files if not f.startswith("."))
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)


__all__ = ["ReadFailure", "ReadOptions", "read_inputs"]
