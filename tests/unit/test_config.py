"""Config look-up order, checking, and messages that name file and line."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.config import Config, ConfigError, load_config
from tui.tomlfile import read_toml


def test_bundled_config_documents_every_setting_with_its_default() -> None:
    bundled = read_toml(ROOT / "config.toml")
    defaults = Config()
    names = [f.name for f in fields(Config) if f.name != "source"]
    assert sorted(bundled) == sorted(names)
    for name in names:
        assert bundled[name] == getattr(defaults, name)
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    for name in names:  # each key has a comment right above it
        before = text.split(f"\n{name} =")[0].rstrip().splitlines()[-1]
        assert before.startswith("#"), name


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    user = isolated_home / "config" / "openai-reader" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text('theme = "paper"\n')
    assert load_config()[0].theme == "paper"
    env = tmp_path / "env.toml"
    env.write_text('theme = "sepia"\n')
    monkeypatch.setenv("OPENAI_READER_CONFIG", str(env))
    assert load_config()[0].theme == "sepia"
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('theme = "contrast"\n')
    assert load_config(str(explicit))[0].theme == "contrast"


def test_defaults_when_nothing_is_found() -> None:
    config, warnings = load_config()
    assert config == Config() and warnings == []


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        ('theme = "ink\n', r":1: "),
        ('theme = "ink"\nmax_width = "wide"\n', r":2: 'max_width' must be a whole number"),
        ("max_width = 5\n", r":1: 'max_width' must be between 20 and 400"),
        ('show_dates = "yes"\n', r":1: 'show_dates' must be true or false"),
        ("theme = 3\n", r":1: 'theme' must be a string"),
    ],
)
def test_bad_values_name_file_and_line(tmp_path: Path, content: str, pattern: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=pattern) as caught:
        load_config(str(path))
    assert str(caught.value).startswith(str(path))


def test_unknown_keys_warn(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('theme = "paper"\ncolour = "red"\n')
    config, warnings = load_config(str(path))
    assert config.theme == "paper"
    assert warnings == [f"{path}:2: unknown setting 'colour' ignored"]


def test_folder_or_missing_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(str(tmp_path))
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(str(tmp_path / "none.toml"))


def test_language_is_checked_and_auto_follows_the_locale(tmp_path: Path) -> None:
    from tui.strings import language_from_environment

    config = tmp_path / "c.toml"
    config.write_text('language = "fr"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'language' must be one of auto, zh, en"):
        load_config(str(config))
    assert language_from_environment({"LANG": "zh_TW.UTF-8"}) == "zh"
    assert language_from_environment({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}) == "en"  # LC_ALL wins
    assert language_from_environment({}) == "en"
