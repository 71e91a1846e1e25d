"""A unit name field with type-ahead: the units already written in this conference first, then the
catalog ("so tu" offers Sở Tư pháp); free text is allowed, but a name typed without accents that
is no known unit is asked about before it is saved. The field's text is only ever changed by the
person typing or picking a suggestion."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.domain.catalog import unit_match_key
from desktop_app.domain.errors import Cancelled
from desktop_app.domain.models import Conference, Unit
from desktop_app.domain.text import clean, fold, fold_words
from desktop_app.store.engine import Database
from desktop_app.store.units import conference_unit_names, list_units
from desktop_app.ui.common.forms import confirm

MAX_SUGGESTIONS = 12


class UnitField(QLineEdit):
    """Emits `unit_chosen` with the catalog unit whose name (or alias) the text now is, or None."""

    unit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units: list[tuple[Unit, list[str], str]] = []
        self._by_key: dict[str, Unit] = {}
        self._used: list[tuple[str, list[str]]] = []   # names written in this conference, most used first
        self._used_by_key: dict[str, str] = {}
        self._accepted = ""   # a name without accents the person chose to keep as typed
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

    def set_used_names(self, names: Sequence[str]) -> None:
        """The unit names already written in this conference: offered before the catalog's."""
        self._used = []
        self._used_by_key = {}
        for name in names:
            self._used.append((name, fold_words(name)))
            key = unit_match_key(name)
            known = self._used_by_key.get(key)
            if known is None or _accents(name) > _accents(known):   # "Sở Y tế" over a hasty "so y te"
                self._used_by_key[key] = name

    def suggestions(self, text: str) -> list[str]:
        """The conference's own unit names, then the catalog's, where every typed word starts a word
        of the name or an alias; names that begin with what was typed ("so t" → Sở Tư pháp) come
        first in each, then the order of use or the catalog's order."""
        typed = fold_words(text)
        if not typed:
            return []
        prefix = " ".join(typed)
        entries = [(name, words, fold(name)) for name, words in self._used]
        entries += [(unit.name, words, folded) for unit, words, folded in self._units]
        found, seen = [], set()
        for order, (name, words, folded_name) in enumerate(entries):
            if name in seen or not all(any(w.startswith(t) for w in words) for t in typed):
                continue
            seen.add(name)
            tier = 0 if folded_name.startswith(prefix) else 1 if folded_name.startswith(typed[0]) else 2
            found.append((order >= len(self._used), tier, order, name))
        return [name for *_key, name in sorted(found)][:MAX_SUGGESTIONS]

    def matched_unit(self) -> Unit | None:
        return self._by_key.get(unit_match_key(self.text()))

    def written_name(self) -> str:
        """The unit name to store: as typed, except that a bare unaccented form of a known unit
        ("so tu phap", "tp lang son") becomes the unit's proper name, from the catalog or as this
        conference already writes it."""
        text = clean(self.text())
        if not text or fold(text) != " ".join(text.lower().replace(".", " ").split()):
            return text
        unit = self.matched_unit()
        if unit is not None:
            return unit.name
        return self._used_by_key.get(unit_match_key(text), text)

    def needs_asking(self) -> bool:
        """A name typed without any accent that is no known unit ("bao lang son" mistyped): it
        would print as typed on an official sheet, so the form asks first."""
        text = self.written_name()
        known = self.matched_unit() is not None or unit_match_key(text) in self._used_by_key
        return bool(text) and not known and _accents(text) == 0 and any(c.isalpha() for c in text) \
            and text != self._accepted

    def confirm_as_typed(self) -> None:
        """Before a save: ask about a name that is no known unit and has no accents; Cancelled
        (the form stays open, the cursor in the field) when the person wants to correct it."""
        if not self.needs_asking():
            return
        text = self.written_name()
        if not confirm(self.window(), self.window().windowTitle(), self.tr(
                "“{name}” is not a unit in the catalog or in this conference, and it has no accents. It "
                "will be printed as typed on the sign-in sheets. Save it as typed?").format(name=text),
                yes=self.tr("Save &as typed"), destructive=False):
            self.setFocus()
            raise Cancelled()
        self._accepted = text

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


def _accents(text: str) -> int:
    """How many letters of `text` carry a Vietnamese mark (or are đ)."""
    return sum(1 for c in text if c.isalpha() and fold(c) != c.lower())


def fill_unit_field(field: UnitField, db: Database, conference: Conference) -> None:
    """Offer this conference's units, then the catalog's units that existed on its day."""
    field.set_units(list_units(db, valid_on=conference.starts_at.date()))
    field.set_used_names(conference_unit_names(db, conference.id))
