; Inno Setup script for the Windows installer of hoinghi (Inno Setup 6.5 or later).
; Build the program first (on Windows: python packaging\build.py), then compile this script:
;     iscc packaging\hoinghi.iss
; The installer is written to dist\hoinghi-<version>-setup.exe. See packaging\README.md.
; Per-user install (%LOCALAPPDATA%\Programs\hoinghi): no administrator rights needed; IT may install
; for all users from the command line (/ALLUSERS). The user's databases live in %USERPROFILE%\hoinghi
; (earlier versions: Documents\hoinghi) and are never touched by installing, updating or uninstalling.
; Saved as UTF-8 with a BOM, so every Inno Setup 6 reads the Vietnamese text right.
;
; Optional defines (iscc /D…):
;   /DRequireVietnamese   fail instead of building an English-only installer without Vietnamese.isl
;   /DSign                sign the installer and uninstaller with the sign tool named "hoinghi", given
;                         as /S"hoinghi=signtool sign /f $qcert.pfx$q /p … /fd sha256 /tr … /td sha256 $f"
;                         (packaging\README.md, "Signing"; build.py passes both when a certificate is set)

#define AppName "hoinghi"
#define AppExe AddBackslash(SourcePath) + "..\dist\hoinghi\hoinghi.exe"
#if !FileExists(AppExe)
  #error "dist\hoinghi\hoinghi.exe is missing: run python packaging\build.py first"
#endif
#define AppVersion GetVersionNumbersString(AppExe)

[Setup]
AppId={{6E0C9F8B-4D7A-4E1B-9C2E-1A5B2C7D9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=hoinghi
AppComments=Đăng ký và điểm danh đại biểu hội nghị
; hoinghi.exe and hoinghi-cli.exe create these mutexes at start (desktop_app/running.py, MUTEX_NAMES):
; installing over a running copy, or uninstalling it, waits until every copy is closed.
AppMutex=hoinghi-6E0C9F8B-running,Global\hoinghi-6E0C9F8B-running
; Qt 6 needs Windows 10 1809 (build 17763) or later; it does not start on Windows 7 or 8.1.
MinVersion=10.0.17763
DefaultDirName={autopf}\hoinghi
DefaultGroupName=hoinghi
DisableProgramGroupPage=yes
; For the current user, no administrator rights and no question asked; /ALLUSERS on the command line
; (IT's deployment) installs for all users into Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; The language dialog only when Windows' language is neither Vietnamese nor English.
ShowLanguageDialog=auto
UsePreviousLanguage=no
OutputDir=..\dist
OutputBaseFilename=hoinghi-{#AppVersion}-setup
SetupIconFile=..\build\package\hoinghi.ico
UninstallDisplayIcon={app}\hoinghi.exe
UninstallDisplayName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
VersionInfoDescription=hoinghi - chương trình cài đặt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
#ifdef Sign
SignTool=hoinghi
SignedUninstaller=yes
#endif

[Languages]
; Vietnamese is one of Inno Setup's unofficial translations and is not kept in this repository: put
; Vietnamese.isl next to this script (packaging\README.md says where it comes from and its licence).
; Without it the installer is English only, and the compiler says so.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
#else
  #ifdef RequireVietnamese
    #error "packaging\Vietnamese.isl is missing: the installer would be English only (see packaging\README.md)"
  #endif
  #pragma message "*** packaging\Vietnamese.isl is missing: THIS INSTALLER WILL BE ENGLISH ONLY (see packaging\README.md) ***"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\hoinghi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole program folder: no file of an older version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\hoinghi"; Filename: "{app}\hoinghi.exe"; Comment: "Đăng ký và điểm danh đại biểu hội nghị"
Name: "{group}\{cm:UninstallProgram,hoinghi}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\hoinghi"; Filename: "{app}\hoinghi.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hoinghi.exe"; Description: "{cm:LaunchProgram,hoinghi}"; Flags: nowait postinstall skipifsilent
