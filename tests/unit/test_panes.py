"""Which side panes stand beside the text at each terminal width."""

from __future__ import annotations

from tui.panes import MIN_OPEN_TEXT, MIN_TEXT, arrange


def test_the_text_keeps_its_column_and_the_panel_has_the_first_claim() -> None:
    for total in range(40, 200):
        panes = arrange(total, 26, 38)
        assert total - panes.sections - panes.panel >= min(MIN_TEXT, total)
        if panes.sections:
            assert panes.panel or total - MIN_TEXT < 20 + 16  # sections only once the panel has room
    assert arrange(200, 26, 38) == arrange(200, 26, 38, want_sections=True, want_panel=True)
    assert arrange(200, 26, 38).panel == 38 and arrange(200, 26, 38).sections == 26
    assert arrange(64, 26, 38).panel == 0 and arrange(64, 26, 38).sections == 0


def test_a_pane_opened_on_purpose_shows_and_one_hidden_stays_hidden() -> None:
    opened = arrange(80, 26, 38, want_panel=True)
    assert opened.panel == 38 and opened.sections == 0  # the drawer takes the room the sections had
    assert arrange(200, 26, 38, want_panel=False).panel == 0
    both = arrange(50, 26, 38, want_panel=True, want_sections=True)
    assert 50 - both.sections - both.panel >= MIN_OPEN_TEXT and both.sections and both.panel
