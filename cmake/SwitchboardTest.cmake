# switchboard_add_test(NAME tst_x SOURCES a.cpp... LABELS unit [LIBS ...] [TIMEOUT s])
# LIBS are the libraries under test (default: all of switchboard_core).
# One Qt Test executable per class under test, registered with CTest.
function(switchboard_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    if(NOT T_LIBS)
        set(T_LIBS switchboard_core)
    endif()
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test switchboard_warnings ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${T_NAME} PRIVATE
        SWITCHBOARD_TESTDATA_DIR="${SWITCHBOARD_TESTDATA_DIR}"
        SWITCHBOARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
        # A test with any function that skipped is reported as skipped, not passed. The
        # pattern needs "0 failed": CTest's skip pattern wins over a failing exit status.
        SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
endfunction()

# A second ctest copy of a test, on PostgreSQL: its directories are fresh
# databases on the server SWITCHBOARD_TEST_POSTGRES names (tests/common/testengine.h).
function(switchboard_add_postgres_copy NAME)
    add_test(NAME ${NAME}_postgres COMMAND ${NAME})
    set_tests_properties(${NAME}_postgres PROPERTIES
        LABELS postgres
        # A database made and migrated per test function costs a second or more.
        TIMEOUT 1200
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;SWITCHBOARD_TEST_ENGINE=postgresql"
        SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
endfunction()
