# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_POST_BUILD_SCRIPTS hook: signs the finished .dmg, has Apple notarize it and
# staples the ticket to it, so Gatekeeper opens it offline. Environment:
#   BS_SIGN_MACOS_IDENTITY  as for sign-app.cmake
#   BS_NOTARY_PROFILE       a notarytool keychain profile (xcrun notarytool store-credentials), or
#   BS_NOTARY_APPLE_ID, BS_NOTARY_TEAM_ID, BS_NOTARY_PASSWORD (an app-specific password)
include("${CPACK_BS_SIGNING_SCRIPT}")
bs_sign_wanted(sign DragNDrop BS_SIGN_MACOS_IDENTITY)
if(NOT sign)
    return()
endif()
set(identity "$ENV{BS_SIGN_MACOS_IDENTITY}")
if(NOT "$ENV{BS_NOTARY_PROFILE}" STREQUAL "")
    set(credentials --keychain-profile "$ENV{BS_NOTARY_PROFILE}")
elseif(NOT "$ENV{BS_NOTARY_APPLE_ID}" STREQUAL "")
    set(credentials --apple-id "$ENV{BS_NOTARY_APPLE_ID}" --team-id "$ENV{BS_NOTARY_TEAM_ID}"
        --password "$ENV{BS_NOTARY_PASSWORD}")
else()
    set(credentials "")
endif()
foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
    bs_sign_run(codesign --force --timestamp --sign "${identity}" "${dmg}")
    if(NOT credentials)
        message(STATUS "sign: no BS_NOTARY_PROFILE or BS_NOTARY_APPLE_ID: ${dmg} is signed but NOT notarized")
        continue()
    endif()
    bs_sign_run(xcrun notarytool submit "${dmg}" ${credentials} --wait)
    bs_sign_run(xcrun stapler staple "${dmg}")
    bs_sign_run(xcrun stapler validate "${dmg}")
endforeach()
