"""Allow ``python -m tui`` to behave exactly like the ``openai-reader`` command."""

from tui.cli import main

raise SystemExit(main())
