"""Several files written as one: a .zip, or a new folder, that appears whole or not at all."""

from __future__ import annotations

import contextlib
import os
import shutil
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.files import atomic_output

Writer = Callable[[Path], object]    # writes one file at the path it is given


def write_bundle(parts: Sequence[tuple[str, Writer]], out: str | os.PathLike[str]) -> list[str]:
    """Write each (file name, writer) into `out`: a .zip when the name ends so, else a folder that
    must not exist yet (nothing is mixed into a folder of other files). Returns the file names."""
    target = Path(out)
    names = _unique([name for name, _ in parts])
    if target.suffix.lower() == ".zip":
        with atomic_output(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            scratch = tmp.with_name(tmp.name + ".d")
            scratch.mkdir()
            try:
                for name, (_, write) in zip(names, parts, strict=True):
                    write(scratch / name)
                    archive.write(scratch / name, name)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
        return names
    if target.exists():
        raise FileProblem("folder_exists", path=str(target))
    if not target.parent.is_dir():
        raise FileProblem("cannot_write", path=str(target), reason="folder_missing", folder=str(target.parent))
    scratch = target.with_name(f".{target.name}.partial")
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        scratch.mkdir()
        for name, (_, write) in zip(names, parts, strict=True):
            write(scratch / name)
        os.replace(scratch, target)
    except OSError as exc:
        raise FileProblem("cannot_write", path=str(target), reason=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(scratch, ignore_errors=True)
    return names


def _unique(names: list[str]) -> list[str]:
    """ "a.pdf", "a.pdf" → "a.pdf", "a-2.pdf": two units of one folded name keep both files."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        key = name.lower()
        seen[key] = seen.get(key, 0) + 1
        out.append(name if seen[key] == 1 else f"{stem}-{seen[key]}{dot}{ext}")
    return out
