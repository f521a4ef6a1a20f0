# SPDX-License-Identifier: GPL-3.0-or-later
# Lints the Windows installer on Linux: cpack runs the real NSIS generator with the
# project's settings (packaging/windows/nsis.cmake) and Debian's makensis, around the
# Linux binaries. That checks the NSIS settings, the .ico (makensis refuses a bad one) and
# the signing hooks (dry run); what the installer does on Windows is checked only by the
# windows job of .github/workflows/desktop-installers.yml.
# Inputs: BUILD_DIR, SOURCE_DIR, CPACK.
foreach(tool makensis 7z wrestool identify)
    find_program(path_${tool} ${tool})
    if(NOT path_${tool})
        message(FATAL_ERROR "${tool} is missing: run packaging/linux/install-deps.sh")
    endif()
endforeach()

set(out ${BUILD_DIR}/packages-nsis)
file(REMOVE_RECURSE ${out})
# A fake certificate and password: the signing hooks only print what they would run.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env BS_SIGN_DRY_RUN=1 BS_SIGN_WINDOWS_CERT=test-cert.pfx
        BS_SIGN_WINDOWS_PASSWORD=not-a-real-password
        ${CPACK} -G NSIS -B ${out}
    WORKING_DIRECTORY ${BUILD_DIR}
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G NSIS failed (${rc}):\n${log}")
endif()
file(GLOB exes ${out}/*.exe)
list(LENGTH exes nexe)
if(NOT nexe EQUAL 1)
    message(FATAL_ERROR "expected one installer in ${out}, found: ${exes}\n${log}")
endif()

execute_process(COMMAND file -b ${exes} OUTPUT_VARIABLE kind)
if(NOT kind MATCHES "PE32 executable.*Nullsoft Installer")
    message(FATAL_ERROR "${exes} is not an NSIS installer: ${kind}")
endif()

# The payload: our executables, and the uninstaller NSIS writes.
execute_process(COMMAND 7z l ${exes} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
foreach(entry "bin/backendshield" "bin/bshield" "Uninstall.exe")
    string(FIND "${listing}" "${entry}" at)
    if(rc OR at EQUAL -1)
        message(FATAL_ERROR "the installer lacks ${entry}:\n${listing}")
    endif()
endforeach()

# The installer's own icon is our .ico, with all its sizes.
function(icon_sizes file var)
    execute_process(COMMAND identify -format "%wx%h " ${file} OUTPUT_VARIABLE sizes RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "identify cannot read ${file}")
    endif()
    string(STRIP "${sizes}" sizes)
    set(${var} "${sizes}" PARENT_SCOPE)
endfunction()
set(icons ${out}/icons)
file(MAKE_DIRECTORY ${icons})
execute_process(COMMAND wrestool -x -t 14 -o ${icons} ${exes} RESULT_VARIABLE rc)
file(GLOB extracted ${icons}/*.ico)
if(rc OR NOT extracted)
    message(FATAL_ERROR "no icon resource in ${exes}")
endif()
list(GET extracted 0 extracted)
icon_sizes(${extracted} installer_sizes)
icon_sizes(${SOURCE_DIR}/resources/icons/backendshield.ico ico_sizes)
if(NOT installer_sizes STREQUAL ico_sizes)
    message(FATAL_ERROR "installer icon sizes '${installer_sizes}' differ from backendshield.ico '${ico_sizes}'")
endif()

# The signing hooks ran: before packing, on the staging tree (no Windows binaries in it
# here), and after, on the installer, with the password hidden.
if(NOT log MATCHES "sign: 0 files signed in [^\n]*_CPack_Packages")
    message(FATAL_ERROR "the signing hook did not see the staging tree:\n${log}")
endif()
string(REGEX MATCH "sign \\(dry run\\): signtool.exe sign /fd SHA256 /tr [^ ]+ /td SHA256 /f test-cert.pfx /p \\*\\*\\* [^\n]*\\.exe" signed "${log}")
if(NOT signed)
    message(FATAL_ERROR "the installer signing hook did not run:\n${log}")
endif()
string(FIND "${log}" "not-a-real-password" leaked)
if(NOT leaked EQUAL -1)
    message(FATAL_ERROR "the signing hook printed the certificate password:\n${log}")
endif()
message(STATUS "NSIS installer ok: ${exes} (icon ${installer_sizes})")
