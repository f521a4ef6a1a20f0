# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and hardening flags for every target of the project, through one
# interface target so third-party code is not affected.
add_library(bs_compiler_flags INTERFACE)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bs_compiler_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
        -fstack-protector-strong
        $<$<CONFIG:Release,RelWithDebInfo>:-D_FORTIFY_SOURCE=2>)
    if(BS_WERROR)
        target_compile_options(bs_compiler_flags INTERFACE -Werror)
    endif()
    if(NOT APPLE)
        target_link_options(bs_compiler_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
elseif(MSVC)
    target_compile_options(bs_compiler_flags INTERFACE /W4 /permissive- /utf-8)
    if(BS_WERROR)
        target_compile_options(bs_compiler_flags INTERFACE /WX)
    endif()
endif()

# asan+ubsan preset
option(BS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(BS_SANITIZE)
    target_compile_options(bs_compiler_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(bs_compiler_flags INTERFACE -fsanitize=address,undefined)
endif()
