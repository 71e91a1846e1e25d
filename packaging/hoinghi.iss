; Inno Setup script for the Windows installer of hoinghi.
; Build the program first (make package, on Windows: python packaging\build.py), then compile
; this script with Inno Setup 6 (iscc packaging\hoinghi.iss). See packaging\README.md.
; Per-user install: no administrator rights needed.

#define AppName "hoinghi"
#define AppVersion GetVersionNumbersString("..\dist\hoinghi\hoinghi.exe")

[Setup]
AppId={{6E0C9F8B-4D7A-4E1B-9C2E-1A5B2C7D9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=hoinghi
AppComments=Đăng ký và điểm danh đại biểu hội nghị
DefaultDirName={autopf}\hoinghi
DefaultGroupName=hoinghi
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=hoinghi-{#AppVersion}-setup
SetupIconFile=..\build\package\hoinghi.ico
UninstallDisplayIcon={app}\hoinghi.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
; Vietnamese is among Inno Setup's unofficial translations: copy Vietnamese.isl into its Languages
; folder to get a Vietnamese installer (see packaging\README.md); English is always there.
#if FileExists(CompilerPath + "Languages\Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\hoinghi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\hoinghi"; Filename: "{app}\hoinghi.exe"
Name: "{group}\{cm:UninstallProgram,hoinghi}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\hoinghi"; Filename: "{app}\hoinghi.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hoinghi.exe"; Description: "{cm:LaunchProgram,hoinghi}"; Flags: nowait postinstall skipifsilent
