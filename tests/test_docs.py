"""Every command has help text and the checked-in reference is current."""

from pathlib import Path

import pytest

from foretold.cli.reference import cli_reference, commands

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in commands()])
def test_every_command_has_help(path):
    command = dict((" ".join(p), c) for p, c in commands())[path]
    assert (command.help or "").strip(), f"{path} has no help text"


def test_cli_reference_is_current():
    current = (ROOT / "docs" / "cli.md").read_text()
    assert current == cli_reference(), "regenerate: python -m foretold.cli.reference > docs/cli.md"


def test_readme_names_the_two_commands():
    head = "\n".join((ROOT / "README.md").read_text().splitlines()[:8])
    assert "make run" in head
    assert "make test" in head


def test_readme_python_quickstart_runs(tmp_path, monkeypatch, capsys):
    import re
    import shutil

    readme = (ROOT / "README.md").read_text()
    (code,) = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert "military means" in capsys.readouterr().out
