"""Static checks of the Windows packaging that run here (no Windows, no PyInstaller, no Inno Setup):
the installer script's keys, the spec's excludes against what the program imports, the bundle filter
against the Windows PySide6-Essentials wheel's file list, the mutex the installer waits for."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from desktop_app.running import MUTEX_NAME, MUTEX_NAMES, hold_running_mutex

ROOT = Path(__file__).parents[2]
PACKAGING = ROOT / "packaging"
WHEEL_FILES = ROOT / "tests" / "data" / "packaging" / "pyside6_essentials_6.11.3_win_amd64.txt"


def _bundle_rules():
    spec = importlib.util.spec_from_file_location("bundle_rules", PACKAGING / "bundle_rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _bundle_rules()


def iss_setup() -> dict[str, str]:
    """The [Setup] section's keys as Inno Setup reads them (comments and preprocessor lines skipped)."""
    keys: dict[str, str] = {}
    section = ""
    for raw in (PACKAGING / "hoinghi.iss").read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("["):
            section = line.strip("[]").lower()
        elif section == "setup" and "=" in line:
            key, value = line.split("=", 1)
            keys[key.strip().lower()] = value.strip()
    return keys


def test_the_installer_installs_per_user_on_windows_10_1809_or_later():
    setup = iss_setup()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["appid"])
    assert setup["appid"] == "{{6E0C9F8B-4D7A-4E1B-9C2E-1A5B2C7D9E31}", "the AppId never changes: updates find it"
    assert setup["minversion"] == "10.0.17763"
    assert setup["privilegesrequired"] == "lowest"
    assert setup["privilegesrequiredoverridesallowed"] == "commandline"
    assert setup["showlanguagedialog"] == "auto"


def test_the_installer_waits_for_the_mutex_the_program_creates():
    assert setup_mutexes() == list(MUTEX_NAMES)
    assert (MUTEX_NAME, f"Global\\{MUTEX_NAME}") == MUTEX_NAMES


def setup_mutexes() -> list[str]:
    return [name.strip() for name in iss_setup()["appmutex"].split(",")]


def test_the_program_creates_both_mutexes_at_start_on_windows(monkeypatch):
    class Kernel32:
        def __init__(self) -> None:
            self.created: list[tuple[object, bool, str]] = []

        def CreateMutexW(self, attributes, owned, name):
            self.created.append((attributes, owned, name))
            return 100 + len(self.created)

    monkeypatch.setattr("desktop_app.running._held", [])
    kernel32 = Kernel32()
    assert hold_running_mutex(kernel32) == [101, 102]
    assert [name for _a, _o, name in kernel32.created] == list(MUTEX_NAMES)
    assert hold_running_mutex(kernel32) == [101, 102] and len(kernel32.created) == 2  # once per process


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere than Windows")
def test_no_mutex_elsewhere(monkeypatch):
    monkeypatch.setattr("desktop_app.running._held", [])
    assert hold_running_mutex() == []


def test_the_installers_vietnamese_does_not_depend_on_the_build_machine():
    text = (PACKAGING / "hoinghi.iss").read_text(encoding="utf-8-sig")
    assert "compiler:Languages\\Vietnamese" not in text  # whatever happens to be installed there
    assert 'MessagesFile: "Vietnamese.isl"' in text
    assert "ENGLISH ONLY" in text and "RequireVietnamese" in text


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                if node.module == "PySide6":
                    found.update(f"PySide6.{alias.name}" for alias in node.names if alias.name.startswith("Qt"))
    return found


def test_the_spec_excludes_nothing_the_program_imports():
    imported = _imported_modules()
    assert "PySide6.QtTest" in imported  # `hoinghi screenshot`: the spec once left it out
    wrongly = sorted(name for name in imported for excluded in rules.EXCLUDES
                     if name == excluded or name.startswith(f"{excluded}."))
    assert wrongly == []


def _wheel_files() -> list[str]:
    lines = WHEEL_FILES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_the_bundle_keeps_every_qt_module_the_program_imports_from_the_windows_wheel():
    files = set(_wheel_files())
    kept = {f for f in files if rules.wanted(f)}
    for module in sorted(m for m in _imported_modules() if m.startswith("PySide6.Qt")):
        name = module.split(".")[1]
        assert f"PySide6/{name}.pyd" in kept, module
        dll = f"PySide6/Qt6{name.removeprefix('Qt')}.dll"
        assert dll in kept, dll


def test_the_bundle_filter_on_the_windows_wheel_keeps_what_a_widgets_program_needs():
    files = _wheel_files()
    kept = {f for f in files if rules.wanted(f)}
    for needed in ("PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
                   "PySide6/plugins/styles/qmodernwindowsstyle.dll", "PySide6/plugins/imageformats/qsvg.dll",
                   "PySide6/plugins/imageformats/qico.dll", "PySide6/plugins/iconengines/qsvgicon.dll",
                   "PySide6/pyside6.abi3.dll", "PySide6/msvcp140.dll", "PySide6/vcruntime140.dll",
                   "PySide6/vcruntime140_1.dll", "PySide6/translations/qtbase_en.qm"):
        assert needed in files, f"{needed} is no longer in the wheel: update the rules and this list"
        assert needed in kept, needed
    for left_out in ("PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qdirect2d.dll",
                     "PySide6/plugins/sqldrivers/qsqlite.dll", "PySide6/plugins/tls/qschannelbackend.dll",
                     "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
                     "PySide6/plugins/qmltooling/qmldbg_debugger.dll"):
        assert left_out in files and left_out not in kept, left_out
    plugins = {f.split("/plugins/")[1].split("/")[0] for f in kept if "/plugins/" in f}
    assert plugins == {"platforms", "styles", "imageformats", "iconengines"}


def test_both_executables_run_in_utf8_mode_with_their_own_version_resource():
    (option, _none, kind) = rules.PYTHON_OPTIONS[0]
    assert kind == "OPTION"
    flag, _sep, value = option.removeprefix("X ").partition("=")
    # PyInstaller's bootloader matches the X option named exactly "utf8"; "utf8_mode" is ignored.
    assert option.startswith("X ") and flag == "utf8" and value in ("", "1")
    spec = (PACKAGING / "hoinghi.spec").read_text(encoding="utf-8")
    assert spec.count("    PYTHON_OPTIONS,\n") == 2 and spec.count("version=str(version_file(BUILD") == 2
    for program in rules.PROGRAMS:
        text = rules.version_info("0.1.0", program)
        ast.parse(text)  # PyInstaller evaluates it as Python
        assert f"StringStruct('OriginalFilename', '{program}.exe')" in text
        assert "filevers=(0, 1, 0, 0)" in text


def test_a_release_build_uses_pinned_versions():
    lines = [line.split("#")[0].strip() for line in
             (PACKAGING / "constraints-release.txt").read_text(encoding="utf-8").splitlines()]
    pins = dict(line.split("==", 1) for line in lines if line)
    assert {"pyside6-essentials", "pyinstaller", "sqlite-utils", "openpyxl"} <= {k.lower() for k in pins}
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+-]*( *;.*)?", v) for v in pins.values()), pins
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-c packaging/constraints-release.txt" in makefile


def test_the_windows_workflow_says_it_has_not_run_yet():
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "NOT YET RUN" in "\n".join(text.splitlines()[:5])
    for step in ("packaging/build.py", "pytest", "ISCC", "/VERYSILENT", "--smoke-test", "unins000.exe"):
        assert step in text, step
    assert "NOT YET RUN" in (PACKAGING / "README.md").read_text(encoding="utf-8")


def _sign_module():
    spec = importlib.util.spec_from_file_location("sign", PACKAGING / "sign.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nothing_is_signed_without_a_certificate(tmp_path):
    sign = _sign_module()
    ran: list[list[str]] = []
    assert sign.sign([tmp_path / "hoinghi.exe"], {}, windows=False, run=lambda c, check: ran.append(c)) == []
    assert ran == []


def test_signing_on_linux_uses_osslsigncode_with_the_password_in_a_file(tmp_path):
    sign = _sign_module()
    exe = tmp_path / "hoinghi.exe"
    exe.write_bytes(b"MZ unsigned")
    env = {"HOINGHI_SIGN_PFX": str(tmp_path / "so.pfx"), "HOINGHI_SIGN_PASSWORD_FILE": str(tmp_path / "pw")}
    ran: list[list[str]] = []

    def run(command, check):
        ran.append(command)
        Path(command[command.index("-out") + 1]).write_bytes(b"MZ signed")

    assert sign.sign([exe], env, windows=False, run=run) == [exe]
    (command,) = ran
    assert command[:2] == ["osslsigncode", "sign"] and "-readpass" in command and "-ts" in command
    assert exe.read_bytes() == b"MZ signed"


def test_signing_on_windows_uses_signtool_with_a_token_in_the_certificate_store(tmp_path):
    sign = _sign_module()
    command = sign.sign_command(tmp_path / "setup.exe", {"HOINGHI_SIGN_THUMBPRINT": "ab" * 20}, windows=True)
    assert command[:2] == ["signtool", "sign"] and command[command.index("/sha1") + 1] == "ab" * 20
    assert command[command.index("/fd") + 1] == "sha256" and command[-1] == str(tmp_path / "setup.exe")


def test_the_installer_is_signed_by_the_same_tool_when_a_certificate_is_configured(monkeypatch):
    spec = importlib.util.spec_from_file_location("hoinghi_build", PACKAGING / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    monkeypatch.delenv("HOINGHI_SIGN_PFX", raising=False)
    monkeypatch.delenv("HOINGHI_SIGN_COMMAND", raising=False)
    monkeypatch.delenv("HOINGHI_SIGN_THUMBPRINT", raising=False)
    assert "/DSign" not in build.installer_command("ISCC.exe")
    monkeypatch.setenv("HOINGHI_SIGN_THUMBPRINT", "ab" * 20)
    command = build.installer_command("ISCC.exe")
    assert "/DSign" in command and any(c.startswith("/Shoinghi=") and "sign.py" in c and c.endswith("$f")
                                       for c in command)
    iss = (PACKAGING / "hoinghi.iss").read_text(encoding="utf-8-sig")
    assert "#ifdef Sign\nSignTool=hoinghi\nSignedUninstaller=yes\n#endif" in iss
