"""Vietnamese by default, English on request, switched while the window is open; settings that
take effect at once (desk name, font size) and are remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.common.i18n import set_language
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def vietnamese(qapp, translations):
    """The catalogues as the program installs them; back to the source language after."""
    set_language("vi", directory=translations)
    yield
    set_language("en", directory=translations)


def visible_texts(window) -> dict[str, str]:
    return {
        "tab": window.tabs.tabText(3),
        "menu": window.menus.file_menu.title(),
        "placeholder": window.desk.field.placeholderText(),
        "button": window.desk.walk_in_button.text(),
        "header": window.desk.results.headerData(0, Qt.Orientation.Horizontal),
        "caption": window.desk.counters.caption.text(),
    }


def test_vietnamese_by_default_and_english_on_request(qtbot, window, vietnamese, translations):
    window.show_view("desk")
    vi = visible_texts(window)
    assert vi["tab"] == "&4 Bàn điểm danh"
    assert vi["menu"] == "&Tệp"
    assert vi["placeholder"] == "Họ tên, đơn vị hoặc mã — hoặc quét giấy mời"
    assert vi["header"] == "Họ và tên"
    set_language("en", directory=translations)  # widgets hear of it through posted LanguageChange events
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "&4 Check-in desk")
    en = visible_texts(window)
    assert en["menu"] == "&File"
    assert en["button"] == "Walk-in…  (F2)"
    assert en["caption"] == "Present at the conference"
    assert all(vi[key] != en[key] for key in vi)


def test_error_sentences_are_translated_too(vietnamese):
    from desktop_app.domain.errors import ValidationError
    from desktop_app.messages import describe

    assert describe(ValidationError("required", field="full_name")) == "Cần nhập họ và tên."


def test_every_string_has_a_vietnamese_translation():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).parents[2] / "resources" / "translations" / "hoinghi_vi.ts"
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


def test_qt_own_buttons_speak_vietnamese(qapp, vietnamese):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Hủy"


def answer(monkeypatch, fill) -> None:
    def exec_(dialog: SettingsDialog) -> int:
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


def test_settings_change_the_desk_name_recorded_and_are_remembered(qtbot, window, settings, monkeypatch):
    def fill(d: SettingsDialog) -> None:
        d.desk.setText("Bàn 2")
        d.font_size.setValue(13)

    answer(monkeypatch, fill)
    window.menus.settings_action.trigger()
    assert window.session.desk == "Bàn 2" and window.session.db.desk == "Bàn 2"
    assert window.desk.desk_label.text() == "Desk: <b>Bàn 2</b>"
    from PySide6.QtWidgets import QApplication

    assert QApplication.font().pointSize() == 13   # the font is the application's
    again = Preferences(settings)
    assert (again.desk_name, again.font_size) == ("Bàn 2", 13)
    window.apply_preferences(language_changed=False)  # back to the default size for other tests
    Preferences(settings).font_size = 0
    window.apply_preferences(language_changed=False)


def test_a_desk_must_have_a_name(qtbot, window, monkeypatch):
    seen = []

    def fill(d: SettingsDialog) -> None:
        seen.append(d)
        d.desk.setText("  ")

    answer(monkeypatch, fill)
    window.menus.settings_action.trigger()
    assert seen[0].result() == 0 and not seen[0].desk_error.isHidden()
    assert window.session.desk == "Bàn test"


def test_the_language_setting_switches_the_window(qtbot, window, settings, monkeypatch, translations):
    calls = []
    monkeypatch.setattr("desktop_app.ui.common.i18n.set_language",
                        lambda lang, directory=None: calls.append(lang) or set_language(lang, directory=translations))

    def fill(d: SettingsDialog) -> None:
        d.language.setCurrentIndex(d.language.findData("vi"))

    Preferences(settings).language = "en"
    answer(monkeypatch, fill)
    window.menus.settings_action.trigger()
    assert calls == ["vi"] and Preferences(settings).language == "vi"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&1 Hội nghị")
    set_language("en", directory=translations)


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    """A string added to the code without its Vietnamese would show in English: lupdate finds
    them all, and every one must already be in hoinghi_vi.ts."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).parents[2]
    sources = sorted(str(p) for p in (root / "desktop_app" / "ui").rglob("*.py"))
    sources += [str(root / "desktop_app" / "messages.py"), str(root / "desktop_app" / "app.py")]
    fresh = tmp_path / "fresh_vi.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)

    def messages(path: Path) -> set[tuple[str, str]]:
        return {(ctx.findtext("name"), m.findtext("source")) for ctx in ET.parse(path).iter("context")
                for m in ctx.iter("message")
                if m.find("translation").get("type") not in ("vanished", "obsolete")}

    missing = messages(fresh) - messages(root / "resources" / "translations" / "hoinghi_vi.ts")
    assert not missing, f"not in hoinghi_vi.ts (run pyside6-lupdate and translate): {sorted(missing)}"


def _access_keys(menu) -> list[str]:
    keys = []
    for action in menu.actions():
        text = action.text().split("\t")[0].replace("&&", "")
        if not action.isSeparator() and "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    return keys


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_menu_item_has_its_own_access_key(qtbot, window, translations, lang):
    set_language(lang, directory=translations)
    try:
        qtbot.wait(10)   # LanguageChange events are posted
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert [window.menuBar().actions()[0].text()] and menus
        for menu in menus:
            keys = _access_keys(menu)
            assert len(keys) == len(set(keys)), (menu.title(), keys)
    finally:
        set_language("en", directory=translations)


def test_the_desk_keys_are_shown_in_the_conference_menu(window):
    assert window.menus.walk_in_action.iconText() == "Walk-in at the desk"   # the toolbar's button: no key
    assert window.menus.walk_in_action.text().endswith("\tF2")
    assert window.menus.undo_action.text().endswith("\tCtrl+Z")
    assert window.menus.quit_action.shortcut().toString() == "Ctrl+Q"


def test_english_counts_use_plural_forms(qapp, translations):
    """Issue 11 item 13: "Imported 1 people" and "1 rows" read wrong; Qt's plural forms fix them."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.importing.import_report_text import _headline

    assert "hoinghi_en" in set_language("en", directory=translations)
    assert QCoreApplication.translate("PrintDialog", "%Ln rows on one page.", "", 1) == "1 row on one page."
    assert QCoreApplication.translate("PrintDialog", "%Ln rows on one page.", "", 3) == "3 rows on one page."
    assert QCoreApplication.translate("PreviewPage", "&Import %Ln people", "", 1) == "&Import 1 person"
    assert _headline(_Report(1), "Hội nghị") == "Imported 1 person into “Hội nghị”."
    assert _headline(_Report(2), "Hội nghị") == "Imported 2 people into “Hội nghị”."


class _Report:
    def __init__(self, imported: int) -> None:
        self.imported = imported
