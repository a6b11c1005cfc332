"""`python -m foretold` runs the CLI."""

from foretold.cli import main

main()
