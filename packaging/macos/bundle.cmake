# SPDX-License-Identifier: GPL-3.0-or-later
# The macOS app bundle of the desktop app: our Info.plist template and the .icns icon.
# The target is made with MACOSX_BUNDLE in app/gui; these properties are read when the
# build files are generated, so setting them here, after the target exists, is enough.
set(BS_MACOS_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in")
set(BS_MACOS_ICON "${PROJECT_SOURCE_DIR}/resources/icons/backendshield.icns")

function(bs_macos_bundle target)
    if(NOT APPLE)
        return()
    endif()
    # The template's LSMinimumSystemVersion; the macos preset sets it.
    if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
        message(FATAL_ERROR "Set CMAKE_OSX_DEPLOYMENT_TARGET (the macos preset does), "
            "it is the oldest macOS the app bundle declares.")
    endif()
    get_filename_component(icon_name "${BS_MACOS_ICON}" NAME)
    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${BS_MACOS_INFO_PLIST}"
        MACOSX_BUNDLE_BUNDLE_NAME "BackendShield"
        MACOSX_BUNDLE_ICON_FILE "${icon_name}"
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later"
        MACOSX_BUNDLE_INFO_STRING "BackendShield ${PROJECT_VERSION}")
    # The icon is copied into Contents/Resources of the bundle. Source file properties are
    # per directory: TARGET_DIRECTORY puts them where the target was made (app/gui).
    target_sources(${target} PRIVATE "${BS_MACOS_ICON}")
    set_source_files_properties("${BS_MACOS_ICON}" TARGET_DIRECTORY ${target}
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endfunction()
