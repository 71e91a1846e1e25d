"""Build the one-folder program: translations, icons, PyInstaller, then a smoke test of the result.

    python packaging/build.py        (what `make package` runs, inside the project's .venv)

Steps: compile resources/translations/*.ts to .qm; render resources/icons/hoinghi.svg to PNG sizes and
an .ico; write the Windows version resource; run PyInstaller with packaging/hoinghi.spec into dist/;
start dist/hoinghi/hoinghi --smoke-test offscreen and fail if it does not exit 0; print the size.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("→", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def compile_translations() -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def render_icons() -> None:
    """PNG sizes for Linux and the .ico for Windows, from the one SVG source."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (needed for painting)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "hoinghi.svg"))
    BUILD.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(BUILD / f"hoinghi-{size}.png"))
    writer = QImageWriter(str(BUILD / "hoinghi.ico"), b"ico")
    big = QImage(str(BUILD / "hoinghi-256.png"))
    if not writer.write(big):
        raise SystemExit(f"could not write the .ico: {writer.errorString()}")


def write_version_info() -> None:
    from desktop_app import __version__

    parts = [*(int(p) for p in __version__.split(".")[:3]), 0]
    numbers = ", ".join(str(p) for p in parts[:4])
    (BUILD / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('042a04b0', [
    StringStruct('CompanyName', 'hoinghi'),
    StringStruct('FileDescription', 'hoinghi - đăng ký và điểm danh đại biểu hội nghị'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', 'hoinghi'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1066, 1200])])]
)
""", encoding="utf-8")


def pyinstaller() -> None:
    shutil.rmtree(DIST / "hoinghi", ignore_errors=True)
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", DIST,
        "--workpath", BUILD / "work", ROOT / "packaging" / "hoinghi.spec")


def smoke_test() -> None:
    exe = DIST / "hoinghi" / ("hoinghi.exe" if sys.platform == "win32" else "hoinghi")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run(exe, "--smoke-test", env=env)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> int:
    compile_translations()
    render_icons()
    write_version_info()
    pyinstaller()
    smoke_test()
    size = size_of(DIST / "hoinghi")
    print(f"Built {DIST / 'hoinghi'}: {size / 2**20:.0f} MiB in {sum(1 for _ in (DIST / 'hoinghi').rglob('*'))} "
          "files; smoke test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
