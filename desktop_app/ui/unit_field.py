"""A unit name field with type-ahead from the catalog ("so tu" offers Sở Tư pháp); free text is
allowed. The field's text is only ever changed by the person typing or picking a suggestion."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.domain.catalog import unit_match_key
from desktop_app.domain.models import Unit
from desktop_app.domain.text import clean, fold, fold_words

MAX_SUGGESTIONS = 12


class UnitField(QLineEdit):
    """Emits `unit_chosen` with the catalog unit whose name (or alias) the text now is, or None."""

    unit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units: list[tuple[Unit, list[str], str]] = []
        self._by_key: dict[str, Unit] = {}
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.setCompleter(self._completer)
        self.textEdited.connect(self._on_text_edited)
        self._completer.activated.connect(self._on_completer_activated)
        self.editingFinished.connect(self._on_editing_finished)

    def set_units(self, units: Sequence[Unit]) -> None:
        self._units = []
        self._by_key = {}
        for unit in units:
            words = fold_words(" ".join((unit.name, *unit.aliases)))
            self._units.append((unit, words, fold(unit.name)))
            for name in (unit.name, *unit.aliases):
                self._by_key.setdefault(unit_match_key(name), unit)

    def suggestions(self, text: str) -> list[str]:
        """Catalog names where every typed word starts a word of the name or an alias; names that
        begin with what was typed ("so t" → Sở Tư pháp) come first, then the catalog's order."""
        typed = fold_words(text)
        if not typed:
            return []
        prefix = " ".join(typed)
        found = []
        for order, (unit, words, folded_name) in enumerate(self._units):
            if all(any(w.startswith(t) for w in words) for t in typed):
                tier = 0 if folded_name.startswith(prefix) else 1 if folded_name.startswith(typed[0]) else 2
                found.append((tier, order, unit.name))
        return [name for _tier, _order, name in sorted(found)][:MAX_SUGGESTIONS]

    def matched_unit(self) -> Unit | None:
        return self._by_key.get(unit_match_key(self.text()))

    def written_name(self) -> str:
        """The unit name to store: as typed, except that a bare unaccented form of a catalog unit
        ("so tu phap", "tp lang son") becomes the unit's proper name."""
        text = clean(self.text())
        unit = self.matched_unit()
        if unit is not None and text and fold(text) == " ".join(text.lower().replace(".", " ").split()):
            return unit.name
        return text

    def _on_text_edited(self, text: str) -> None:
        self._model.setStringList(self.suggestions(text))
        if self._model.rowCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _on_completer_activated(self, _text: str) -> None:
        self.unit_chosen.emit(self.matched_unit())

    def _on_editing_finished(self) -> None:
        self.unit_chosen.emit(self.matched_unit())
