"""Invitations of a conference as PDF, read from the store: one file, or one per person or unit
in a folder or a .zip (for sending by e-mail).

    export_invitations_pdf(db, conference_id, "giay_moi.pdf", InvitationOptions(), today=date.today())
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop_app.domain.errors import NotFound
from desktop_app.domain.invitation import InvitationOptions
from desktop_app.domain.invitation_files import InvitationResult, Split, write_split
from desktop_app.domain.progress import CancelCheck, Monitor, ProgressCallback
from desktop_app.printing.invitation_pdf import write_invitations_pdf
from desktop_app.store.engine import Database
from desktop_app.store.invitations import invitation_pages


def export_invitations_pdf(db: Database, conference_id: int, out: str | os.PathLike[str],
                           options: InvitationOptions | None = None, *, split: Split = Split.NONE,
                           today: date, progress: ProgressCallback | None = None,
                           cancelled: CancelCheck | None = None) -> InvitationResult:
    monitor = Monitor(progress, cancelled)
    monitor.stage("reading")
    pages = invitation_pages(db, conference_id, options, today=today)
    if not pages:
        section = options.section_position if options else None
        raise NotFound("no_invitations", conference_id=conference_id, section=section)
    people = sum(1 for p in pages if p.code)
    if split is Split.NONE:
        count = write_invitations_pdf(pages, out, monitor)
        return InvitationResult(Path(out), count, 1, people)
    files = write_split(pages, split, ".pdf", out, write_invitations_pdf, monitor)
    return InvitationResult(Path(out), len(pages), files, people)
