"""What the PyInstaller bundle leaves out: Python modules, Qt plugins, Qt catalogues and DLLs.

Plain Python, imported by hoinghi.spec and by tests/unit/test_packaging.py, which checks these rules
against what the program imports and against the Windows PySide6-Essentials wheel's file list."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

# Python's UTF-8 mode in both executables. PyInstaller's bootloader reads the X option named "utf8"
# ("X utf8", "X utf8=1"); "X utf8_mode=1" does not match it and would be silently ignored.
PYTHON_OPTIONS = [("X utf8=1", None, "OPTION")]

# What each executable says of itself in Explorer (Properties → Details) and in Task Manager.
PROGRAMS = {
    "hoinghi": "hoinghi - đăng ký và điểm danh đại biểu hội nghị",
    "hoinghi-cli": "hoinghi - dòng lệnh (đăng ký và điểm danh đại biểu hội nghị)",
}

# Qt modules the program does not use: leaving them out keeps the bundle lean. QtCore, QtGui,
# QtWidgets, QtSvg (the icon), QtPrintSupport (printing sign-in sheets) and QtTest (`hoinghi
# screenshot` types into the desk with QTest) are what it needs.
EXCLUDES = [
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql",
    "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtNetworkAuth", "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore",
    "tkinter", "unittest", "pydoc_data", "pytest", "hypothesis", "importlinter", "ruff", "readline",
    # openpyxl reads and writes through lxml.etree only
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect",
]
# Of Qt's own translations keep only Vietnamese and English (qtbase_*.qm).
KEEP_QT_TRANSLATIONS = ("qtbase_vi", "qtbase_en")

# Qt plugins by folder: None keeps the whole folder, a tuple keeps the plugins of those names
# (libqxcb.so and qwindows.dll are both "qxcb"/"qwindows"); a folder not listed is left out (eglfs,
# linuxfb, vnc, evdev, tls, networkinformation, sqldrivers, qml…).
KEEP_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qwindows", "qcocoa", "qoffscreen", "qminimal"),  # a real screen; smoke test
    "platforminputcontexts": ("ibusplatforminputcontextplugin",      # Vietnamese input methods on
                              "composeplatforminputcontextplugin"),  # Linux (ibus-unikey, ibus-bamboo)
    "styles": None,                                  # the Windows 10/11 look
    "imageformats": ("qsvg", "qico"),                # the icon
    "iconengines": None,                             # SVG icons
    "printsupport": None,                            # printers through CUPS on Linux
}
# No platform theme on Linux: the GTK one loads the system's GTK (whatever version it is) and the
# portal one needs D-Bus services; without them Qt draws its own, translated file dialogs.
# Never needed by a widgets program that draws no OpenGL (Windows: ~25 MB of software OpenGL/ANGLE).
UNWANTED_FILES = ("opengl32sw", "d3dcompiler", "libEGL", "libGLESv2", "Qt6Pdf", "Qt6VirtualKeyboard")


def wanted(dest: str) -> bool:
    """Whether the file PyInstaller would put at `dest` (a path inside the bundle) stays."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "/translations/" in dest and dest.endswith(".qm") and "PySide6" in dest:
        return PurePosixPath(dest).stem in KEEP_QT_TRANSLATIONS
    if "PySide6/" in dest and "/plugins/" in dest:
        folder = dest.split("/plugins/", 1)[1].split("/", 1)[0]
        if folder not in KEEP_PLUGINS:
            return False
        names = KEEP_PLUGINS[folder]
        stem = name.split(".", 1)[0].removeprefix("lib")
        return names is None or stem in names
    return not any(part in name for part in UNWANTED_FILES)


def version_file(build: Path, program: str) -> Path:
    """Where build.py writes the Windows version resource of `program`."""
    return build / f"version-{program}.txt"


def version_info(version: str, program: str) -> str:
    """PyInstaller's version file (VSVersionInfo) for `program` ("hoinghi" or "hoinghi-cli")."""
    parts = [*(int(p) for p in version.split(".")[:3]), 0, 0, 0][:4]
    numbers = ", ".join(str(p) for p in parts)
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('042a04b0', [
    StringStruct('CompanyName', 'hoinghi'),
    StringStruct('FileDescription', '{PROGRAMS[program]}'),
    StringStruct('FileVersion', '{version}'),
    StringStruct('InternalName', '{program}'),
    StringStruct('OriginalFilename', '{program}.exe'),
    StringStruct('ProductName', 'hoinghi'),
    StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1066, 1200])])]
)
"""
