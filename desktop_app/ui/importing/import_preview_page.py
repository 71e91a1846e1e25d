"""The import wizard's preview: a dry run of the import on a worker (nothing is written), then
every row with what will happen to it; rows skipped, corrected or to be checked are shaded and
can be shown alone, and a summary says what the import will do."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWizard,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.exchange.import_report import ImportOptions, ImportReport
from desktop_app.messages import describe, long_write_warning
from desktop_app.store.sections import list_sections
from desktop_app.ui.common.exchange_labels import encoding_label, stage_label
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.hint_table import HintTableView
from desktop_app.ui.common.job_runner import JobPage
from desktop_app.ui.common.labels import number
from desktop_app.ui.common.workers import Task, error_text
from desktop_app.ui.importing.import_section_choices import SectionChoicesBox
from desktop_app.ui.models.import_preview_model import (
    ImportPreviewModel,
    PreviewEntry,
    PreviewFilterProxy,
    ProblemFilter,
    RowState,
    state_label,
)

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from desktop_app.ui.importing.import_wizard import ImportWizard

COLUMN_WIDTHS = {ImportPreviewModel.ROW: 56, ImportPreviewModel.STATE: 140, ImportPreviewModel.NOTES: 250,
                 ImportPreviewModel.NAME: 180, ImportPreviewModel.POSITION: 170, ImportPreviewModel.UNIT: 200,
                 ImportPreviewModel.PHONE: 105, ImportPreviewModel.SECTION: 170}


def import_job(conference_id: int, path: Path, options: ImportOptions, reporter: Any) -> Any:
    """The worker's job for a dry run (with the preview's rows) or for the import itself."""
    from desktop_app.exchange.importer import import_invite_list
    from desktop_app.ui.models.import_preview_model import preview_entries

    def job(db: Any, progress: Any) -> Any:
        report = import_invite_list(db, conference_id, path, options, progress=reporter,
                                    cancelled=lambda: progress.cancelled)
        entries = preview_entries(report) if options.dry_run else []
        report.rows = []    # the entries hold what the preview shows; 100,000 rows need not be kept twice
        return report, entries

    return job


class PreviewPage(JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.error = ""
        self.counts: dict[ProblemFilter, int] = {}
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.sections_box = SectionChoicesBox(self)
        self.sections_box.chosen.connect(self._on_sections_box_chosen)
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("preview_filter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._on_filter_current_index_changed)
        self.filter_label.setBuddy(self.filter)
        self.model = ImportPreviewModel(self)
        self.proxy = PreviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = HintTableView(self)
        self.view.setObjectName("preview_table")
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(ImportPreviewModel.ROW, QHeaderView.ResizeMode.Fixed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.details = QLabel(self)      # the current row's reasons in full (tooltips need a mouse)
        self.details.setObjectName("preview_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. Shaded rows are skipped, corrected or worth a "
                                 "look; point at a cell to see why.") + " " + long_write_warning())
        self.filter_label.setText(self.tr("&Show:"))
        self.view.set_hint(self.tr("Checking the list…"))
        self._fill_filter()
        self._show_summary()

    # -- the dry run -----------------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self.owner.state
        assert state.path is not None
        state.preview = None
        self.error = ""
        self.model.set_entries([])
        self.details.clear()
        self.counts = {}
        self._fill_filter()
        self.sections_box.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress_label.setText(stage_label("reading"))
        self.progress.show()
        self.progress_label.show()
        job = import_job(self.owner.conference_id, state.path, state.options(dry_run=True), self.runner.reporter())
        self.runner.start(Task(self.owner.session.path or Path(), job, desk=self.owner.session.desk))
        self._show_summary()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.runner.abandon()
        super().cleanupPage()

    def _on_runner_progressed(self, stage: str, done: int, total: int) -> None:
        show_progress(self.progress, self.progress_label, stage, done, total)

    def _on_runner_succeeded(self, result: object) -> None:
        report, entries = result  # type: ignore[misc]
        self.owner.state.preview = report
        self.progress.hide()
        self.progress_label.hide()
        self.model.set_entries(entries)
        db = self.owner.session.db
        self.sections_box.show_report(report, list_sections(db, self.owner.conference_id) if db else [])
        self.sections_box.setEnabled(True)
        self.counts = _counts(entries)
        self._fill_filter()
        self._show_summary()
        self.completeChanged.emit()

    def _on_sections_box_chosen(self, row: int, choice: object) -> None:
        """A heading's rows go elsewhere: the dry run again, so every row shows where it goes."""
        self.owner.state.section_choices[row] = choice  # type: ignore[assignment]
        self.initializePage()

    def _on_runner_failed(self, error: object) -> None:
        self.progress.hide()
        self.progress_label.hide()
        self.error = describe(error) if isinstance(error, HoinghiError) else error_text(error)
        self.view.set_hint("")
        self._show_summary()
        self.completeChanged.emit()

    # -- showing -------------------------------------------------------------------------------------

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        names = {
            ProblemFilter.ALL: self.tr("All rows"), ProblemFilter.PROBLEMS: self.tr("Rows with problems"),
            ProblemFilter.SKIPPED: self.tr("Skipped rows"), ProblemFilter.CHANGED: self.tr("Corrected rows"),
            ProblemFilter.CHECK: self.tr("Rows to check"), ProblemFilter.UNMATCHED: self.tr("Units not in the catalog"),
        }
        self.filter.blockSignals(True)
        self.filter.clear()
        for mode, name in names.items():
            count = self.counts.get(mode)
            self.filter.addItem(f"{name} ({number(count)})" if count is not None else name, int(mode))
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)

    def _on_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_mode(ProblemFilter(self.filter.currentData() or 0))

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if entry is None:
            self.details.clear()
            return
        why = self.model.reasons(entry) if entry.notes or not entry.unit_matched else ""
        self.details.setText(self.tr("Row {row}: {name} — {why}").format(
            row=entry.row, name=entry.name, why=(why or state_label(entry.state)).replace("\n", "; ")))

    def show_only(self, mode: ProblemFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(int(mode)))

    def _show_summary(self) -> None:
        report = self.owner.state.preview
        if self.error:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(escape(self.error))
            return
        self.summary.setStyleSheet("")
        if report is None:
            self.summary.setText(self.tr("Reading and checking every row of the list; nothing is written."))
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
            return
        self.summary.setText(summary_html(report, self.owner.conference_title, self.counts))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("&Import %Ln people", "", report.importable))

    def isComplete(self) -> bool:
        report = self.owner.state.preview
        return not self.runner.running and report is not None and report.importable > 0

    def nextId(self) -> int:
        return self.owner.RESULT


def _counts(entries: list[PreviewEntry]) -> dict[ProblemFilter, int]:
    """How many rows each filter shows (the same tests as PreviewFilterProxy)."""
    out = dict.fromkeys(ProblemFilter, 0)
    out[ProblemFilter.ALL] = len(entries)
    for e in entries:
        if e.state is not RowState.OK:
            out[ProblemFilter.PROBLEMS] += 1
        if e.state is RowState.SKIPPED:
            out[ProblemFilter.SKIPPED] += 1
            continue
        if e.state is RowState.CHANGED or any(n.before or n.after for n in e.notes):
            out[ProblemFilter.CHANGED] += 1
        if e.state is RowState.CHECK:
            out[ProblemFilter.CHECK] += 1
        if not e.unit_matched:
            out[ProblemFilter.UNMATCHED] += 1
    return out


def show_progress(bar: QProgressBar, label: QLabel, stage: str, done: int, total: int) -> None:
    """A stage's progress: a bar that fills when the total is known, a moving one when not."""
    if total > 0:
        bar.setRange(0, total)
        bar.setValue(min(done, total))
        label.setText(f"{stage_label(stage)}  {number(min(done, total))} / {number(total)}")
    else:
        bar.setRange(0, 0)
        label.setText(f"{stage_label(stage)}  {number(done)}" if done else stage_label(stage))


def summary_html(report: ImportReport, conference_title: str, counts: dict[ProblemFilter, int]) -> str:
    if report.importable == 0:
        head = translate("PreviewPage", "<b>Nobody can be imported</b> from this list: every row is skipped "
                                        "(see why below).")
    else:
        head = (translate("PreviewPage", "<b>1</b> person will be added to <b>{title}</b>.")
                if report.importable == 1 else
                translate("PreviewPage", "<b>{count}</b> people will be added to <b>{title}</b>.")).format(
            count=number(report.importable), title=escape(conference_title))
    parts = []
    skipped = (translate("PreviewPage", "1 row skipped") if counts.get(ProblemFilter.SKIPPED) == 1
               else translate("PreviewPage", "{count} rows skipped"))
    for mode, text in ((ProblemFilter.SKIPPED, skipped),
                       (ProblemFilter.CHANGED, translate("PreviewPage", "{count} corrected")),
                       (ProblemFilter.CHECK, translate("PreviewPage", "{count} to check")),
                       (ProblemFilter.UNMATCHED, translate("PreviewPage", "{count} with a unit not in the catalog "
                                                                          "(kept as written)"))):
        if counts.get(mode):
            parts.append(text.format(count=number(counts[mode])))
    lines = [head + (" " + "; ".join(parts) + "." if parts else "")]
    if report.converted_cells:
        text = (translate("PreviewPage", "1 cell converted from {encoding} to Unicode.") if report.converted_cells == 1
                else translate("PreviewPage", "{count} cells converted from {encoding} to Unicode."))
        lines.append(text.format(count=number(report.converted_cells), encoding=encoding_label(report.encoding)))
    if report.legacy_suspected:
        lines.append(translate("PreviewPage", "<b>The text looks like {encoding}</b> but is read as Unicode, as "
                                              "chosen: names may be unreadable. Go back and choose automatic "
                                              "detection to convert it.").format(
            encoding=encoding_label(report.legacy_suspected)))
    mapped = [s for s in report.sections if s.section_id]
    unmapped = [s for s in report.sections if not s.section_id and not s.as_unit]
    if mapped and all(s.matched_by == "title" for s in mapped):
        text = (translate("PreviewPage", "The section heading of the file goes to the conference's section of the "
                                         "same name.") if len(mapped) == 1 else
                translate("PreviewPage", "{count} section headings of the file go to the conference's sections "
                                         "of the same name."))
        lines.append(text.format(count=number(len(mapped))))
    elif mapped:
        lines.append(translate("PreviewPage", "Section headings: {headings}.").format(headings="; ".join(
            f"{escape(s.heading)} → {escape(s.section_title)}" for s in mapped)))
    if unmapped:
        lines.append(translate("PreviewPage", "No section of the conference matches {headings}: those rows go by "
                                              "the kind of their unit.").format(
            headings=", ".join(f"“{escape(s.heading)}”" for s in unmapped)))
    if report.declared_count is not None and report.declared_count != report.importable:
        lines.append(translate("PreviewPage", "The file itself says it lists {count} people.").format(
            count=number(report.declared_count)))
    return "<br>".join(lines)
