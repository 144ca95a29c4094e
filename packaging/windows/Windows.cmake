# Windows: the executable's icon, windeployqt for the Qt side, and the non-Qt DLLs
# (gumbo, uchardet, md4c, poppler and its dependencies, KF6SyntaxHighlighting) next to them.
# Not buildable on this project's CI machines; reviewed by hand, built by .github/workflows.

# The icon resource: the .ico is rendered at build time, so the .rc waits for it.
set(fc_rc ${CMAKE_CURRENT_BINARY_DIR}/factcheck-workbench.rc)
file(WRITE ${fc_rc} "IDI_ICON1 ICON \"${FC_ICON_DIR}/${FC_APP_ID}.ico\"\n")
# Source properties are per directory: set them where the target lives (app/workbench).
set_source_files_properties(${fc_rc} TARGET_DIRECTORY factcheck-workbench
                            PROPERTIES OBJECT_DEPENDS "${FC_ICON_DIR}/${FC_APP_ID}.ico")
target_sources(factcheck-workbench PRIVATE ${fc_rc})
add_dependencies(factcheck-workbench factcheck_icons)

# windeployqt, once per executable; both live in bin\ and share the deployed Qt.
qt_generate_deploy_app_script(TARGET factcheck-workbench OUTPUT_SCRIPT fc_deploy_gui
                              NO_UNSUPPORTED_PLATFORM_ERROR)
qt_generate_deploy_app_script(TARGET factcheck OUTPUT_SCRIPT fc_deploy_cli
                              NO_UNSUPPORTED_PLATFORM_ERROR NO_TRANSLATIONS)
install(SCRIPT ${fc_deploy_gui})
install(SCRIPT ${fc_deploy_cli})

# windeployqt copies Qt only. The other DLLs are found in the dependency prefixes' bin\
# folders (CMAKE_PREFIX_PATH: vcpkg's installed tree and the prefix poppler and KF6 were
# built into) and copied beside the executables.
set(fc_dll_dirs "")
foreach(prefix ${CMAKE_PREFIX_PATH})
  list(APPEND fc_dll_dirs "${prefix}/bin")
endforeach()
install(CODE "
  file(GET_RUNTIME_DEPENDENCIES
       EXECUTABLES \"$<TARGET_FILE:factcheck-workbench>\" \"$<TARGET_FILE:factcheck>\"
       RESOLVED_DEPENDENCIES_VAR fc_resolved
       UNRESOLVED_DEPENDENCIES_VAR fc_unresolved
       DIRECTORIES ${fc_dll_dirs}
       PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
       POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\")
  foreach(dll \${fc_resolved})
    file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  endforeach()
  if(fc_unresolved)
    message(WARNING \"factcheck: DLLs not found for deployment: \${fc_unresolved}\")
  endif()")
