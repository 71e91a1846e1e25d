"""Group desktop_app/ui/ by screen: move each module into its subpackage and rewrite every reference.

Re-runnable: modules already moved are skipped, and every reference in the tree (imports, dotted strings
such as monkeypatch targets, file paths in docs and .ts locations) is rewritten again, so a branch merged
after the move is fixed by running this once more. A module in ui/ that the mapping does not name is
reported: add it to MAPPING (or TOP_LEVEL) and rerun. Old names of the background-work API
(BackgroundLoader and its loaded/busy) are rewritten to JobRunner's too (API_RENAMES).

    .venv/bin/python tools/group_ui.py           # move, rewrite, sort the touched imports (ruff)
    .venv/bin/python tools/group_ui.py --check   # exit 1 if anything is left to move, rewrite or map
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "desktop_app" / "ui"

SUBPACKAGES = {
    "desk": "The check-in desk: its field, results, counters, writes, undo, log and the walk-in form.",
    "attendees": "The attendee list: its views, filters and forms, a person's history, the unit catalog.",
    "conferences": "Conferences and what belongs to one: details, sections, session topics, statistics.",
    "importing": "The import wizard: file, sheet, columns, encoding, preview, the import and its report.",
    "paper": "Paper and files out: export, print, badges and name cards, invitations, sign-in sheet options.",
    "common": "What every screen shares: forms, tables, labels, workers, settings, the session, errors, i18n.",
}

# Module name -> subpackage. The window itself and what hangs directly off it stay in ui/ (TOP_LEVEL);
# ui/models/ stays where it is.
MAPPING = {
    # the desk
    "desk_counts": "desk", "desk_layout": "desk", "desk_log": "desk", "desk_name": "desk",
    "desk_offline": "desk", "desk_panels": "desk", "desk_undo": "desk", "desk_view": "desk",
    "desk_writes": "desk", "person_dialog": "desk",
    # attendees
    "attendee_dialog": "attendees", "attendee_filters": "attendees", "attendee_lists": "attendees",
    "attendee_picker": "attendees", "attendees_view": "attendees", "history_dialog": "attendees",
    "unit_field": "attendees", "units_dialog": "attendees",
    # conferences, sections, topics, statistics
    "conference_details": "conferences", "conference_dialog": "conferences", "conferences_view": "conferences",
    "sections_dialog": "conferences", "stats_view": "conferences", "topic_attendance": "conferences",
    "topic_dialog": "conferences", "topics_view": "conferences",
    # the import wizard
    "import_columns_page": "importing", "import_encoding_page": "importing", "import_file_pages": "importing",
    "import_preview_page": "importing", "import_report_text": "importing", "import_result_page": "importing",
    "import_section_choices": "importing", "import_wizard": "importing",
    # paper: export, print, cards, invitations
    "cards_dialog": "paper", "export_dialog": "paper", "invitations_dialog": "paper",
    "invited_units_dialog": "paper", "paper_dialog": "paper", "print_dialog": "paper",
    "sheet_options_box": "paper",
    # shared widgets, helpers and background work
    "bar_delegate": "common", "data_folder": "common", "elided_label": "common", "empty_state": "common",
    "error_dialog": "common", "error_log": "common", "exchange_labels": "common", "forms": "common",
    "hint_table": "common", "i18n": "common", "job_runner": "common", "labels": "common",
    "preferences": "common", "session": "common", "tables": "common", "workers": "common",
    "server_watch": "common",
}
TOP_LEVEL = {
    "__init__", "main_window", "main_menus", "file_actions", "welcome_view", "location_banner",
    "restore_dialog", "settings_dialog", "screenshot", "share_dialog", "join_dialog", "server_offline",
}

# Where references can live. This script itself is left alone (it names every old module on purpose).
SCAN = ["desktop_app", "tests", "benchmarks", "packaging", "docs", "resources/translations", ".ci", ".github",
        "README.md", "Makefile", "pyproject.toml"]
SUFFIXES = {".py", ".md", ".spec", ".toml", ".ts", ".txt", ".iss", ".yml", ".yaml", ".cfg", ".ini", ".desktop"}

# The background-work API as it was before JobRunner became the only runner (BackgroundLoader gone):
# code merged from older branches is brought to the new names too. Python files only.
API_RENAMES = [
    (re.compile(r"\bBackgroundLoader\b"), "JobRunner"),
    (re.compile(r"\bloader\.loaded\b"), "loader.succeeded"),
    (re.compile(r"\bloader\.busy_changed\b"), "loader.running_changed"),
    (re.compile(r"\bloader\.busy\b"), "loader.running"),
    (re.compile(r"\bloader\.cancel\(\)"), "loader.cancel(deliver=False)"),
    (re.compile(r"\b_on_loader_loaded\b"), "_on_loader_succeeded"),
    (re.compile(r"\b_on_loader_busy_changed\b"), "_on_loader_running_changed"),
]

_NAMES = "|".join(sorted(MAPPING, key=len, reverse=True))
# desktop_app.ui.forms, ui.forms, desktop_app/ui/forms.py, ui/forms.py (also ../../desktop_app/ui/forms.py)
DOTTED = re.compile(rf"(?<![\w.])((?:desktop_app\.)?ui)\.({_NAMES})\b")
PATH = re.compile(rf"(?<![\w.])((?:desktop_app/)?ui)/({_NAMES})\.py\b")
FROM_UI = re.compile(r"^([ \t]*)from desktop_app\.ui import (\([^)]*\)|[^\n(]+)$", re.MULTILINE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is left to do")
    args = parser.parse_args()
    assert not set(SUBPACKAGES) & (set(MAPPING) | TOP_LEVEL), "a subpackage may not share a module's name"

    unknown = unmapped_modules()
    to_move = [name for name in MAPPING if (UI / f"{name}.py").exists()]
    files = [path for path in scanned_files() if stale(path)]
    for name in unknown:
        print(f"not in the mapping: desktop_app/ui/{name}.py (add it to MAPPING or TOP_LEVEL in tools/group_ui.py)")
    if args.check:
        for name in to_move:
            print(f"to move: desktop_app/ui/{name}.py -> desktop_app/ui/{MAPPING[name]}/")
        for path in files:
            print(f"old references: {path.relative_to(ROOT)}")
        return 1 if unknown or to_move or files else 0

    for name in to_move:
        move(name)
    changed = [path for path in scanned_files() if apply(path)]
    sort_imports([path for path in changed if path.suffix == ".py"])
    print(f"moved {len(to_move)} modules, rewrote references in {len(changed)} files")
    return 1 if unknown else 0


def unmapped_modules() -> list[str]:
    return sorted(p.stem for p in UI.glob("*.py") if p.stem not in MAPPING and p.stem not in TOP_LEVEL)


def move(name: str) -> None:
    package = UI / MAPPING[name]
    package.mkdir(exist_ok=True)
    init = package / "__init__.py"
    if not init.exists():
        init.write_text(f'"""{SUBPACKAGES[MAPPING[name]]}"""\n', encoding="utf-8")
        git("add", str(init))
    git("mv", str(UI / f"{name}.py"), str(package / f"{name}.py"))


def scanned_files() -> list[Path]:
    found: list[Path] = []
    for entry in SCAN:
        path = ROOT / entry
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in SUFFIXES
                      and "__pycache__" not in p.parts]
    return found


def stale(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return rewrite(text, python=path.suffix == ".py") != text


def apply(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    new = rewrite(text, python=path.suffix == ".py")
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def rewrite(text: str, *, python: bool = False) -> str:
    for pattern, new in API_RENAMES if python else ():
        text = pattern.sub(new, text)
    text = FROM_UI.sub(_split_from_ui, text)
    text = DOTTED.sub(lambda m: f"{m[1]}.{MAPPING[m[2]]}.{m[2]}", text)
    return PATH.sub(lambda m: f"{m[1]}/{MAPPING[m[2]]}/{m[2]}.py", text)


def _split_from_ui(match: re.Match[str]) -> str:
    """`from desktop_app.ui import labels, workers` -> one import per subpackage the names now live in."""
    indent, names = match[1], match[2]
    body = names.strip().removeprefix("(").removesuffix(")")
    items = [item.split("#")[0].strip() for item in body.replace("\n", ",").split(",")]
    items = [item for item in items if item]
    if not any(item.split()[0] in MAPPING for item in items):
        return match[0]
    by_package: dict[str, list[str]] = {}
    for item in items:
        package = MAPPING.get(item.split()[0])
        by_package.setdefault(f"desktop_app.ui.{package}" if package else "desktop_app.ui", []).append(item)
    return "\n".join(f"{indent}from {package} import {', '.join(items)}" for package, items in by_package.items())


def sort_imports(paths: list[Path]) -> None:
    """The rewritten imports in isort's order (ruff wraps long lines as the project's settings say)."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if paths:
        subprocess.run([ruff, "check", "--quiet", "--fix", "--select", "I", *map(str, paths)], cwd=ROOT,
                       check=False)


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


if __name__ == "__main__":
    sys.exit(main())
