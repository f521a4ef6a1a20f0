# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (NSIS generator): per-machine install under Program Files, a
# Start menu entry, an uninstaller, the app's icon on the installer, the uninstaller and
# in "Apps & features". The install tree is bin/ (backendshield.exe, bshield.exe and the
# DLLs), plugins/ and qml/; packaging/qt-deploy.cmake says how it gets there.
set(BS_WINDOWS_ICON "${PROJECT_SOURCE_DIR}/resources/icons/backendshield.ico")
set(CPACK_NSIS_PACKAGE_NAME "BackendShield")
set(CPACK_NSIS_DISPLAY_NAME "BackendShield ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "BackendShield")
set(CPACK_NSIS_MUI_ICON "${BS_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${BS_WINDOWS_ICON}")
# The icon "Apps & features" shows: the one inside the installed executable.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\backendshield.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "backendshield.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
