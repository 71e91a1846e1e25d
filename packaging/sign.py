"""Authenticode signing of the Windows executables and installer, when a certificate is configured.

    python packaging/sign.py FILE.exe [FILE.exe …]

build.py runs it on dist\\hoinghi\\*.exe, and Inno Setup's SignTool runs it on the installer and
uninstaller (hoinghi.iss, /DSign). Configured by environment variables (packaging/README.md, "Signing"):

  HOINGHI_SIGN_COMMAND     a whole command with {file} in it, for any other tool (a cloud signing
                           service's client, a token's own tool); used as it is when set
  HOINGHI_SIGN_PFX         a .pfx/.p12 file with the certificate and its key, and
  HOINGHI_SIGN_PASSWORD_FILE  a file holding its password (never the password itself on a command line)
  HOINGHI_SIGN_THUMBPRINT  Windows: the certificate's SHA-1 thumbprint in the user's certificate store
                           (a USB token or smart card shows its certificate there)
  HOINGHI_SIGN_TIMESTAMP   an RFC 3161 timestamp server (default http://timestamp.digicert.com)
  HOINGHI_SIGNTOOL         Windows: signtool.exe if it is not on PATH (Windows SDK)

On Windows it signs with signtool; elsewhere with osslsigncode (Debian: apt-get install osslsigncode).
With none of them set, nothing is signed and the build says so."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
DESCRIPTION = "hoinghi"


def configured(environ: Mapping[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return any(environ.get(key) for key in ("HOINGHI_SIGN_COMMAND", "HOINGHI_SIGN_PFX", "HOINGHI_SIGN_THUMBPRINT"))


def sign_command(file: Path, environ: Mapping[str, str], *, windows: bool) -> list[str]:
    """The command that signs `file` in place (osslsigncode writes `file`.signed, then sign() renames)."""
    if environ.get("HOINGHI_SIGN_COMMAND"):
        import shlex

        return [part.replace("{file}", str(file)) for part in shlex.split(environ["HOINGHI_SIGN_COMMAND"],
                                                                         posix=not windows)]
    timestamp = environ.get("HOINGHI_SIGN_TIMESTAMP") or DEFAULT_TIMESTAMP
    pfx, password_file = environ.get("HOINGHI_SIGN_PFX"), environ.get("HOINGHI_SIGN_PASSWORD_FILE")
    if windows:
        command = [environ.get("HOINGHI_SIGNTOOL") or "signtool", "sign", "/fd", "sha256", "/td", "sha256",
                   "/tr", timestamp, "/d", DESCRIPTION]
        if environ.get("HOINGHI_SIGN_THUMBPRINT"):
            command += ["/sha1", environ["HOINGHI_SIGN_THUMBPRINT"]]
        else:
            command += ["/f", str(pfx)]
            if password_file:
                command += ["/p", Path(password_file).read_text(encoding="utf-8").strip()]
        return [*command, str(file)]
    if not pfx:
        raise SystemExit("Signing on this system needs HOINGHI_SIGN_PFX (or HOINGHI_SIGN_COMMAND); "
                         "HOINGHI_SIGN_THUMBPRINT works with signtool on Windows only.")
    command = ["osslsigncode", "sign", "-pkcs12", str(pfx), "-h", "sha256", "-n", DESCRIPTION, "-ts", timestamp]
    if password_file:
        command += ["-readpass", str(password_file)]
    return [*command, "-in", str(file), "-out", f"{file}.signed"]


def sign(files: list[Path], environ: Mapping[str, str] | None = None, *, windows: bool | None = None,
         run=subprocess.run) -> list[Path]:
    """Sign `files` in place; the files signed (none when no certificate is configured)."""
    environ = os.environ if environ is None else environ
    windows = sys.platform == "win32" if windows is None else windows
    if not configured(environ):
        return []
    for file in files:
        command = sign_command(file, environ, windows=windows)
        shown = ["…" if i and command[i - 1] == "/p" else part for i, part in enumerate(command)]
        print("→", " ".join(shown), flush=True)
        run(command, check=True)
        signed = Path(f"{file}.signed")
        if signed.exists():  # osslsigncode
            os.replace(signed, file)
    return files


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if not configured():
        print("sign.py: no certificate configured (HOINGHI_SIGN_PFX, HOINGHI_SIGN_THUMBPRINT or "
              "HOINGHI_SIGN_COMMAND): nothing signed", file=sys.stderr)
        return 1
    if sys.platform != "win32" and not os.environ.get("HOINGHI_SIGN_COMMAND") and not shutil.which("osslsigncode"):
        print("sign.py: osslsigncode is not installed (Debian: apt-get install osslsigncode)", file=sys.stderr)
        return 1
    sign([Path(a) for a in argv])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
