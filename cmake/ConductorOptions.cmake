# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target carries the language standard, the warnings and the Qt
# defines for every target of the project, so no directory-wide setting can let a
# file escape them.

add_library(conductor_options INTERFACE)
target_compile_features(conductor_options INTERFACE cxx_std_20)
target_compile_options(conductor_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast)
if(CONDUCTOR_WERROR)
    target_compile_options(conductor_options INTERFACE -Werror)
endif()
target_compile_definitions(conductor_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CONDUCTOR_APP_ID="${CONDUCTOR_APP_ID}")

if(CONDUCTOR_SANITIZE)
    string(REPLACE "," ";" _sanitizers "${CONDUCTOR_SANITIZE}")
    foreach(_s IN LISTS _sanitizers)
        if(NOT _s MATCHES "^(address|undefined|thread|leak)$")
            message(FATAL_ERROR "CONDUCTOR_SANITIZE: unknown sanitizer '${_s}'")
        endif()
    endforeach()
    target_compile_options(conductor_options INTERFACE
        -fsanitize=${CONDUCTOR_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(conductor_options INTERFACE -fsanitize=${CONDUCTOR_SANITIZE})
endif()

# Hardening, as Debian builds its packages (dpkg-buildflags): stack protector and clash
# protection, control-flow protection where the target has it, fortified libc calls when
# optimising (_FORTIFY_SOURCE needs it), and a read-only relocation table bound at start.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckCXXCompilerFlag)
    check_cxx_compiler_flag(-fcf-protection CONDUCTOR_HAS_CF_PROTECTION)
    target_compile_options(conductor_options INTERFACE
        -fstack-protector-strong -fstack-clash-protection
        $<$<BOOL:${CONDUCTOR_HAS_CF_PROTECTION}>:-fcf-protection>)
    if(NOT CONDUCTOR_SANITIZE)
        target_compile_definitions(conductor_options INTERFACE
            $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(conductor_options INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
