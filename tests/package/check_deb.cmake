# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and .tar.gz with CPack and checks what the .deb contains and declares,
# and that packaging the same build again with the same SOURCE_DATE_EPOCH gives the same
# bytes (docs/packaging.md). Inputs: BUILD_DIR, SOURCE_DIR, CPACK (the cpack executable).
# The time of the last commit, as a release build sets it; a fixed time outside git.
execute_process(COMMAND git -C ${SOURCE_DIR} log -1 --format=%ct
    OUTPUT_VARIABLE epoch OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
if(rc OR NOT epoch MATCHES "^[0-9]+$")
    set(epoch 1700000000)
endif()
function(run_cpack dir)
    file(REMOVE_RECURSE ${dir})
    execute_process(COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${epoch}
            ${CPACK} -G "DEB;TGZ" -B ${dir}
        WORKING_DIRECTORY ${BUILD_DIR}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
    endif()
endfunction()
run_cpack(${BUILD_DIR}/packages)
file(GLOB debs ${BUILD_DIR}/packages/*.deb)
file(GLOB tgzs ${BUILD_DIR}/packages/*.tar.gz)
list(LENGTH debs ndeb)
list(LENGTH tgzs ntgz)
if(NOT ndeb EQUAL 1 OR NOT ntgz EQUAL 1)
    message(FATAL_ERROR "expected one .deb and one .tar.gz, got: ${debs} ${tgzs}")
endif()

execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed")
endif()
foreach(path
        ./usr/bin/backendshield
        ./usr/bin/bshield
        ./usr/share/applications/org.backendshield.BackendShield.desktop
        ./usr/share/metainfo/org.backendshield.BackendShield.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/org.backendshield.BackendShield.svg
        ./usr/share/icons/hicolor/256x256/apps/org.backendshield.BackendShield.png)
    string(FIND "${contents}" "${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${path} missing from the .deb:\n${contents}")
    endif()
endforeach()

execute_process(COMMAND dpkg-deb -I ${debs} OUTPUT_VARIABLE info RESULT_VARIABLE rc)
foreach(dep libqt6core6 libqt6quick6 qml6-module-qtquick-controls qml6-module-qtcharts
        qml6-module-qtqml-workerscript qml6-module-qtquick-templates)
    string(FIND "${info}" "${dep}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dep}:\n${info}")
    endif()
endforeach()
foreach(field "Package: backendshield" "Architecture: amd64")
    string(FIND "${info}" "${field}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "control lacks '${field}':\n${info}")
    endif()
endforeach()

run_cpack(${BUILD_DIR}/packages-again)
foreach(kind deb tar.gz)
    file(GLOB first ${BUILD_DIR}/packages/*.${kind})
    file(GLOB again ${BUILD_DIR}/packages-again/*.${kind})
    file(SHA256 ${first} first_hash)
    file(SHA256 ${again} again_hash)
    if(NOT first_hash STREQUAL again_hash)
        message(FATAL_ERROR "packaging the same build twice gave different .${kind} files "
            "(SOURCE_DATE_EPOCH=${epoch}): ${first_hash} and ${again_hash}")
    endif()
endforeach()
file(REMOVE_RECURSE ${BUILD_DIR}/packages-again)
message(STATUS "package ok, the same bytes when packaged again: ${debs}")
