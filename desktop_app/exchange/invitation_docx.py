"""Invitations in the office's own Word template: one filled copy per page in one .docx, page
breaks between, placeholders such as {{ho_ten}} replaced (also where Word split one across runs:
the runs it spans are merged into the first, which keeps its formatting), in tables too, and the
conference's placeholders in page headers and footers. {{qr}} becomes the QR code as a picture.

    write_invitations_docx(pages, "giay_moi.docx", template=None)   # None: the shipped template
"""

from __future__ import annotations

import copy
import io
import os
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import segno
from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.files import atomic_output
from desktop_app.domain.invitation import CONFERENCE_PLACEHOLDERS, PLACEHOLDERS, Invitation
from desktop_app.domain.progress import Monitor
from desktop_app.domain.resources import resource_path

PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")   # anything in double braces: a misspelt one is named
QR_WIDTH_MM = 30
NAMED = ("ho_ten", "danh_xung", "chuc_vu")   # a template with these addresses people only


def default_template() -> Path:
    return resource_path("templates", "giay_moi.docx")


def open_template(path: str | os.PathLike[str]) -> Any:
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FileProblem("not_a_word_document", path=str(path)) from exc
    except OSError as exc:
        raise FileProblem("file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def template_placeholders(template: str | os.PathLike[str] | None) -> set[str]:
    """The placeholders a template uses (checked: an unknown one raises)."""
    path = Path(template) if template else default_template()
    doc = open_template(path)
    found: set[str] = set()
    for paragraph in _all_paragraphs(doc):
        found.update(_names(paragraph, path))
    return found


def write_invitations_docx(pages: Sequence[Invitation], out: str | os.PathLike[str],
                           template: str | os.PathLike[str] | None = None,
                           monitor: Monitor | None = None) -> int:
    """Fill the template once per page into `out`; returns the number of copies written."""
    monitor = monitor or Monitor()
    path = Path(template) if template else default_template()
    doc = open_template(path)
    for paragraph in _all_paragraphs(doc):
        _names(paragraph, path)   # an unknown placeholder anywhere: say so before writing anything
    _fill_headers(doc, pages[0].values if pages else {}, path)
    body = doc.element.body
    section = body.find(qn("w:sectPr"))
    originals = [el for el in body if el is not section]
    for el in originals:
        body.remove(el)
    monitor.stage("writing", len(pages))
    for i, page in enumerate(pages):
        if i:
            _page_break(doc, section)
        for el in originals:
            clone = copy.deepcopy(el)
            if section is not None:
                section.addprevious(clone)
            else:
                body.append(clone)
            for paragraph in list(_paragraphs_in(clone, doc)):
                for line in _one_per_line(paragraph, page.values):
                    fill_paragraph(line, page.values, path)
        monitor.step(i + 1)
    monitor.finish()
    _unique_ids(body)
    with atomic_output(out) as tmp:
        doc.save(str(tmp))
    return len(pages)


# -- walking the document ------------------------------------------------------------------------


def _paragraphs_in(element: Any, doc: Any) -> Iterator[Paragraph]:
    """Every paragraph in a body element: itself, or all those of a table and its nested tables."""
    if element.tag == qn("w:p"):
        yield Paragraph(element, doc._body)
    elif element.tag == qn("w:tbl"):
        yield from _table_paragraphs(Table(element, doc._body))
    else:   # a content control (w:sdt) or the like: its paragraphs wherever they sit
        for p in element.iter(qn("w:p")):
            yield Paragraph(p, doc._body)


def _table_paragraphs(table: Table) -> Iterator[Paragraph]:
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:   # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            yield from cell.paragraphs
            for inner in cell.tables:
                yield from _table_paragraphs(inner)


def _header_parts(doc: Any) -> Iterator[Any]:
    for section in doc.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                yield part


def _all_paragraphs(doc: Any) -> Iterator[Paragraph]:
    for el in doc.element.body:
        yield from _paragraphs_in(el, doc)
    for part in _header_parts(doc):
        yield from part.paragraphs
        for table in part.tables:
            yield from _table_paragraphs(table)


def _fill_headers(doc: Any, values: Mapping[str, str], path: Path) -> None:
    """Headers and footers are shared by every copy: the conference's placeholders only."""
    for part in _header_parts(doc):
        paragraphs = list(part.paragraphs)
        for table in part.tables:
            paragraphs += list(_table_paragraphs(table))
        for paragraph in paragraphs:
            for name in _names(paragraph, path):
                if name not in CONFERENCE_PLACEHOLDERS:
                    raise FileProblem("person_placeholder_in_header", path=str(path), placeholder=f"{{{{{name}}}}}")
            fill_paragraph(paragraph, values, path)


def _page_break(doc: Any, section: Any) -> None:
    """A paragraph holding only a page break, as small as Word allows (its mark starts the next page)."""
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(1)
    run = paragraph.add_run()
    run.font.size = Pt(1)
    run.add_break(WD_BREAK.PAGE)
    if section is not None:
        section.addprevious(paragraph._p)


def _unique_ids(body: Any) -> None:
    """Copies of a template repeat its drawings' ids and bookmarks, which Word may "repair": each
    drawing gets an id of its own and only the first copy keeps the bookmarks."""
    for number, drawing in enumerate(body.iter(qn("wp:docPr")), start=1):
        drawing.set("id", str(number))
    seen: set[str] = set()
    for tag in (qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
        for mark in list(body.iter(tag)):
            key = f"{tag}{mark.get(qn('w:id'))}"
            if key in seen:
                mark.getparent().remove(mark)
            seen.add(key)


# -- placeholders ------------------------------------------------------------------------------------


def _names(paragraph: Paragraph, path: Path) -> list[str]:
    """The placeholders of a paragraph (an unknown one raises, named as it is written)."""
    text = "".join(r.text for r in paragraph.runs)
    names = []
    for m in PLACEHOLDER.finditer(text):
        name = m.group(1).lower()
        if name not in PLACEHOLDERS:
            raise FileProblem("unknown_placeholder", path=str(path), placeholder=m.group(0),
                              known=[f"{{{{{n}}}}}" for n in PLACEHOLDERS])
        names.append(name)
    return names


def fill_paragraph(paragraph: Paragraph, values: Mapping[str, str], path: Path | None = None) -> None:
    """Replace the paragraph's placeholders by their values (a line break for each "\\n")."""
    runs = paragraph.runs
    texts = [r.text for r in runs]
    whole = "".join(texts)
    matches = list(PLACEHOLDER.finditer(whole))
    if not matches:
        return
    starts = []
    at = 0
    for t in texts:
        starts.append(at)
        at += len(t)
    for m in reversed(matches):   # from the end: the offsets of earlier ones stay right
        name = m.group(1).lower()
        if name not in PLACEHOLDERS:
            raise FileProblem("unknown_placeholder", path=str(path or ""), placeholder=m.group(0),
                              known=[f"{{{{{n}}}}}" for n in PLACEHOLDERS])
        i = _run_at(starts, texts, m.start())
        j = _run_at(starts, texts, m.end() - 1)
        before = texts[i][:m.start() - starts[i]]
        after = texts[j][m.end() - starts[j]:]
        for k in range(i + 1, j + 1):
            texts[k] = ""
            runs[k].text = ""
        if name == "qr":
            _picture(runs[i], paragraph, before, after, values.get("qr", ""))
            texts[i] = before
        else:
            texts[i] = before + values.get(name, "") + (after if i == j else "")
            runs[i].text = texts[i]
            if i != j:
                texts[j] = after
                runs[j].text = after


def _one_per_line(paragraph: Paragraph, values: Mapping[str, str]) -> list[Paragraph]:
    """A paragraph that is one placeholder of several lines ({{noi_dung}}) becomes a paragraph per
    line, each with the paragraph's formatting: a justified paragraph of lines joined by breaks
    would stretch every line across the page."""
    m = PLACEHOLDER.fullmatch(paragraph.text.strip())
    lines = values.get(m.group(1).lower(), "").split("\n") if m else []
    if len(lines) < 2:
        return [paragraph]
    out = [paragraph]
    previous = paragraph._p
    for _ in lines[1:]:
        clone = copy.deepcopy(paragraph._p)
        previous.addnext(clone)
        previous = clone
        out.append(Paragraph(clone, paragraph._parent))
    for p in out[:-1]:   # the paragraph's space after it, once, after the last line
        p.paragraph_format.space_after = Pt(2)
    for p, line in zip(out, lines, strict=True):
        fill_paragraph(p, {m.group(1).lower(): line}, None)   # type: ignore[union-attr]
    return []


def _run_at(starts: list[int], texts: list[str], offset: int) -> int:
    for k in range(len(starts) - 1, -1, -1):
        if starts[k] <= offset and texts[k]:
            return k
    return 0


def _picture(run: Run, paragraph: Paragraph, before: str, after: str, code: str) -> None:
    """The run becomes `before` + the QR picture; `after` goes on in a copy of the run."""
    if after:
        tail = copy.deepcopy(run._r)
        run._r.addnext(tail)
        Run(tail, paragraph).text = after
    run.text = before
    if code:
        png = io.BytesIO()
        segno.make(code, error="m", micro=False).save(png, kind="png", scale=10, border=2)
        png.seek(0)
        run.add_picture(png, width=Mm(QR_WIDTH_MM))
