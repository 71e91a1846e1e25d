"""Build the one-folder program: translations, icons, PyInstaller, then a smoke test of the result.

    python packaging/build.py               (what `make package` runs, inside the project's .venv)
    python packaging/build.py --installer   (Windows: then the installer, with Inno Setup)

Steps: compile resources/translations/*.ts to .qm; render resources/icons/hoinghi.svg to PNG sizes and
a multi-size .ico; write each executable's Windows version resource; run PyInstaller with
packaging/hoinghi.spec into dist/; sign the executables when a certificate is configured
(packaging/sign.py); start dist/hoinghi/hoinghi --smoke-test offscreen and fail if it does not exit 0;
print the size. On Windows, say loudly if the installer would be English only, and with --installer
compile packaging/hoinghi.iss (signed by the same certificate). See packaging/README.md.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))  # bundle_rules, shared with hoinghi.spec
sys.path.insert(0, str(ROOT))                # desktop_app, also when run as a script
BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("→", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def compile_translations() -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def render_icons() -> None:
    """PNG sizes for Linux and the .ico for Windows, from the one SVG source."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
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
    write_ico(BUILD / "hoinghi.ico", [QImage(str(BUILD / f"hoinghi-{size}.png")) for size in ICO_SIZES])


def write_ico(path: Path, images: list) -> None:
    """A Windows icon with every size, so Explorer, the taskbar and the Start menu each get a sharp
    one (Qt's ICO writer stores a single image). The classic layout: 32-bit DIBs below 256 px,
    PNG for 256 px."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    blobs = []
    for image in images:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        size = image.width()
        if size >= 256:
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            blobs.append((size, bytes(buffer.data())))
            continue
        # BITMAPINFOHEADER (height doubled: colour rows then the AND mask), BGRA rows bottom-up.
        header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
        rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size - 1, -1, -1)]
        mask = bytes(((size + 31) // 32 * 4) * size)  # all zero: the alpha channel decides
        blobs.append((size, header + b"".join(rows) + mask))
    offset = 6 + 16 * len(blobs)
    directory = struct.pack("<HHH", 0, 1, len(blobs))
    for size, data in blobs:
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(directory + b"".join(data for _, data in blobs))


def write_version_info() -> None:
    """One Windows version resource per executable (hoinghi.exe, hoinghi-cli.exe)."""
    from bundle_rules import PROGRAMS, version_file, version_info

    from desktop_app import __version__

    for program in PROGRAMS:
        version_file(BUILD, program).write_text(version_info(__version__, program), encoding="utf-8")


def pyinstaller() -> None:
    shutil.rmtree(DIST / "hoinghi", ignore_errors=True)
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", DIST,
        "--workpath", BUILD / "work", ROOT / "packaging" / "hoinghi.spec")


def smoke_test() -> str:
    """Start the built program with --smoke-test offscreen; its one-line report, or exit with it."""
    exe = DIST / "hoinghi" / ("hoinghi.exe" if sys.platform == "win32" else "hoinghi")
    report = BUILD / "smoke-test.txt"
    report.unlink(missing_ok=True)
    # A windowed program on Windows may have no stdout: it also writes its line to this file.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOINGHI_SMOKE_REPORT": str(report)}
    for name in ("HOINGHI_RESOURCES", "HOINGHI_DB", "PYTHONPATH"):  # the bundle must stand on its own
        env.pop(name, None)
    print("→", exe, "--smoke-test", flush=True)
    done = subprocess.run([str(exe), "--smoke-test"], cwd=BUILD, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    line = report.read_text(encoding="utf-8").strip() if report.exists() else ""
    if done.returncode != 0:
        raise SystemExit(f"The built program failed its smoke test (exit {done.returncode}): "
                         f"{line or done.stderr.strip() or '(no report)'}")
    return line


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(folder: Path) -> str:
    """The total and the biggest parts, so a change that bloats the bundle shows in the build log."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]
    parts = ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f}" for p in biggest)
    return (f"{folder}: {size_of(folder) / 2**20:.0f} MiB in {len(files)} files "
            f"(largest, MiB: {parts})")


def sign_programs() -> str:
    """Sign dist/hoinghi/*.exe when a certificate is configured (packaging/sign.py); what was done."""
    import sign

    programs = sorted((DIST / "hoinghi").glob("*.exe"))
    if not sign.configured():
        return "not signed (no certificate configured: packaging/README.md, Signing)"
    if not programs:
        return "nothing to sign (no Windows executables in this build)"
    sign.sign(programs)
    return f"signed {', '.join(p.name for p in programs)}"


def installer_command(iscc: str) -> list[str]:
    """ISCC with the defines this build needs: signing when configured, Vietnamese when required."""
    import sign

    command = [iscc]
    if os.environ.get("HOINGHI_REQUIRE_VIETNAMESE") == "1":
        command.append("/DRequireVietnamese")
    if sign.configured():
        tool = f'"{sys.executable}" "{ROOT / "packaging" / "sign.py"}" $f'
        command += ["/DSign", f"/Shoinghi={tool}"]
    return [*command, str(ROOT / "packaging" / "hoinghi.iss")]


def vietnamese_installer_warning() -> str | None:
    if (ROOT / "packaging" / "Vietnamese.isl").exists():
        return None
    line = "*" * 100
    return (f"{line}\n*** packaging/Vietnamese.isl is missing: THE WINDOWS INSTALLER WILL BE ENGLISH ONLY.\n"
            f"*** Download it as packaging/README.md says (A Vietnamese installer), then compile again.\n{line}")


def build_installer() -> None:
    """Windows: compile packaging/hoinghi.iss with Inno Setup (ISCC from $ISCC or its usual place)."""
    iscc = os.environ.get("ISCC") or shutil.which("ISCC") or \
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists() and not shutil.which(iscc):
        raise SystemExit(f"Inno Setup's ISCC.exe was not found ({iscc}); set ISCC to its path")
    run(*installer_command(iscc))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if hasattr(sys.stdout, "reconfigure"):  # a Windows console piped to a file is cp1252: no crash on "→"
        sys.stdout.reconfigure(errors="replace")
    compile_translations()
    render_icons()
    write_version_info()
    pyinstaller()
    signed = sign_programs()
    print(smoke_test())
    print(f"Built {size_report(DIST / 'hoinghi')}; smoke test passed; {signed}.")
    if sys.platform == "win32":
        warning = vietnamese_installer_warning()
        if warning:
            print(warning, flush=True)
        if "--installer" in argv:
            build_installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
