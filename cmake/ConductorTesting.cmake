# SPDX-FileCopyrightText: 2026 I2S Studio
# SPDX-License-Identifier: GPL-3.0-or-later
#
# conductor_add_test(NAME tst_x SOURCES a.cpp ... [LIBS ...] [GUI] [TIMEOUT s])
# One Qt Test executable per class or feature, registered with CTest. Every test runs
# with its own HOME and XDG folders so that no test reads or writes the user's files;
# GUI tests run on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

function(conductor_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE conductor_options conductor_testsupport Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${T_NAME}")
    set(env
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share"
        "XDG_CACHE_HOME=${home}/.cache"
        "LANG=C.UTF-8"
        "LC_ALL=C.UTF-8"
        "CONDUCTOR_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "CONDUCTOR_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
endfunction()
