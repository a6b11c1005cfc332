"""The CLI reference (docs/cli.md), generated from the commands' own help."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import typer.main


def commands(group: Any = None, path: tuple[str, ...] = ("foretold",)) -> Iterator[tuple[Any, Any]]:
    """Every command and group, depth first, in alphabetical order."""
    from foretold.cli import app

    group = group or typer.main.get_command(app)
    yield path, group
    for name in sorted(getattr(group, "commands", {})):
        yield from commands(group.commands[name], (*path, name))


def cli_reference() -> str:
    """Markdown: one section per command with its usage and --help text."""
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help` by `python -m foretold.cli.reference > docs/cli.md`;",
        "a test checks that it is current.",
        "",
    ]
    for path, command in commands():
        context = command.context_class(command, info_name=" ".join(path), terminal_width=100)
        with context as ctx:
            formatter = ctx.make_formatter()
            formatter.width = 100
            command.format_usage(ctx, formatter)
            command.format_help_text(ctx, formatter)
            command.format_options(ctx, formatter)
            if hasattr(command, "format_commands"):
                command.format_commands(ctx, formatter)
            body = formatter.getvalue().rstrip()
        parts += [f"## `{' '.join(path)}`", "", "```", body, "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(cli_reference(), end="")  # noqa: T201
