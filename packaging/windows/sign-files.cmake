# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_PRE_BUILD_SCRIPTS hook: Authenticode-signs every .exe and .dll of the staging tree
# (ours and the deployed Qt libraries) before NSIS packs them. Environment:
#   BS_SIGN_WINDOWS_CERT        the code-signing certificate as a .pfx file, or
#   BS_SIGN_WINDOWS_THUMBPRINT  the SHA-1 thumbprint of one in the certificate store
#   BS_SIGN_WINDOWS_PASSWORD    the .pfx password, if it has one
#   BS_SIGN_TIMESTAMP_URL       RFC 3161 time-stamp server (default: DigiCert's)
#   BS_SIGNTOOL                 signtool.exe, when it is not on PATH
include("${CPACK_BS_SIGNING_SCRIPT}")
bs_sign_wanted(sign NSIS BS_SIGN_WINDOWS_CERT BS_SIGN_WINDOWS_THUMBPRINT
    UNSIGNED "no BS_SIGN_WINDOWS_CERT or BS_SIGN_WINDOWS_THUMBPRINT: the installer is NOT signed")
if(NOT sign)
    return()
endif()
file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${CPACK_TEMPORARY_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_DIRECTORY}/*.dll")
include("${CMAKE_CURRENT_LIST_DIR}/signtool.cmake")
if(files)
    bs_signtool(${files})
endif()
list(LENGTH files count)
message(STATUS "sign: ${count} files signed in ${CPACK_TEMPORARY_DIRECTORY}")
