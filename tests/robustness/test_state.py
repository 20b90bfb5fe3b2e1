"""The extraction cache under stress: unwritable, corrupt, and two readers at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import BUNDLED, ROOT
from tests.ui.test_panel import _filled
from tests.ui.test_reader import reader_app
from tui.extract import EXTRACTOR_VERSION
from tui.extract.cache import cache_file


async def test_reader_works_when_the_cache_cannot_be_written(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        panel = await _filled(app, pilot)
        assert panel.extraction is not None and len(panel.extraction.people) == 8


def test_two_readers_writing_the_same_cache_leave_it_valid(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom tui.article import load\n"
        "from tui.extract.cache import cached_extract\n"
        f"cached_extract(load(Path({str(BUNDLED)!r})), folder=Path(sys.argv[1]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], env=env) for _ in range(2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    written = cache_file(BUNDLED.read_text(encoding="utf-8"), tmp_path)
    assert len(json.loads(written.read_text(encoding="utf-8"))["extraction"]["people"]) == 8
    assert not list(tmp_path.glob(".tmp-*"))


async def test_truncated_cache_is_rebuilt(shared_cache: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    path = cache_file(text, shared_cache / "openai-reader" / "extract")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"version": "' + EXTRACTOR_VERSION + '", "extraction": {"people": [{"name": "x"', encoding="utf-8")
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        panel = await _filled(app, pilot)
        assert len(panel.extraction.people) == 8
    assert json.loads(path.read_text(encoding="utf-8"))["extraction"]["people"]
