# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_POST_BUILD_SCRIPTS hook: Authenticode-signs the finished NSIS installer. Same
# environment as sign-files.cmake.
include("${CPACK_BS_SIGNING_SCRIPT}")
bs_sign_wanted(sign NSIS BS_SIGN_WINDOWS_CERT BS_SIGN_WINDOWS_THUMBPRINT)
if(NOT sign)
    return()
endif()
include("${CMAKE_CURRENT_LIST_DIR}/signtool.cmake")
bs_signtool(${CPACK_PACKAGE_FILES})
