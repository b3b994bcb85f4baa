; Runde for Windows: an installer for one user, without administrator rights (Inno Setup 6.3 or newer).
;
;   python scripts\build_bundle.py
;   iscc /DAppVersion=0.1.0 packaging\windows\runde.iss      ->  dist\Runde-0.1.0-setup.exe
;
; PREPARED, NOT BUILT on the Linux machines Runde is developed on: .github/workflows/release.yml runs it
; on a Windows runner. It installs dist\Runde\ (the PyInstaller bundle) into %LOCALAPPDATA%\Programs\Runde,
; adds Runde to the Start menu (a desktop shortcut if ticked) and an uninstaller to Settings > Apps.
; Uninstalling keeps the user's meetings and settings (%LOCALAPPDATA%\Runde).
;
; For IT departments: "Runde-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART" installs
; without questions; /ALLUSERS installs for every user into Program Files (that one needs an
; administrator); /CURRENTUSER is the default.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\runde.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Runde"
#endif
#define AppName "Runde"
#define AppPublisher "The Runde contributors"
#define AppExe "Runde.exe"
; The application id of ui/identity.py: Start-menu shortcuts carry it, so the taskbar groups the
; running windows under the pinned icon.
#define AppUserModelID "dk.runde.Runde"

[Setup]
; Fixed for every version: how Windows knows that a new setup updates this Runde. Never change it.
AppId={{1C827BDB-F339-4E66-B042-29A6801B2128}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
; Per user, no administrator: {autopf} is then {userpf}, that is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Runde
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Runde-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\runde.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; A running Runde is asked to close (it saves everything on the way out) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\Danish.isl")
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
#endif
#if FileExists(CompilerPath + "Languages\Norwegian.isl")
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
#endif
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
#if FileExists(CompilerPath + "Languages\Finnish.isl")
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no file of an older version stays behind in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
