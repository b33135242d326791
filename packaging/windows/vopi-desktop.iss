; Inno Setup script for VOPI Desktop. Build after `pyinstaller packaging/vopi-desktop.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\vopi-desktop.iss
; Installs per user (no admin rights in a town hall), registers .vopi so a double-click on an
; e-mailed exchange file opens the import preview.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E1B7C2A-5C0D-4B8E-9A51-3F0C2D7E4A11}
AppName=VOPI Desktop
AppVersion={#AppVersion}
AppPublisher=VOPI
DefaultDirName={localappdata}\Programs\VOPI Desktop
DefaultGroupName=VOPI Desktop
PrivilegesRequired=lowest
OutputBaseFilename=vopi-desktop-{#AppVersion}-setup
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\vopi-desktop-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\VOPI Desktop"; Filename: "{app}\vopi-desktop.exe"
Name: "{userdesktop}\VOPI Desktop"; Filename: "{app}\vopi-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.vopi"; ValueType: string; ValueData: "VOPIDesktop.Exchange"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\VOPIDesktop.Exchange"; ValueType: string; ValueData: "VOPI-Austauschdatei"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\VOPIDesktop.Exchange\shell\open\command"; ValueType: string; ValueData: """{app}\vopi-desktop.exe"" import ""%1"" --dry-run"
