# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_PRE_BUILD_SCRIPTS hook: signs BackendShield.app in the staging tree with a
# Developer ID certificate, inside out (libraries, frameworks and plugins first, the app
# last), with the hardened runtime and a secure time stamp, as notarization requires.
# Environment:
#   BS_SIGN_MACOS_IDENTITY  "Developer ID Application: <name> (<team id>)" in the keychain
include("${CPACK_BS_SIGNING_SCRIPT}")
bs_sign_wanted(sign DragNDrop BS_SIGN_MACOS_IDENTITY
    UNSIGNED "no BS_SIGN_MACOS_IDENTITY: the app and disk image are NOT signed")
if(NOT sign)
    return()
endif()
set(identity "$ENV{BS_SIGN_MACOS_IDENTITY}")
file(GLOB_RECURSE apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*.app")
list(FILTER apps INCLUDE REGEX "\\.app$")
if(NOT apps)
    message(FATAL_ERROR "sign: no .app in ${CPACK_TEMPORARY_DIRECTORY}")
endif()
set(codesign codesign --force --timestamp --options runtime --sign "${identity}")
foreach(app IN LISTS apps)
    # Nested code first: a signature covers what is inside it, so inner ones must exist.
    file(GLOB_RECURSE libs LIST_DIRECTORIES false
        "${app}/Contents/*.dylib" "${app}/Contents/*.so")
    file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
    foreach(item IN LISTS libs frameworks)
        bs_sign_run(${codesign} "${item}")
    endforeach()
    bs_sign_run(${codesign} --entitlements "${CPACK_BS_MACOS_ENTITLEMENTS}" "${app}")
    bs_sign_run(codesign --verify --deep --strict --verbose=2 "${app}")
endforeach()
