"""What the selected conference is, at a glance: when and where, who organizes and chairs it, its
sections (and the kinds of unit each takes) and its session topics."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.kinds import Numbering
from desktop_app.domain.models import Conference, Section, Topic
from desktop_app.ui.common import labels


class ConferenceDetails(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conference_details")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("conference_details_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_conference(self, c: Conference | None, sections: list[Section], topics: list[Topic]) -> None:
        if c is None:
            self.text.setText("")
            return
        rows = [
            (self.tr("Time"), labels.span_text(c.starts_at, c.ends_at)),
            (self.tr("Venue"), c.venue),
            (self.tr("Organizing agency"), " — ".join(x for x in (c.parent_agency, c.organizer) if x)),
            (self.tr("Chair"), c.chair),
            (self.tr("Numbering on sheets"), self.tr("one sequence for the whole list")
             if c.numbering is Numbering.CONTINUOUS else self.tr("restarts in each section")),
        ]
        sections_title, topics_title = self.tr("Sections"), self.tr("Session topics")
        no_topics, notes_title = self.tr("None yet: add them in Session topics (Ctrl+3)."), self.tr("Notes")
        html = [f"<h3>{escape(c.title)}</h3><table cellspacing='0' cellpadding='2'>"]
        html += [f"<tr><td><i>{escape(k)}</i>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows if v]
        html.append("</table>")
        html.append(f"<p><b>{escape(sections_title)}</b></p><ul style='margin-top:0'>")
        for s in sections:
            kinds = ", ".join(labels.kind_label(k) for k in s.kinds)
            html.append(f"<li>{escape(s.title)}" + (f" <span style='color:#5b6470'>({escape(kinds)})</span>"
                                                      if kinds else "") + "</li>")
        html.append("</ul>")
        html.append(f"<p><b>{escape(topics_title)}</b></p>")
        if topics:
            html.append("<ol style='margin-top:0'>" + "".join(
                f"<li>{escape(t.title)}" + (f" <span style='color:#5b6470'>({labels.time_text(t.starts_at)})</span>"
                                            if t.starts_at else "") + "</li>" for t in topics) + "</ol>")
        else:
            html.append(f"<p>{escape(no_topics)}</p>")
        if c.notes:
            html.append(f"<p><b>{escape(notes_title)}</b><br>{escape(c.notes).replace(chr(10), '<br>')}</p>")
        self.text.setText("".join(html))
