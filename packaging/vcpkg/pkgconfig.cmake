# SPDX-License-Identifier: GPL-3.0-or-later
# Lets the top-level CMakeLists.txt find vcpkg's libraries the way it finds Debian's, with
# pkg_check_modules (gmp, gmpxx, sqlcipher, libsecp256k1). The windows and macos presets
# load it through CMAKE_PROJECT_TOP_LEVEL_INCLUDES: inside the first project() call, right
# after the vcpkg toolchain has installed the packages of vcpkg.json.
#  - pkg-config itself: vcpkg's pkgconf (a host dependency in vcpkg.json).
#  - gmp, gmpxx, sqlcipher: vcpkg installs their .pc files in <installed>/<triplet>/lib/pkgconfig,
#    which pkg_check_modules searches because the toolchain puts <installed>/<triplet> on
#    CMAKE_PREFIX_PATH.
#  - libsecp256k1: vcpkg's port installs a CMake package (unofficial-secp256k1) and no .pc,
#    so one is written here for the same library.
#  - sqlcipher on macOS: vcpkg's port builds on Windows only; Homebrew's is used there.
include_guard(GLOBAL)

function(bs_vcpkg_pkgconfig installed_dir triplet host_triplet shim_dir)
    set(prefix "${installed_dir}/${triplet}")
    if(NOT PKG_CONFIG_EXECUTABLE)
        find_program(bs_pkgconf NAMES pkgconf pkg-config
            PATHS "${installed_dir}/${host_triplet}/tools/pkgconf" NO_DEFAULT_PATH)
        if(bs_pkgconf)
            set(PKG_CONFIG_EXECUTABLE "${bs_pkgconf}" CACHE FILEPATH "pkg-config (vcpkg's pkgconf)")
        endif()
    endif()

    if(NOT EXISTS "${prefix}/include/secp256k1_recovery.h")
        message(FATAL_ERROR "vcpkg's secp256k1 has no recovery module header in ${prefix}/include")
    endif()
    file(MAKE_DIRECTORY "${shim_dir}")
    file(WRITE "${shim_dir}/libsecp256k1.pc"
        "# Written by packaging/vcpkg/pkgconfig.cmake for vcpkg's secp256k1 port.\n"
        "prefix=${prefix}\n"
        "libdir=\${prefix}/lib\n"
        "includedir=\${prefix}/include\n"
        "\n"
        "Name: libsecp256k1\n"
        "Description: Optimized C library for EC operations on curve secp256k1 (vcpkg)\n"
        "Version: 0.0.0\n"
        "Libs: -L\${libdir} -lsecp256k1\n"
        "Cflags: -I\${includedir}\n")
    set(path "${shim_dir}")

    if(NOT EXISTS "${prefix}/lib/pkgconfig/sqlcipher.pc" AND CMAKE_HOST_APPLE)
        find_program(bs_brew brew PATHS /opt/homebrew/bin /usr/local/bin)
        if(bs_brew)
            execute_process(COMMAND "${bs_brew}" --prefix sqlcipher
                OUTPUT_VARIABLE brew_sqlcipher OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE rc ERROR_QUIET)
        endif()
        if(NOT bs_brew OR NOT rc EQUAL 0 OR NOT EXISTS "${brew_sqlcipher}/lib/pkgconfig/sqlcipher.pc")
            message(FATAL_ERROR "SQLCipher: vcpkg builds it on Windows only; on macOS install "
                "Homebrew's: brew install sqlcipher")
        endif()
        list(APPEND path "${brew_sqlcipher}/lib/pkgconfig")
    endif()

    if(CMAKE_HOST_WIN32)
        set(sep ";")
    else()
        set(sep ":")
    endif()
    list(JOIN path "${sep}" joined)
    if(NOT "$ENV{PKG_CONFIG_PATH}" STREQUAL "")
        string(APPEND joined "${sep}$ENV{PKG_CONFIG_PATH}")
    endif()
    set(ENV{PKG_CONFIG_PATH} "${joined}")
    message(STATUS "pkg-config for vcpkg: ${PKG_CONFIG_EXECUTABLE}, PKG_CONFIG_PATH=${joined}")
endfunction()

if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    if(DEFINED VCPKG_HOST_TRIPLET)
        set(bs_host_triplet "${VCPKG_HOST_TRIPLET}")
    else()
        set(bs_host_triplet "${VCPKG_TARGET_TRIPLET}")
    endif()
    bs_vcpkg_pkgconfig("${VCPKG_INSTALLED_DIR}" "${VCPKG_TARGET_TRIPLET}" "${bs_host_triplet}"
        "${CMAKE_BINARY_DIR}/pkgconfig-vcpkg")
endif()
