; Solewise's Windows installer, for Debian's makensis (NSIS 3), with nothing downloaded:
; `make package-windows` (the release programs) and `make test-installer-windows` (the
; tests' debug programs, installed and checked under Wine) pass the paths with -D:
;   VERSION   the version, 0.1.0
;   DAEMON    solewise.exe, the tray daemon and command line
;   WINDOW    solewise-window.exe, the window
;   LICENCE   the MIT licence and the note on third-party licences (text)
;   THIRD     the third-party licences, as the About page lists them (JSON)
;   ICON      the programs' icon (.ico)
;   OUTFILE   the installer to write
; Per user, no administrator rights: the programs go to %LOCALAPPDATA%\Programs\Solewise,
; the Start menu shortcut carries the AppUserModelID toasts are shown under, and the
; uninstaller (also in Settings > Apps) removes the programs and keeps the user's data
; (%APPDATA%\app.solewise.desktop).

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define NAME "Solewise"
!define IDENTIFIER "app.solewise.desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${IDENTIFIER}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
; The MIT licence asks nothing of someone who installs: the page shows it and goes on.
!define MUI_LICENSEPAGE_TEXT_TOP "Solewise is free software, under the MIT licence:"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "Nothing here needs agreeing to. The third-party licences are in the installed folder, and on the About page."
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_FINISHPAGE_RUN "$INSTDIR\solewise-window.exe"
!insertmacro MUI_PAGE_LICENSE "${LICENCE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; Sets the AppUserModelID of the shortcut at $0 through the shell's own interfaces
; (IShellLinkW, IPersistFile, IPropertyStore: PKEY_AppUserModel_ID), so that Windows
; shows the daemon's toasts as Solewise's.
Function SetAppUserModelId
  System::Call 'ole32::CoInitialize(p 0)'
  System::Call 'ole32::CoCreateInstance(g "{00021401-0000-0000-C000-000000000046}", p 0, i 1, g "{000214F9-0000-0000-C000-000000000046}", *p .r1) i .r2'
  ${If} $2 = 0
    System::Call '$1->0(g "{0000010b-0000-0000-C000-000000000046}", *p .r3) i .r2'
    ${If} $2 = 0
      System::Call '$3->5(w r0, i 2) i .r2'
      ${If} $2 = 0
        System::Call '$1->0(g "{886D8EEB-8CF2-4446-8D02-CDBA1DBDCF99}", *p .r4) i .r2'
        ${If} $2 = 0
          System::Call '*(g "{9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}", i 5) p .r5'
          System::Call '*(&w64 "${IDENTIFIER}") p .r6'
          System::Call '*(&i2 31, &i2 0, &i2 0, &i2 0, p r6, p 0) p .r7'
          System::Call '$4->6(p r5, p r7) i .r2'
          ${If} $2 = 0
            System::Call '$4->7() i .r2'
          ${EndIf}
          ${If} $2 = 0
            System::Call '$3->6(p 0, i 1) i .r2'
          ${EndIf}
          DetailPrint "AppUserModelID of the shortcut: ${IDENTIFIER} (result $2)"
          System::Free $7
          System::Free $6
          System::Free $5
          System::Call '$4->2()'
        ${EndIf}
      ${EndIf}
      System::Call '$3->2()'
    ${EndIf}
    System::Call '$1->2()'
  ${EndIf}
  System::Call 'ole32::CoUninitialize()'
FunctionEnd

Section "Solewise"
  SetShellVarContext current
  ; A daemon from an earlier install holds its program file: ask it to stop first.
  IfFileExists "$INSTDIR\solewise.exe" 0 +2
    nsExec::Exec '"$INSTDIR\solewise.exe" quit'
  SetOutPath "$INSTDIR"
  File "/oname=solewise.exe" "${DAEMON}"
  File "/oname=solewise-window.exe" "${WINDOW}"
  File "/oname=LICENCE.txt" "${LICENCE}"
  File "/oname=third-party-licences.json" "${THIRD}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\solewise-window.exe" "" "$INSTDIR\solewise-window.exe" 0
  StrCpy $0 "$SMPROGRAMS\${NAME}.lnk"
  Call SetAppUserModelId

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Solewise authors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\solewise-window.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; The tray daemon holds its program file while it runs.
  nsExec::Exec '"$INSTDIR\solewise.exe" quit'
  Delete "$INSTDIR\solewise.exe"
  Delete "$INSTDIR\solewise-window.exe"
  Delete "$INSTDIR\LICENCE.txt"
  Delete "$INSTDIR\third-party-licences.json"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${NAME}.lnk"
  ; Start at login named the daemon; it is gone now. The user's data stays.
  DeleteRegValue HKCU "${RUN_KEY}" "${NAME}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
