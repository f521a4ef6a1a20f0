# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_POST_BUILD_SCRIPTS hook: Authenticode-signs the finished NSIS installer. Same
# environment as sign-files.cmake.
if(NOT CPACK_GENERATOR STREQUAL "NSIS")
    return()
endif()
include("${CPACK_BS_SIGNING_SCRIPT}")
if("$ENV{BS_SIGN_WINDOWS_CERT}" STREQUAL "" AND "$ENV{BS_SIGN_WINDOWS_THUMBPRINT}" STREQUAL "")
    return()
endif()
include("${CMAKE_CURRENT_LIST_DIR}/signtool.cmake")
bs_signtool(${CPACK_PACKAGE_FILES})
