# SPDX-License-Identifier: GPL-3.0-or-later
# Installers: .deb and .tar.gz on Linux, NSIS (.exe) on Windows, DragNDrop (.dmg) on macOS.
# How each one is made and signed: docs/packaging.md. Included last by the top-level
# CMakeLists.txt, after every target exists.
include(GNUInstallDirs)

if(WIN32)
    # The MSVC runtime DLLs next to the executables, so that no VC++ redistributable has to
    # be installed first; before qt-deploy.cmake, whose install check looks for them.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()
# The Qt runtime and QML modules go into the install tree on Windows and macOS.
include(${CMAKE_CURRENT_LIST_DIR}/qt-deploy.cmake)
# The macOS app bundle: Info.plist and icon.
include(${CMAKE_CURRENT_LIST_DIR}/macos/bundle.cmake)
bs_macos_bundle(backendshield)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.backendshield.BackendShield.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.backendshield.BackendShield.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/backendshield.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME org.backendshield.BackendShield.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/backendshield-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME org.backendshield.BackendShield.png)
    endforeach()
endif()

set(CPACK_PACKAGE_NAME "backendshield")
set(CPACK_PACKAGE_VENDOR "BackendShield")
set(CPACK_PACKAGE_CONTACT "BackendShield developers <dev@backendshield.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "BackendShield")
set(CPACK_PACKAGE_EXECUTABLES "backendshield;BackendShield")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

# Generator settings. Each generator reads only its own, so all are set everywhere: that
# lets Linux lint the NSIS installer for real (tests/package/check_nsis.cmake).
include(${CMAKE_CURRENT_LIST_DIR}/linux/deb.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/macos/dmg.cmake)
# Code signing hooks: they sign only when the signing environment is set (docs/packaging.md).
include(${CMAKE_CURRENT_LIST_DIR}/signing.cmake)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
