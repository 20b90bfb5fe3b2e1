"""Allow ``python -m tui`` to behave exactly like the ``openai-reader`` command."""

from tui.cli import main

if __name__ == "__main__":  # the guard keeps extraction's helper process from starting a reader
    raise SystemExit(main())
