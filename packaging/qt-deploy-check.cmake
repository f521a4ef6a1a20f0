# SPDX-License-Identifier: GPL-3.0-or-later
# Install step after Qt's deploy script (packaging/qt-deploy.cmake): every QML module the
# views import must be in the install tree, or the installer would build fine and the app
# would stop at start with "module ... is not installed".
# Inputs: BS_QML_DIR (the deployed qml directory), BS_QML_MODULES (as paths: QtQuick/Controls).
foreach(module IN LISTS BS_QML_MODULES)
    if(NOT EXISTS "${BS_QML_DIR}/${module}/qmldir")
        message(FATAL_ERROR "Qt's deploy step left out the QML module ${module} "
            "(no ${BS_QML_DIR}/${module}/qmldir): the app would not start.")
    endif()
endforeach()
message(STATUS "QML modules deployed to ${BS_QML_DIR}: ${BS_QML_MODULES}")

# Windows: every DLL the installed executables load must be in the install tree or part of
# Windows. windeployqt brings Qt's; the others (gmp, sqlcipher, OpenSSL) come from vcpkg
# through X_VCPKG_APPLOCAL_DEPS_INSTALL (windows preset). Inputs: BS_EXECUTABLES,
# BS_LIBRARY_DIR (where the DLLs must be), BS_SYSTEM_LIBRARIES (a regex for the system's).
if(BS_EXECUTABLES)
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${BS_EXECUTABLES}
        DIRECTORIES "${BS_LIBRARY_DIR}"
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR missing)
    foreach(library IN LISTS resolved)
        file(TO_CMAKE_PATH "${library}" library)
        cmake_path(IS_PREFIX BS_LIBRARY_DIR "${library}" NORMALIZE inside)
        if(NOT inside AND NOT library MATCHES "${BS_SYSTEM_LIBRARIES}")
            list(APPEND missing "${library}")
        endif()
    endforeach()
    if(missing)
        list(JOIN missing "\n  " missing)
        message(FATAL_ERROR "Libraries the installed executables load that are not in the "
            "install tree (${BS_LIBRARY_DIR}):\n  ${missing}")
    endif()
    message(STATUS "Every library the executables load is installed or part of the system")
endif()
