"""Theme files: the bundled ones, and broken ones skipped with a notice."""

from __future__ import annotations

from pathlib import Path

from tui.resources import bundled_themes
from tui.themes import load_themes, unknown_theme_message


def test_bundled_themes_cover_dark_light_and_contrast() -> None:
    themes, warnings = load_themes(bundled_themes())
    assert warnings == []
    by_name = {t.name: t for t in themes}
    assert {"ink", "paper", "contrast"} <= set(by_name)
    assert by_name["ink"].dark and not by_name["paper"].dark
    assert by_name["contrast"].colors["background"] == "#000000"


def test_broken_theme_files_are_skipped_naming_the_file(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('name = "good"\n[colors]\nprimary = "#123456"\n')
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "broken"\n[colors\n')
    bad_colour = tmp_path / "bad-colour.toml"
    bad_colour.write_text('name = "bad"\n[colors]\nprimary = "blue-ish"\n')
    no_primary = tmp_path / "no-primary.toml"
    no_primary.write_text('name = "np"\n[colors]\naccent = "#fff"\n')
    themes, warnings = load_themes([good, broken, bad_colour, no_primary])
    assert [t.name for t in themes] == ["good"]
    assert len(warnings) == 3
    for path, warning in zip([broken, bad_colour, no_primary], warnings):
        assert str(path) in warning


def test_unknown_theme_message_lists_known() -> None:
    assert unknown_theme_message("neon", ["ink", "paper"]) == "unknown theme 'neon'; known themes: ink, paper"
