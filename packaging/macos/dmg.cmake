# SPDX-License-Identifier: GPL-3.0-or-later
# The macOS disk image (DragNDrop generator): BackendShield.app next to a link to
# /Applications, the .icns as the volume icon.
set(CPACK_DMG_VOLUME_NAME "BackendShield ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# CPACK_PACKAGE_ICON means "volume icon" to DragNDrop but "header bitmap" to NSIS, so it
# is set per generator, at packaging time (packaging/cpack-per-generator.cmake.in).
set(CPACK_BS_DMG_VOLUME_ICON "${PROJECT_SOURCE_DIR}/resources/icons/backendshield.icns")
configure_file(${CMAKE_CURRENT_LIST_DIR}/../cpack-per-generator.cmake.in
    ${PROJECT_BINARY_DIR}/cpack-per-generator.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_BINARY_DIR}/cpack-per-generator.cmake")
