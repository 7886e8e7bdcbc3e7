; Inno Setup 6 script: Windows installer of Artois Energy Desk.
;
; Built by build_windows.ps1 after the PyInstaller freeze (dist\artois-energy-desk\):
;   iscc /DAppVersion=0.1.0 /DIconFile=..\..\build\icons\artois-energy-desk.ico ^
;        packaging\windows\artois_energy_desk.iss
; Installs per user by default (no administrator rights; "for all users" can be chosen),
; adds a Start-menu entry for the window and one for a command prompt with the CLI on its
; PATH, and registers study files. Studies are GeoPackage files (.gpkg, see
; artois_energy_desk.io.study) that QGIS also opens: the installer offers Artois Energy
; Desk in "Open with" for every .gpkg without taking the default from QGIS, and makes it
; the default only when the user ticks that task.

#define AppName "Artois Energy Desk"
#define AppExe "artois-energy-desk-gui.exe"
#define CliExe "artois-energy-desk.exe"
#define ProgId "ArtoisEnergyDesk.Study"
#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\artois-energy-desk"
#endif

[Setup]
AppId={{74A94FAE-D9D5-4ED9-A994-295FA4CF330E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Artois Energy Desk developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=artois-energy-desk-{#AppVersion}-windows-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.StudyFile=Étude Artois Energy Desk (GeoPackage)
english.StudyFile=Artois Energy Desk study (GeoPackage)
french.Associations=Fichiers d'étude :
english.Associations=Study files:
french.GpkgDefault=Ouvrir les fichiers .gpkg par défaut avec Artois Energy Desk (sinon : proposé dans « Ouvrir avec »)
english.GpkgDefault=Open .gpkg files with Artois Energy Desk by default (otherwise offered in "Open with")
french.CommandPrompt=Invite de commandes Artois Energy Desk
english.CommandPrompt=Artois Energy Desk command prompt

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "gpkgdefault"; Description: "{cm:GpkgDefault}"; GroupDescription: "{cm:Associations}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundled libraries must not mix with the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:StudyFile}"
Name: "{group}\{cm:CommandPrompt}"; Filename: "{cmd}"; Parameters: "/k ""set ""PATH={app};%PATH%"" && {#CliExe} --help"""; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The study file type (ProgID), opened by the windowed program.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:StudyFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Offered in "Open with" for every .gpkg.
Root: HKA; Subkey: "Software\Classes\.gpkg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gpkg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The default for .gpkg only when chosen.
Root: HKA; Subkey: "Software\Classes\.gpkg"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: gpkgdefault

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
