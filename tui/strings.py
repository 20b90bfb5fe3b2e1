"""Every string the interface shows, in Chinese and in English, and the one language in use.

The English text is the key; ``say`` gives it in the language chosen by the config's
``language`` (``"zh"`` or ``"en"``), or, when the config leaves it out, by the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``: Chinese when it starts with ``zh``). Key names in
the footer and the help come from the bindings' English descriptions, looked up here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("zh", "en")

CHINESE: dict[str, str] = {
    # keys (binding descriptions)
    "Down": "向下", "Up": "向上", "Page down": "下一页", "Page up": "上一页", "Top": "开头", "Bottom": "结尾",
    "Next §": "下一节", "Prev §": "上一节", "Go to section N": "跳到第 N 节", "Next pane": "下一栏",
    "Previous pane": "上一栏", "Search": "搜索", "People": "人物", "Events": "事件", "Next mark": "下一处",
    "Previous mark": "上一处", "Back / clear": "返回 / 清除", "Sections pane": "目录栏", "People pane": "人物栏",
    "Text only": "只看正文", "Dates": "日期", "Theme": "主题", "Help": "帮助", "Quit": "退出",
    "Search person": "搜此人", "Other tab": "切换标签", "First": "第一项", "Last": "最后一项", "Choose": "选择",
    "Results": "结果列表", "Close": "关闭",
    "Go to the match after the reading place": "跳到阅读位置之后的匹配",
    "Close the line, keep the matches (n/N)": "关闭搜索行，保留匹配（n/N）",
    "Sections, people, themes": "章节、人物、主题", "palette": "命令",
    # help
    "openai-reader — keys": "openai-reader — 按键",
    "Reading": "阅读", "Anywhere": "任何地方", "People, events, sections and results lists": "人物、事件、目录与结果列表",
    "People and events panel": "人物与事件栏", "Search line": "搜索行", "Command palette": "命令面板",
    "j/k, ↑/↓, Space and PgUp/PgDn scroll; Esc, q or ? closes this screen.":
        "j/k、↑/↓、空格与 PgUp/PgDn 滚动；Esc、q 或 ? 关闭本页。",
    # panel
    "Working out the people and events…": "正在分析人物与事件…",
    "Could not analyse: {message}": "无法分析：{message}",
    "{people} people · {events} events": "{people} 人 · {events} 事件",
    "No one is named in this article.": "文中没有点名的人物。",
    "No happening in this article has a date it gives.": "文中没有标明日期的事件。",
    # search
    "names, words or pinyin (aoteman, bjs)": "名字、词语或拼音（如 aoteman、bjs）",
    "no match": "无结果", "exact": "原文", "person": "人物", "pinyin": "拼音", "fuzzy": "近似",
    # marks and the status line
    "Person {name}": "人物 {name}", "Event {label}": "事件 {label}", "Search “{query}”": "搜索 “{query}”",
    "n/N next/previous · Esc clears": "n/N 下一个/上一个 · Esc 清除",
    "Nothing is highlighted: choose a person (p), an event (e) or search (/) first.":
        "没有高亮的内容：先选一个人物（p）、事件（e）或搜索（/）。",
    "There is no section {number}.": "没有第 {number} 节。",
    "Dates are still being worked out.": "日期还在分析中。",
    "No relative date here could be resolved (the article gives no date to count from).":
        "这里的相对日期无法换算（文章没有可依据的日期）。",
    "No relative dates in this article.": "本文没有相对日期。",
    "Theme: {name}": "主题：{name}",
    "Terminal too small: make it at least {width}×{height}": "终端太小：请放大到至少 {width}×{height}",
    # palette
    "Go to section: {title}": "跳到章节：{title}", "Person: {name}": "人物：{name}", "{count} mentions": "提到 {count} 次",
    "switch the colour theme": "切换配色主题",
    # export and the library
    "{count} more articles": "另见 {count} 篇", "Name": "姓名",
    "Copy": "复制", "Export": "导出", "{name}'s card": "{name} 的名片", "the paragraph": "本段",
    "Copied {what}.": "已复制{what}。", "Saved {path}": "已保存 {path}", "Could not write {path}: {reason}": "无法写入 {path}：{reason}",
    "The library is damaged: `openai-reader library` repairs it.": "文库文件已损坏：运行 `openai-reader library` 即可修复。",
    "Fetching {link}…": "正在取回 {link}…", "not fetched yet": "尚未取回",
    "Library": "文库", "Library (L): type to filter": "文库（L）：输入即筛选", "Back": "返回", "Open": "打开", "Articles / people": "文章 / 人物", "Sort": "排序",
    "title, source, person or pinyin": "标题、来源、人物或拼音",
    "Library · {count} articles · {order}": "文库 · {count} 篇 · {order}",
    "last read first": "最近阅读在前", "newest first": "最新在前",
    "Library · the people who appear most": "文库 · 出现最多的人物",
    "Library · {name} in {count} articles": "文库 · {name} 出现在 {count} 篇中",
    "{count} articles": "{count} 篇", "Nothing matches.": "没有匹配的内容。",
    "The library is empty.": "文库是空的。", "The library is off.": "文库不可用。", "Other forms": "其他写法", "Roles": "身份", "Mentions": "提及", "Timeline": "时间线",
}

_language = "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The locale's language: ``zh`` when the first locale variable set starts with it."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def use(language: str | None) -> None:
    """Show the interface in ``language`` (``None`` or empty: the locale's)."""
    global _language
    _language = language if language in LANGUAGES else language_from_environment()


def current() -> str:
    return _language


def say(english: str, **values: object) -> str:
    """``english`` in the language in use, with ``values`` filled in."""
    template = CHINESE.get(english, english) if _language == "zh" else english
    return template.format(**values) if values else template
