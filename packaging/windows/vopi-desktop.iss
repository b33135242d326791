; Inno Setup script for VOPI Desktop. Build on Windows after `make bundle` (or the workflow in
; .github/workflows/windows.yml):   iscc /DAppVersion=0.1.0 packaging\windows\vopi-desktop.iss
; - installs per user into %LOCALAPPDATA%\Programs (no admin rights needed in a town hall);
; - offers a desktop icon;
; - registers .vopi for the user, so a double-click on an e-mailed exchange file starts the app with the
;   file (an app already open on that workspace receives it) and shows the import preview;
; - the uninstaller removes the program only: the data folder (%LOCALAPPDATA%\vopi-desktop, or the
;   Daten folder of a portable installation) is kept, because it holds the municipality's work;
; - portable mode: with a file portable.txt beside vopi-desktop.exe the app keeps its data in the
;   Daten folder next to it (for a USB stick); the task "portable" writes that file.
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
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
OutputDir=..\..\dist
OutputBaseFilename=vopi-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\vopi-desktop.ico
UninstallDisplayIcon={app}\vopi-desktop.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.PortableTask=Portabel: Daten im Programmordner speichern (Ordner „Daten“)
en.PortableTask=Portable: keep the data in the program folder ("Daten")
de.VopiFile=VOPI-Austauschdatei
en.VopiFile=VOPI exchange file

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "portable"; Description: "{cm:PortableTask}"; Flags: unchecked

[Files]
Source: "..\..\dist\vopi-desktop-{#AppVersion}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
Source: "portable.txt"; DestDir: "{app}"; Tasks: portable

[Icons]
Name: "{group}\VOPI Desktop"; Filename: "{app}\vopi-desktop.exe"
Name: "{userdesktop}\VOPI Desktop"; Filename: "{app}\vopi-desktop.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Classes\.vopi"; ValueType: string; ValueData: "VOPIDesktop.Exchange"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\VOPIDesktop.Exchange"; ValueType: string; ValueData: "{cm:VopiFile}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\VOPIDesktop.Exchange\DefaultIcon"; ValueType: string; ValueData: """{app}\vopi-desktop.exe"",0"
Root: HKCU; Subkey: "Software\Classes\VOPIDesktop.Exchange\shell\open\command"; ValueType: string; ValueData: """{app}\vopi-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\vopi-desktop.exe"; Description: "{cm:LaunchProgram,VOPI Desktop}"; Flags: nowait postinstall skipifsilent
