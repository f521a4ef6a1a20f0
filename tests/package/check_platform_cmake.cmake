# SPDX-License-Identifier: GPL-3.0-or-later
# The parts of the Windows and macOS packaging that do not need those systems, run here in
# CMake script mode with the platform simulated:
#   - the NSIS and DragNDrop settings and the per-generator CPack file,
#   - the Info.plist template, configured as CMake configures it and read by plistlib,
#   - the QML scan root check of packaging/qt-deploy.cmake, with the presets' values,
#   - the vcpkg pkg-config shim, against a fake vcpkg tree and the real pkg-config,
#   - the signing hooks, in dry run.
# Not checked here (only on the OS runners): vcpkg building the libraries, MSVC and
# AppleClang compiling the project, windeployqt/macdeployqt, the .dmg, real signatures.
# Inputs: SOURCE_DIR, WORK_DIR, PYTHON.
cmake_minimum_required(VERSION 3.24)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(expect cond message)
    if(${cond})
    else()
        message(FATAL_ERROR "${message}")
    endif()
endfunction()

# Runs a CMake script in a child process with the given environment; sets <var>_rc and
# <var>_out.
function(run_script var script)
    cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "ENV;DEFS")
    set(defs "")
    foreach(def IN LISTS arg_DEFS)
        list(APPEND defs "-D${def}")
    endforeach()
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${arg_ENV}
            ${CMAKE_COMMAND} ${defs} -P ${script}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    set(${var}_rc ${rc} PARENT_SCOPE)
    set(${var}_out "${out}" PARENT_SCOPE)
endfunction()

# What the real configure would have: the project() values of the top-level CMakeLists.txt.
file(READ ${SOURCE_DIR}/CMakeLists.txt top)
string(REGEX MATCH "VERSION ([0-9]+\\.[0-9]+\\.[0-9]+)" _ "${top}")
set(PROJECT_VERSION ${CMAKE_MATCH_1})
string(REGEX MATCH "HOMEPAGE_URL \"([^\"]+)\"" _ "${top}")
set(PROJECT_HOMEPAGE_URL ${CMAKE_MATCH_1})
set(PROJECT_SOURCE_DIR ${SOURCE_DIR})
set(PROJECT_BINARY_DIR ${WORK_DIR})
set(CPACK_PACKAGE_CONTACT "test <test@example.invalid>")
file(READ ${SOURCE_DIR}/CMakePresets.json presets)

# The value of a cache variable in a configure preset, following "inherits".
function(preset_cache_var preset name var)
    string(JSON count LENGTH "${presets}" configurePresets)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON pname GET "${presets}" configurePresets ${i} name)
        if(NOT pname STREQUAL preset)
            continue()
        endif()
        string(JSON value ERROR_VARIABLE missing GET "${presets}" configurePresets ${i} cacheVariables ${name})
        if(NOT missing)
            string(REPLACE "\${sourceDir}" "${SOURCE_DIR}" value "${value}")
            set(${var} "${value}" PARENT_SCOPE)
            return()
        endif()
        string(JSON parent ERROR_VARIABLE orphan GET "${presets}" configurePresets ${i} inherits)
        if(NOT orphan)
            preset_cache_var(${parent} ${name} value)
            set(${var} "${value}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${var} "" PARENT_SCOPE)
endfunction()

# --- NSIS (Windows installer) settings -------------------------------------------------
include(${SOURCE_DIR}/packaging/windows/nsis.cmake)
foreach(var CPACK_NSIS_MUI_ICON CPACK_NSIS_MUI_UNIICON)
    expect("EXISTS;${${var}}" "${var} (${${var}}) does not exist")
    file(READ ${${var}} head LIMIT 4 HEX)
    expect("head;STREQUAL;00000100" "${var} is not an ICO file (header ${head})")
endforeach()
expect("CPACK_NSIS_INSTALLED_ICON_NAME;MATCHES;^bin.+backendshield\\.exe$"
    "CPACK_NSIS_INSTALLED_ICON_NAME is ${CPACK_NSIS_INSTALLED_ICON_NAME}")
expect("CPACK_NSIS_INSTALL_ROOT;STREQUAL;$PROGRAMFILES64" "the installer must go to 64-bit Program Files")
expect("CPACK_NSIS_DISPLAY_NAME;MATCHES;${PROJECT_VERSION}" "the display name lacks the version")

# --- DragNDrop (macOS disk image) settings ---------------------------------------------
include(${SOURCE_DIR}/packaging/macos/dmg.cmake)
expect("EXISTS;${CPACK_BS_DMG_VOLUME_ICON}" "the DMG volume icon does not exist")
file(READ ${CPACK_BS_DMG_VOLUME_ICON} head LIMIT 4 HEX)
expect("head;STREQUAL;69636e73" "the DMG volume icon is not an .icns file")
expect("EXISTS;${CPACK_PROJECT_CONFIG_FILE}" "no per-generator CPack file was written")
# cpack reads that file once per generator: the volume icon only for DragNDrop, because
# NSIS would take CPACK_PACKAGE_ICON as its header bitmap.
foreach(generator DragNDrop NSIS DEB)
    unset(CPACK_PACKAGE_ICON)
    set(CPACK_GENERATOR ${generator})
    include(${CPACK_PROJECT_CONFIG_FILE})
    if(generator STREQUAL "DragNDrop")
        expect("CPACK_PACKAGE_ICON;STREQUAL;${CPACK_BS_DMG_VOLUME_ICON}" "DragNDrop gets no volume icon")
    else()
        expect("NOT;DEFINED;CPACK_PACKAGE_ICON" "${generator} gets CPACK_PACKAGE_ICON ${CPACK_PACKAGE_ICON}")
    endif()
endforeach()

# --- Info.plist of the app bundle -------------------------------------------------------
# CMake configures the template with the target's MACOSX_BUNDLE_* properties; these are
# the values app/gui/CMakeLists.txt and packaging/macos/bundle.cmake give.
file(READ ${SOURCE_DIR}/app/gui/CMakeLists.txt gui)
string(REGEX MATCH "MACOSX_BUNDLE_GUI_IDENTIFIER ([A-Za-z0-9.]+)" _ "${gui}")
set(MACOSX_BUNDLE_GUI_IDENTIFIER ${CMAKE_MATCH_1})
expect("MACOSX_BUNDLE_GUI_IDENTIFIER" "app/gui/CMakeLists.txt sets no MACOSX_BUNDLE_GUI_IDENTIFIER")
set(MACOSX_BUNDLE_EXECUTABLE_NAME backendshield)
set(MACOSX_BUNDLE_BUNDLE_NAME BackendShield)
set(MACOSX_BUNDLE_ICON_FILE backendshield.icns)
set(MACOSX_BUNDLE_INFO_STRING "BackendShield ${PROJECT_VERSION}")
set(MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
set(MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
set(MACOSX_BUNDLE_COPYRIGHT GPL-3.0-or-later)
preset_cache_var(macos CMAKE_OSX_DEPLOYMENT_TARGET CMAKE_OSX_DEPLOYMENT_TARGET)
expect("CMAKE_OSX_DEPLOYMENT_TARGET" "the macos preset sets no CMAKE_OSX_DEPLOYMENT_TARGET")
include(${SOURCE_DIR}/packaging/macos/bundle.cmake)
expect("EXISTS;${BS_MACOS_ICON}" "bundle icon ${BS_MACOS_ICON} missing")
get_filename_component(icon_name ${BS_MACOS_ICON} NAME)
expect("icon_name;STREQUAL;${MACOSX_BUNDLE_ICON_FILE}" "bundle icon is ${icon_name}")
configure_file(${BS_MACOS_INFO_PLIST} ${WORK_DIR}/Info.plist)
file(READ ${WORK_DIR}/Info.plist plist)
expect("NOT;plist;MATCHES;\\$\\{|@[A-Z_]+@" "Info.plist keeps unexpanded variables")
execute_process(COMMAND ${PYTHON} -c [=[
import plistlib, sys
p = plistlib.load(open(sys.argv[1], 'rb'))
want = {'CFBundleExecutable': 'backendshield', 'CFBundleIconFile': 'backendshield.icns',
        'CFBundleIdentifier': sys.argv[2], 'CFBundlePackageType': 'APPL',
        'CFBundleShortVersionString': sys.argv[3], 'LSMinimumSystemVersion': sys.argv[4],
        'NSPrincipalClass': 'NSApplication', 'NSHighResolutionCapable': True}
bad = {k: p.get(k) for k, v in want.items() if p.get(k) != v}
sys.exit('Info.plist: wrong or missing %r' % bad if bad else 0)
]=] ${WORK_DIR}/Info.plist ${MACOSX_BUNDLE_GUI_IDENTIFIER} ${PROJECT_VERSION}
        ${CMAKE_OSX_DEPLOYMENT_TARGET}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
expect("rc;EQUAL;0" "${err}")
execute_process(COMMAND ${PYTHON} -c
        "import plistlib,sys; e=plistlib.load(open(sys.argv[1],'rb')); sys.exit(0 if e=={'com.apple.security.cs.allow-jit': True} else repr(e))"
        ${SOURCE_DIR}/packaging/macos/entitlements.plist
    RESULT_VARIABLE rc ERROR_VARIABLE err)
expect("rc;EQUAL;0" "entitlements.plist: ${err}")

# --- QML scan root of the Qt deploy step ------------------------------------------------
include(${SOURCE_DIR}/packaging/qt-deploy.cmake)
foreach(preset windows macos)
    preset_cache_var(${preset} QT_QML_IMPORT_SCANNER_EXTRA_ROOT_PATHS roots)
    set(system_windows Windows)
    set(system_macos Darwin)
    # With the preset's value the check passes; without it, or with Qt 6.4, it must stop.
    set(driver ${WORK_DIR}/scan-root.cmake)
    file(WRITE ${driver} "set(PROJECT_SOURCE_DIR ${SOURCE_DIR})\n"
        "include(${SOURCE_DIR}/packaging/qt-deploy.cmake)\n"
        "bs_check_qml_scan_root(\${SYSTEM} \${QT} \"\${ROOTS}\")\n")
    run_script(ok ${driver} DEFS SYSTEM=${system_${preset}} QT=6.8.3 "ROOTS=${roots}")
    expect("ok_rc;EQUAL;0" "preset ${preset}: the QML scan root check fails:\n${ok_out}")
    run_script(none ${driver} DEFS SYSTEM=${system_${preset}} QT=6.8.3 "ROOTS=")
    expect("NOT;none_rc;EQUAL;0" "preset ${preset}: a missing QML scan root is not caught")
    expect("none_out;MATCHES;QT_QML_IMPORT_SCANNER_EXTRA_ROOT_PATHS" "unhelpful message:\n${none_out}")
    run_script(old ${driver} DEFS SYSTEM=${system_${preset}} QT=6.4.2 "ROOTS=${roots}")
    expect("NOT;old_rc;EQUAL;0" "preset ${preset}: Qt 6.4 for an installer is not caught")
endforeach()
run_script(linux ${driver} DEFS SYSTEM=Linux QT=6.4.2 "ROOTS=")
expect("linux_rc;EQUAL;0" "the check must not apply to Linux:\n${linux_out}")

# The install step after Qt's deploy script, against Debian's Qt QML tree (what windeployqt
# and macdeployqt copy from) and against that tree without QtCharts.
set(qt_qml /usr/lib/x86_64-linux-gnu/qt6/qml)
file(MAKE_DIRECTORY ${WORK_DIR}/qml-without-charts)
foreach(module IN LISTS BS_DEPLOY_REQUIRED_QML)
    if(NOT module STREQUAL "QtCharts")
        file(COPY ${qt_qml}/${module}/qmldir DESTINATION ${WORK_DIR}/qml-without-charts/${module})
    endif()
endforeach()
set(driver ${WORK_DIR}/deployed.cmake)
file(WRITE ${driver} "set(BS_QML_MODULES \"${BS_DEPLOY_REQUIRED_QML}\")\n"
    "include(${SOURCE_DIR}/packaging/qt-deploy-check.cmake)\n")
run_script(deployed ${driver} DEFS BS_QML_DIR=${qt_qml})
expect("deployed_rc;EQUAL;0" "the deployed-QML check fails on a complete tree:\n${deployed_out}")
expect("deployed_out;MATCHES;QtQuick/Dialogs.QtCharts" "the check did not see every module:\n${deployed_out}")
run_script(partial ${driver} DEFS BS_QML_DIR=${WORK_DIR}/qml-without-charts)
expect("NOT;partial_rc;EQUAL;0" "a deployed tree without QtCharts is not caught")
expect("partial_out;MATCHES;left out the QML module QtCharts" "unhelpful message:\n${partial_out}")
# The Windows DLL check, exercised on ELF here: cmake itself stands for the executable,
# Debian's /usr/lib for "part of the system". Then with only libc counted as the system,
# so that its other libraries must be reported as missing from the install tree.
file(WRITE ${driver} "set(BS_EXECUTABLES ${CMAKE_COMMAND})\n"
    "set(BS_LIBRARY_DIR ${WORK_DIR}/bin)\n"
    "include(${SOURCE_DIR}/packaging/qt-deploy-check.cmake)\n")
run_script(dlls ${driver} DEFS "BS_SYSTEM_LIBRARIES=^/(usr/)?lib/")
expect("dlls_rc;EQUAL;0" "the library check fails when every library is the system's:\n${dlls_out}")
run_script(nodlls ${driver} DEFS "BS_SYSTEM_LIBRARIES=/libc\\.so")
expect("NOT;nodlls_rc;EQUAL;0" "libraries outside the install tree are not caught:\n${nodlls_out}")
expect("nodlls_out;MATCHES;not in the install tree.*/libstdc\\+\\+\\.so"
    "the library check does not name what is missing:\n${nodlls_out}")

# The list covers every module the views import (qml/**/*.qml), but our own.
file(GLOB_RECURSE views ${SOURCE_DIR}/qml/*.qml)
foreach(view IN LISTS views)
    file(STRINGS ${view} imports REGEX "^import [A-Za-z]")
    foreach(line IN LISTS imports)
        string(REGEX REPLACE "^import ([A-Za-z.]+).*" "\\1" module "${line}")
        string(REPLACE "." "/" module "${module}")
        if(NOT module STREQUAL "BackendShield")
            expect("module;IN_LIST;BS_DEPLOY_REQUIRED_QML"
                "${view} imports ${module}, which BS_DEPLOY_REQUIRED_QML does not check")
        endif()
    endforeach()
endforeach()

# --- vcpkg pkg-config shim --------------------------------------------------------------
foreach(preset windows macos)
    preset_cache_var(${preset} CMAKE_PROJECT_TOP_LEVEL_INCLUDES shim)
    expect("shim;STREQUAL;${SOURCE_DIR}/packaging/vcpkg/pkgconfig.cmake"
        "preset ${preset} does not load the vcpkg pkg-config shim (${shim})")
endforeach()
find_program(PKG_CONFIG pkg-config)
expect("PKG_CONFIG" "pkg-config is missing: run packaging/linux/install-deps.sh")
set(installed ${WORK_DIR}/vcpkg_installed)
file(WRITE ${installed}/x64-windows/include/secp256k1.h "")
file(WRITE ${installed}/x64-windows/include/secp256k1_recovery.h "")
file(WRITE ${installed}/x64-windows/lib/pkgconfig/sqlcipher.pc "")
set(driver ${WORK_DIR}/shim.cmake)
file(WRITE ${driver} "include(${SOURCE_DIR}/packaging/vcpkg/pkgconfig.cmake)\n"
    "bs_vcpkg_pkgconfig(${installed} x64-windows x64-windows ${WORK_DIR}/shim)\n"
    "execute_process(COMMAND ${PKG_CONFIG} --cflags --libs libsecp256k1 RESULT_VARIABLE rc)\n"
    "if(rc)\n  message(FATAL_ERROR \"pkg-config cannot use the shim\")\nendif()\n")
run_script(shim ${driver})
expect("shim_rc;EQUAL;0" "vcpkg pkg-config shim:\n${shim_out}")
expect("shim_out;MATCHES;-I${installed}/x64-windows/include +-L${installed}/x64-windows/lib +-lsecp256k1"
    "the shim's libsecp256k1.pc does not point into vcpkg's tree:\n${shim_out}")
file(REMOVE ${installed}/x64-windows/include/secp256k1_recovery.h)
run_script(norecovery ${driver})
expect("NOT;norecovery_rc;EQUAL;0" "a secp256k1 without the recovery module is not caught")

# --- Signing hooks, dry run ---------------------------------------------------------------
set(stage ${WORK_DIR}/stage)
file(WRITE ${stage}/bin/backendshield.exe "")
file(WRITE ${stage}/bin/Qt6Core.dll "")
file(WRITE ${stage}/qml/QtQuick/qtquick2plugin.dll "")
file(WRITE ${stage}/bin/qt.conf "")
set(hook_defs CPACK_TEMPORARY_DIRECTORY=${stage}
    CPACK_BS_SIGNING_SCRIPT=${SOURCE_DIR}/packaging/signing-run.cmake
    CPACK_BS_MACOS_ENTITLEMENTS=${SOURCE_DIR}/packaging/macos/entitlements.plist)
set(win ${SOURCE_DIR}/packaging/windows)
run_script(unsigned ${win}/sign-files.cmake DEFS CPACK_GENERATOR=NSIS ${hook_defs})
expect("unsigned_out;MATCHES;NOT signed" "without a certificate the hook must say so:\n${unsigned_out}")
run_script(win ${win}/sign-files.cmake DEFS CPACK_GENERATOR=NSIS ${hook_defs}
    ENV BS_SIGN_DRY_RUN=1 BS_SIGN_WINDOWS_THUMBPRINT=0123abcd)
expect("win_rc;EQUAL;0" "Windows signing hook:\n${win_out}")
foreach(file bin/backendshield.exe bin/Qt6Core.dll qml/QtQuick/qtquick2plugin.dll)
    expect("win_out;MATCHES;signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /sha1 0123abcd [^\n]*${stage}/${file}"
        "${file} is not signed with SHA-256 and a time stamp:\n${win_out}")
endforeach()
expect("NOT;win_out;MATCHES;qt.conf" "the hook signs a file that is not code:\n${win_out}")
run_script(deb ${win}/sign-files.cmake DEFS CPACK_GENERATOR=DEB ${hook_defs}
    ENV BS_SIGN_DRY_RUN=1 BS_SIGN_WINDOWS_THUMBPRINT=0123abcd)
expect("NOT;deb_out;MATCHES;signtool" "the Windows hook runs for the DEB generator:\n${deb_out}")

set(app ${stage}/BackendShield.app/Contents)
file(WRITE ${app}/MacOS/backendshield "")
file(WRITE ${app}/Frameworks/QtCore.framework/QtCore "")
file(WRITE ${app}/Frameworks/libgmp.10.dylib "")
file(WRITE ${app}/PlugIns/platforms/libqcocoa.dylib "")
file(WRITE ${app}/Resources/qml/QtQuick/libqtquick2plugin.dylib "")
set(mac ${SOURCE_DIR}/packaging/macos)
set(mac_env BS_SIGN_DRY_RUN=1 "BS_SIGN_MACOS_IDENTITY=Developer ID Application: Test (TEAM123456)")
run_script(app ${mac}/sign-app.cmake DEFS CPACK_GENERATOR=DragNDrop ${hook_defs} ENV ${mac_env})
expect("app_rc;EQUAL;0" "macOS signing hook:\n${app_out}")
string(FIND "${app_out}" "--entitlements" app_at)
foreach(inner Frameworks/QtCore.framework Frameworks/libgmp.10.dylib
        PlugIns/platforms/libqcocoa.dylib Resources/qml/QtQuick/libqtquick2plugin.dylib)
    string(FIND "${app_out}" "--options runtime --sign Developer ID Application: Test (TEAM123456) ${app}/${inner}" at)
    expect("NOT;at;EQUAL;-1" "${inner} is not signed with the hardened runtime:\n${app_out}")
    expect("at;LESS;${app_at}" "${inner} is signed after the app that contains it:\n${app_out}")
endforeach()
expect("app_out;MATCHES;--entitlements ${mac}/entitlements.plist ${stage}/BackendShield.app"
    "the app is not signed with its entitlements:\n${app_out}")
file(WRITE ${WORK_DIR}/BackendShield.dmg "")
run_script(dmg ${mac}/notarize-dmg.cmake
    DEFS CPACK_GENERATOR=DragNDrop ${hook_defs} CPACK_PACKAGE_FILES=${WORK_DIR}/BackendShield.dmg
    ENV ${mac_env} BS_NOTARY_APPLE_ID=dev@example.invalid BS_NOTARY_TEAM_ID=TEAM123456
        BS_NOTARY_PASSWORD=not-a-real-password)
expect("dmg_rc;EQUAL;0" "notarization hook:\n${dmg_out}")
foreach(step "codesign --force --timestamp --sign [^\n]* ${WORK_DIR}/BackendShield.dmg"
        "xcrun notarytool submit ${WORK_DIR}/BackendShield.dmg --apple-id dev@example.invalid --team-id TEAM123456 --password \\*\\*\\* --wait"
        "xcrun stapler staple ${WORK_DIR}/BackendShield.dmg")
    expect("dmg_out;MATCHES;${step}" "notarization hook lacks '${step}':\n${dmg_out}")
endforeach()
expect("NOT;dmg_out;MATCHES;not-a-real-password" "the notarization hook printed the password")

message(STATUS "Windows and macOS packaging logic ok (simulated)")
