"""The shared list widget: keys, clicks, wrapping and drawing only what is on screen."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.widgets.lists import RowLine, RowList, row_line


class ListApp(App[None]):
    def __init__(self, rows: list[tuple[RowLine, ...]]) -> None:
        super().__init__()
        self.rows = rows
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield RowList(self.rows, id="list")

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        self.selected.append(event.index)


def _rows(count: int) -> list[tuple[RowLine, ...]]:
    return [(row_line(f"第{i}行 row {i}"), row_line("细节 detail", indent=2)) for i in range(count)]


async def test_keys_move_the_cursor_and_enter_chooses() -> None:
    app = ListApp(_rows(50))
    async with app.run_test(size=(40, 10)) as pilot:
        rows = app.query_one(RowList)
        rows.focus()
        await pilot.press("down", "j", "j", "k")  # the first key puts the cursor on row 0
        assert rows.highlighted == 1
        await pilot.press("end")
        assert rows.highlighted == 49 and rows.scroll_y > 0  # the cursor stays in view
        await pilot.press("home", "pagedown")
        assert rows.highlighted is not None and rows.highlighted >= 3
        await pilot.press("enter")
        assert app.selected == [rows.highlighted]


async def test_a_click_chooses_the_row_under_the_pointer() -> None:
    app = ListApp(_rows(20))
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.click(RowList, offset=(3, 5))  # rows are two lines tall: line 5 is row 2
        assert app.selected == [2]


async def test_only_the_rows_on_screen_are_drawn() -> None:
    app = ListApp(_rows(20_000))
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        assert rows.virtual_size.height == 40_000
        assert len(rows._pieces) <= 10
        rows.action_last()
        await pilot.pause()
        assert len(rows._pieces) <= 20


async def test_long_lines_wrap_up_to_their_limit_with_an_ellipsis() -> None:
    summary = "这是一个很长的事件摘要，" * 6
    app = ListApp([(row_line("标题"), row_line(summary, indent=2, max_lines=3))])
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        assert rows.virtual_size.height == 4  # the title, then three lines of summary
        pieces = [piece for _indent, piece in rows._row_pieces(0)]
        assert pieces[1].plain.startswith("这是") and pieces[-1].plain.endswith("…")
        assert all(piece.cell_len <= 30 - 2 for piece in pieces[1:])  # wide characters fit
