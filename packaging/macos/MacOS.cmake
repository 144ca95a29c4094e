# macOS: the app bundle (Info.plist values, icon), macdeployqt, and the CLI inside the bundle
# so it shares the bundle's frameworks. Not buildable on this project's CI machines; reviewed
# by hand, built by .github/workflows/macos.yml.

set(fc_icns ${FC_ICON_DIR}/${FC_APP_ID}.icns)
# Source properties are per directory: set them where the target lives (app/workbench).
set_source_files_properties(${fc_icns} TARGET_DIRECTORY factcheck-workbench
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
target_sources(factcheck-workbench PRIVATE ${fc_icns})
add_dependencies(factcheck-workbench factcheck_icons)

set_target_properties(factcheck-workbench PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "${FC_APP_NAME}"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${FC_APP_ID}"
    MACOSX_BUNDLE_ICON_FILE "${FC_APP_ID}.icns"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later, the factcheck developers"
    MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}")
set(fc_bundle "factcheck-workbench.app")

# The CLI goes into Contents/MacOS (app/cli installs it to bin/ on the other platforms only).
set_target_properties(factcheck PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
install(TARGETS factcheck RUNTIME DESTINATION "${fc_bundle}/Contents/MacOS")

# macdeployqt over the bundle, with the CLI as an extra executable so its Qt references
# are rewritten to the bundled frameworks too.
qt_generate_deploy_script(TARGET factcheck-workbench OUTPUT_SCRIPT fc_deploy CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${fc_bundle}\"
    ADDITIONAL_EXECUTABLES \"${fc_bundle}/Contents/MacOS/factcheck\"
    GENERATE_QT_CONF)
")
install(SCRIPT ${fc_deploy})

# The disk image opens with the bundle beside a link to /Applications, the usual drag target.
install(CODE "execute_process(COMMAND \${CMAKE_COMMAND} -E create_symlink /Applications
                              \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Applications\")")
