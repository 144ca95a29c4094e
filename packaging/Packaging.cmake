# CPack: what each platform's package is made of. Included last from packaging/CMakeLists.txt.
#   Linux:   cpack -G DEB (dependencies computed by dpkg-shlibdeps) and -G TGZ
#   Windows: cpack -G NSIS (installer) and -G ZIP; deployment in windows/Windows.cmake
#   macOS:   cpack -G DragNDrop (a .dmg holding the .app bundle); deployment in macos/MacOS.cmake
set(CPACK_PACKAGE_NAME factcheck)
set(CPACK_PACKAGE_VENDOR "The factcheck developers")
set(CPACK_PACKAGE_CONTACT "The factcheck developers <factcheck@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop workbench (factcheck-workbench) and a command-line tool (factcheck) for newsroom
editors who receive several articles about one story and must find, before publishing, where
the sources disagree: dates, figures, names, titles, who said what. Indonesian and English
articles; English and Indonesian interface.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Factcheck")
set(CPACK_PACKAGE_EXECUTABLES "factcheck-workbench;${FC_APP_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB;TGZ")
endif()

# --- Debian package --------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the binaries link are found by dpkg-shlibdeps; nothing is hand-written for them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Only what no linker sees: Qt loads these plugins at run time, and without a platform plugin
# the workbench cannot start at all; Tesseract reads screenshots with the Indonesian and English
# data it loads by name. They are merged with the computed list.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, tesseract-ocr-ind, tesseract-ocr-eng")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-core | fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows installer (NSIS) ----------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "${FC_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${FC_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${FC_ICON_DIR}/${FC_APP_ID}.ico")
set(CPACK_NSIS_MUI_UNIICON "${FC_ICON_DIR}/${FC_APP_ID}.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\factcheck-workbench.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN factcheck-workbench.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The CLI is a real command: offer to put bin\ on PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# .fcproj opens in the workbench: a ProgID under HKCR (the installer runs elevated), removed
# again by the uninstaller; SHChangeNotify makes Explorer pick the association up at once.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".fcproj" "" "Factcheck.Project"
  WriteRegStr HKCR ".fcproj" "Content Type" "application/x-factcheck-project"
  WriteRegStr HKCR "Factcheck.Project" "" "Fact-checking review project"
  WriteRegStr HKCR "Factcheck.Project\DefaultIcon" "" "$INSTDIR\bin\factcheck-workbench.exe,0"
  WriteRegStr HKCR "Factcheck.Project\shell\open\command" "" '"$INSTDIR\bin\factcheck-workbench.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".fcproj" ""
  StrCmp $0 "Factcheck.Project" 0 +2
  DeleteRegKey HKCR ".fcproj"
  DeleteRegKey HKCR "Factcheck.Project"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# --- macOS disk image ------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "${FC_APP_NAME}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
