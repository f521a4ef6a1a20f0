# SPDX-License-Identifier: GPL-3.0-or-later
# Puts the Qt runtime of the desktop app (Qt libraries, plugins, QML modules) into the
# install tree through Qt's CMake deploy API, so that CPack packages it: windeployqt on
# Windows, macdeployqt into BackendShield.app on macOS. On Linux the .deb uses Debian's
# Qt through its Depends, and Qt's script only says that it skips.
#
# Qt finds the QML modules to deploy by scanning the app's QML for imports, starting in
# the app target's source directory (app/gui). Our views are in qml/ (a static QML module
# linked into the app), so the scan needs qml/ as an extra root. Qt reads that root from
# QT_QML_IMPORT_SCANNER_EXTRA_ROOT_PATHS while it finalises the target, at the end of
# app/gui/CMakeLists.txt and so before this file runs: the windows and macos presets set
# it as a cache variable. BS_DEPLOY_REQUIRED_QML below checks the result at install time.
include_guard(GLOBAL)

set(BS_QML_SCAN_ROOT "${PROJECT_SOURCE_DIR}/qml")
# The QML modules the views import (qml/**/*.qml) that must end up in the installer.
set(BS_DEPLOY_REQUIRED_QML QtQuick QtQuick/Controls QtQuick/Layouts QtQuick/Dialogs QtCharts)

# Whether Qt's deploy scan will see qml/; a configure error on Windows and macOS if not,
# because an installer without QtQuick would build fine and fail only on the user's desk.
function(bs_check_qml_scan_root system qt_version roots)
    if(NOT system MATCHES "^(Windows|Darwin)$")
        return()
    endif()
    if(qt_version VERSION_LESS 6.5)
        message(FATAL_ERROR "The Windows and macOS installers are made with Qt 6.5 or newer "
            "(Qt ${qt_version} found): the QML scan root below needs a Qt that reads it.")
    endif()
    set(found FALSE)
    foreach(root IN LISTS roots)
        file(TO_CMAKE_PATH "${root}" root)
        string(REGEX REPLACE "/+$" "" root "${root}")
        if(root STREQUAL BS_QML_SCAN_ROOT)
            set(found TRUE)
        endif()
    endforeach()
    if(NOT found)
        message(FATAL_ERROR "Qt's QML import scan would miss the views in ${BS_QML_SCAN_ROOT}: "
            "configure with the windows or macos preset, or pass "
            "-DQT_QML_IMPORT_SCANNER_EXTRA_ROOT_PATHS=${BS_QML_SCAN_ROOT}")
    endif()
endfunction()

function(bs_add_qt_deploy target)
    bs_check_qml_scan_root("${CMAKE_SYSTEM_NAME}" "${Qt6_VERSION}"
        "${QT_QML_IMPORT_SCANNER_EXTRA_ROOT_PATHS}")
    # Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_LESS 6.5)
        set(script_option FILENAME_VARIABLE)
    else()
        set(script_option OUTPUT_SCRIPT)
    endif()
    qt_generate_deploy_qml_app_script(TARGET ${target} ${script_option} deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${deploy_script}")

    # After the deploy step: the QML modules the views import must be in the install tree.
    if(QT6_IS_SHARED_LIBS_BUILD AND CMAKE_SYSTEM_NAME MATCHES "^(Windows|Darwin)$")
        if(APPLE)
            set(qml_dir "$<TARGET_FILE_NAME:${target}>.app/Contents/Resources/qml")
        else()
            set(qml_dir "qml")
        endif()
        set(dll_check "")
        if(WIN32)
            # dumpbin reads the DLL imports; it sits next to MSVC's link.exe.
            get_filename_component(msvc_bin "${CMAKE_LINKER}" DIRECTORY)
            set(dll_check "
            set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
            set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
            set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${msvc_bin}/dumpbin.exe\")
            set(BS_LIBRARY_DIR \"\${prefix}/${CMAKE_INSTALL_BINDIR}\")
            set(BS_EXECUTABLES \"\${BS_LIBRARY_DIR}/$<TARGET_FILE_NAME:${target}>;\${BS_LIBRARY_DIR}/$<TARGET_FILE_NAME:bshield>\")
            set(BS_SYSTEM_LIBRARIES \"^[A-Za-z]:/[Ww][Ii][Nn][Dd][Oo][Ww][Ss]/\")")
        endif()
        install(CODE "
            set(prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
            set(BS_QML_DIR \"\${prefix}/${qml_dir}\")
            set(BS_QML_MODULES \"${BS_DEPLOY_REQUIRED_QML}\")${dll_check}
            include(\"${CMAKE_CURRENT_FUNCTION_LIST_DIR}/qt-deploy-check.cmake\")")
    endif()
endfunction()

# Script mode (tests/package/check_platform_cmake.cmake) only wants the functions.
if(NOT CMAKE_SCRIPT_MODE_FILE)
    bs_add_qt_deploy(backendshield)
endif()
