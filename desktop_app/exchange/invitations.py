"""Invitations of a conference in a Word template, read from the store: one .docx with a copy per
person, or one .docx per person or unit in a folder or a .zip.

A template that names people ({{ho_ten}}, {{danh_xung}}, {{chuc_vu}}) gets no copies for the units
invited without names (it has no words for them); one that addresses by {{kinh_gui}}, as the shipped
template does, gets those too."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop_app.domain.errors import NotFound
from desktop_app.domain.invitation import InvitationOptions
from desktop_app.domain.invitation_files import InvitationResult, Split, write_split
from desktop_app.domain.progress import CancelCheck, Monitor, ProgressCallback
from desktop_app.exchange.invitation_docx import NAMED, template_placeholders, write_invitations_docx
from desktop_app.store.engine import Database
from desktop_app.store.invitations import invitation_pages


def export_invitations_docx(db: Database, conference_id: int, out: str | os.PathLike[str],
                            options: InvitationOptions | None = None, *, split: Split = Split.NONE,
                            template: str | os.PathLike[str] | None = None, today: date,
                            progress: ProgressCallback | None = None,
                            cancelled: CancelCheck | None = None) -> InvitationResult:
    monitor = Monitor(progress, cancelled)
    monitor.stage("reading")
    used = template_placeholders(template)
    pages = invitation_pages(db, conference_id, options, today=today)
    if used & set(NAMED):
        pages = [p for p in pages if p.code]
    if not pages:
        section = options.section_position if options else None
        raise NotFound("no_invitations", conference_id=conference_id, section=section)
    people = sum(1 for p in pages if p.code)
    if split is Split.NONE:
        write_invitations_docx(pages, out, template, monitor)
        return InvitationResult(Path(out), len(pages), 1, people)
    files = write_split(pages, split, ".docx", out,
                        lambda group, path: write_invitations_docx(group, path, template), monitor)
    return InvitationResult(Path(out), len(pages), files, people)
