# SPDX-License-Identifier: GPL-3.0-or-later
# Code signing, run by cpack around each package: before (the files in the staging tree)
# and after (the finished installer). The hooks sign only for their own generator and only
# when the maintainer's signing environment is set; without it they print that the
# package is unsigned. Variables, commands and what the CI workflow does: docs/packaging.md.
# (.deb files are signed outside CPack, with debsigs or by the apt repository.)
set(CPACK_PRE_BUILD_SCRIPTS
    "${CMAKE_CURRENT_LIST_DIR}/windows/sign-files.cmake"
    "${CMAKE_CURRENT_LIST_DIR}/macos/sign-app.cmake")
set(CPACK_POST_BUILD_SCRIPTS
    "${CMAKE_CURRENT_LIST_DIR}/windows/sign-installer.cmake"
    "${CMAKE_CURRENT_LIST_DIR}/macos/notarize-dmg.cmake")
# The hooks run in cpack, which sees only CPACK_* variables.
set(CPACK_BS_SIGNING_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/signing-run.cmake")
set(CPACK_BS_MACOS_ENTITLEMENTS "${CMAKE_CURRENT_LIST_DIR}/macos/entitlements.plist")
