"""The reader driven with keys and clicks, as a person would (Textual Pilot)."""

from __future__ import annotations

import pytest

from tests.conftest import palette_offers, screen_text, until
from tui.app import ReaderApp
from tui.cli import build_parser, make_app
from tui.screens.help import HelpScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.sections import SectionList


def reader_app(*argv: str) -> ReaderApp:
    return make_app(build_parser().parse_args(list(argv)))


def _state(app: ReaderApp) -> tuple[int, int]:
    view = app.query_one(ArticleView)
    return view.current_section(), app.query_one(SectionList).highlighted or 0


async def test_opens_on_the_lead_with_sections_listed() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.title.startswith("OpenAI")
        assert "WSJ" in app.sub_title
        sections = app.query_one(SectionList)
        assert sections.row_count == 6
        assert app.focused is app.query_one(ArticleView)
        assert _state(app) == (0, 0)


async def test_section_keys_move_and_the_outline_follows() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket")
        assert _state(app) == (1, 1)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert _state(app) == (3, 3)
        await pilot.press("left_square_bracket")
        assert _state(app) == (2, 2)
        await pilot.press("3")  # the article's own numbering: "03 高层戏剧"
        assert _state(app) == (4, 4)
        await pilot.press("1")  # "01 一次失败的重聚"
        assert _state(app) == (2, 2)
        await pilot.press("9")  # there is no section 9: a notice, no move
        assert _state(app) == (2, 2)


async def test_scroll_keys() -> None:
    app = reader_app()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("space")
        assert view.scroll_y > 20
        await pilot.press("b")
        assert view.scroll_y == 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        assert _state(app) == (5, 5)  # the appendix is the section being read at the end
        await pilot.press("g")
        assert view.scroll_y == 0


async def test_enter_and_click_in_the_sections_pane_jump() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, ArticleView)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, SectionList)
        await pilot.press("j", "j", "enter")
        assert app.query_one(ArticleView).current_section() == 2
        assert isinstance(app.focused, ArticleView)  # a section chosen: read on from there
        await pilot.click(SectionList, offset=(4, 4))
        await pilot.pause()
        assert app.query_one(ArticleView).current_section() == 4
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert app.focused is not None and app.query_one("#panel") in app.focused.ancestors


async def test_theme_key_cycles_bundled_themes() -> None:
    app = reader_app("--theme", "paper")
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.theme == "paper"
        seen = []
        for _ in range(len(app.theme_names)):
            await pilot.press("t")
            seen.append(app.theme)
        assert sorted(seen) == sorted(app.theme_names)
        assert app.theme == "paper"


async def test_help_lists_every_key_scrolls_at_80x24_and_closes() -> None:
    from textual.containers import VerticalScroll

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        body = app.screen.query_one("#help-body", VerticalScroll)
        assert body.max_scroll_y > 0  # longer than the screen
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        while body.scroll_y < body.max_scroll_y:  # page by page to the end, reading each screen
            await pilot.press("space")
            await pilot.pause()
            shown += screen_text(app)
        for described in ("搜此人", "切换标签", "选择", "下一节", "跳到第 N 节", "退出", "只看正文", "关闭搜索行"):
            assert described in shown, described
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_jumps_to_a_section() -> None:
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"03")
        await until(pilot, lambda: palette_offers(app, "03 高层戏剧"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(ArticleView).current_section() == 4


@pytest.mark.parametrize("query", ["Murati", "mulati", "穆拉提"])
async def test_command_palette_finds_a_person_by_any_form(query: str) -> None:
    from tests.ui.test_panel import _filled

    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _filled(app, pilot)
        await pilot.press("ctrl+p", *query)
        await until(pilot, lambda: palette_offers(app, "米拉·穆拉提"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.marks.label == "人物 米拉·穆拉提"


async def test_one_interface_language_chosen_by_the_locale_or_the_config(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import Footer

    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        while not app.query(Footer) or not app.query_one(Footer).children:
            await pilot.pause(0.05)
        await pilot.pause()
        shown = screen_text(app)
        assert "Help" in shown and "Quit" in shown and "People" in shown
        assert "帮助" not in shown and "人物" not in shown.split("\n")[1]  # the panel's tabs too
    config = tmp_path / "zh.toml"
    config.write_text('language = "zh"\n', encoding="utf-8")
    app = reader_app("--config", str(config))
    async with app.run_test(size=(160, 45)) as pilot:
        while not app.query(Footer) or not app.query_one(Footer).children:
            await pilot.pause(0.05)
        await pilot.pause()
        shown = screen_text(app)
        assert "帮助" in shown and "退出" in shown and "Help" not in shown


async def test_quit() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_wide_text_stays_inside_the_pane_at_80_columns() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        width = view.scrollable_content_region.width
        for y in range(view.size.height):
            assert view.render_line(y).cell_length == width


async def test_reopening_an_article_returns_to_the_place_it_was_left() -> None:
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")  # the section "03 高层戏剧"
        await pilot.pause()
        left_at = app.query_one(ArticleView).top_offset()
        await pilot.press("q")
    assert left_at > 0
    again = reader_app()  # no argument: the article read last, at its place
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = again.query_one(ArticleView)
        assert view.top_offset() == left_at
        assert "高层戏剧" in screen_text(again)


async def test_y_copies_the_paragraph_being_read_or_the_chosen_persons_card() -> None:
    app = reader_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: app.session.extraction is not None)
        await pilot.press("y")
        assert app.clipboard.startswith("今年,因对公司价值观的争议") and "\n" not in app.clipboard
        await pilot.press("p", "j", "y")
        assert app.clipboard.startswith("山姆·奥特曼（奥特曼）\n身份：首席执行官\n提及：15")


async def test_x_writes_the_article_as_markdown_in_the_working_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.session.extraction is not None)
        await pilot.press("x")
        await pilot.pause()
    [written] = list(tmp_path.glob("*.md"))
    text = written.read_text(encoding="utf-8")
    assert written.name == "OpenAI高管离职潮：转型正在撕裂这家公司.md"
    assert "| 山姆·奥特曼 |" in text and "## 时间线" in text


async def test_a_section_jumped_to_near_the_end_stays_the_one_being_read(tmp_path) -> None:
    # The last two sections are short: the jump to the one before last reaches the end of the text,
    # where reading on would make the last the one being read; the jump's own section is, until a scroll.
    body = "".join(f"第{n}段：县里的学校正在推行新的改革，老师们说这是多年来最大的变化。" * 3 + "\n\n" for n in range(12))
    article = tmp_path / "county.txt"
    article.write_text("一座县城的教育\n\n导语。\n\n老校长的坚守\n\n" + body + "年轻教师的选择\n\n她回到了家乡。\n\n"
                       "新的探索\n\n县里推行改革。\n", encoding="utf-8")
    app = reader_app(str(article))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert _state(app) == (2, 2)
        await pilot.press("left_square_bracket")  # back one, not onto the section already at the top
        assert _state(app) == (1, 1)
        await pilot.press("G")
        assert _state(app) == (3, 3)  # read on to the end: the last
        await pilot.press("right_square_bracket", "left_square_bracket", "k", "G")
        assert _state(app) == (3, 3)  # (and so once a jump there was scrolled away from)
