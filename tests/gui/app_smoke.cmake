# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the real app offscreen once per page, lets it render, saves a
# screenshot and checks that a window of the expected size was drawn.
# Inputs: APP, OUT_DIR, WORK_DIR.
file(MAKE_DIRECTORY ${OUT_DIR} ${WORK_DIR})
# A private settings store and runtime dir, so the test never touches the user's.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_CONFIG_HOME} ${WORK_DIR}/config)
set(ENV{XDG_DATA_HOME} ${WORK_DIR}/data)
set(ENV{XDG_RUNTIME_DIR} ${WORK_DIR}/runtime)
file(MAKE_DIRECTORY ${WORK_DIR}/runtime)
file(CHMOD ${WORK_DIR}/runtime PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

# A fresh profile directory: the app opens on onboarding (pages with a real profile are
# shot by e2e_gui_provider against the devnet).
foreach(page welcome)
    set(png ${OUT_DIR}/${page}.png)
    file(REMOVE ${png})
    execute_process(
        COMMAND ${APP} --profiles ${WORK_DIR}/profiles --screenshot ${png}
        RESULT_VARIABLE rc
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err
        TIMEOUT 60)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "app failed on page ${page} (exit ${rc}):\n${out}\n${err}")
    endif()
    # QML warnings mean a broken binding or a missing module: fail on them.
    if(err MATCHES "qrc:/|QML|ReferenceError|TypeError|is not installed")
        message(FATAL_ERROR "QML warnings on page ${page}:\n${err}")
    endif()
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "no screenshot for page ${page}")
    endif()
    file(SIZE ${png} size)
    if(size LESS 10000)
        message(FATAL_ERROR "screenshot of ${page} is only ${size} bytes: nothing was drawn")
    endif()
    # PNG header: width and height are big-endian at bytes 16..23.
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING ${header} 32 8 w_hex)
    string(SUBSTRING ${header} 40 8 h_hex)
    math(EXPR width "0x${w_hex}")
    math(EXPR height "0x${h_hex}")
    if(width LESS 1024 OR height LESS 700)
        message(FATAL_ERROR "window of page ${page} is ${width}x${height}, below the 1024x700 minimum")
    endif()
    message(STATUS "page ${page}: ${width}x${height}, ${png}")
endforeach()
