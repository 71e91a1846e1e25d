; Inno Setup script for the Windows installer of hoinghi (Inno Setup 6.3 or later).
; Build the program first (on Windows: python packaging\build.py), then compile this script:
;     iscc packaging\hoinghi.iss
; The installer is written to dist\hoinghi-<version>-setup.exe. See packaging\README.md.
; Per-user install (%LOCALAPPDATA%\Programs\hoinghi): no administrator rights needed. The user's
; databases live in Documents\hoinghi and are never touched by installing or uninstalling.
; Saved as UTF-8 with a BOM, so every Inno Setup 6 reads the Vietnamese text right.

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
DefaultDirName={autopf}\hoinghi
DefaultGroupName=hoinghi
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=hoinghi-{#AppVersion}-setup
SetupIconFile=..\build\package\hoinghi.ico
UninstallDisplayIcon={app}\hoinghi.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; hoinghi.exe must not be running while its files are replaced.
CloseApplications=yes

[Languages]
; Vietnamese is one of Inno Setup's unofficial translations: put Vietnamese.isl next to this script
; (or into Inno Setup's Languages folder) to get a Vietnamese installer; English is always there.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
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
