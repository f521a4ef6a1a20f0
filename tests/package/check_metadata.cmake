# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux desktop metadata, checked with the validators software centres use.
#   CHECK=desktop    desktop-file-validate on the desktop entry
#   CHECK=appstream  appstreamcli validate --strict on the metainfo, and validate-tree on
#                    the tree of the built .deb (metainfo, desktop entry and icons together)
# Inputs: CHECK, SOURCE_DIR, BUILD_DIR.
set(linux ${SOURCE_DIR}/packaging/linux)
set(id org.backendshield.BackendShield)

function(run_validator)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " cmd)
        message(FATAL_ERROR "${cmd} failed (${rc}):\n${out}")
    endif()
    message(STATUS "${out}")
endfunction()

if(CHECK STREQUAL "desktop")
    find_program(DFV desktop-file-validate)
    if(NOT DFV)
        message(FATAL_ERROR "desktop-file-validate is missing: run packaging/linux/install-deps.sh")
    endif()
    # It prints its findings and exits 0 on hints; any output is a finding worth fixing.
    execute_process(COMMAND ${DFV} ${linux}/${id}.desktop
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate (${rc}):\n${out}")
    endif()
    message(STATUS "desktop entry valid: ${linux}/${id}.desktop")
elseif(CHECK STREQUAL "appstream")
    find_program(ASCLI appstreamcli)
    if(NOT ASCLI)
        message(FATAL_ERROR "appstreamcli is missing: run packaging/linux/install-deps.sh")
    endif()
    # --strict fails on warnings too; --no-net: CI may not reach the URLs it would check.
    run_validator(${ASCLI} validate --no-net --strict ${linux}/${id}.metainfo.xml)

    file(GLOB debs ${BUILD_DIR}/packages/*.deb)
    list(LENGTH debs ndeb)
    if(NOT ndeb EQUAL 1)
        message(FATAL_ERROR "expected one .deb in ${BUILD_DIR}/packages, found: ${debs}")
    endif()
    set(tree ${BUILD_DIR}/package-appstream-tree)
    file(REMOVE_RECURSE ${tree})
    file(MAKE_DIRECTORY ${tree})
    execute_process(COMMAND dpkg-deb -x ${debs} ${tree} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "dpkg-deb -x ${debs} failed")
    endif()
    run_validator(${ASCLI} validate-tree --no-net --strict ${tree})
else()
    message(FATAL_ERROR "CHECK must be desktop or appstream, not '${CHECK}'")
endif()
