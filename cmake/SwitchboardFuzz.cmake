# switchboard_add_fuzz_target(NAME x SOURCE fuzz_x.cpp LIBS libs... [SEEDS paths...] [ROUNDS n]
#                             [MAX_LEN bytes] [LABELS ...])
# A fuzz target defines LLVMFuzzerTestOneInput. Everywhere it gets a ctest,
# tst_fuzz_x, that replays its regression corpus (tests/fuzz/corpus/x: every
# input that once crashed it stays there) and its SEEDS, then ROUNDS seeded
# mutations (fuzzdriver.cpp). In the "fuzz" preset (Clang with
# SWITCHBOARD_FUZZ, libraries built with ASan + UBSan + coverage) it is also
# a libFuzzer binary, fuzz_x, with a runner, fuzz/run_x.sh SECONDS SCRATCH,
# that ./scripts/test calls: new inputs go to SCRATCH, never to the sources.
function(switchboard_add_fuzz_target)
    cmake_parse_arguments(F "" "NAME;SOURCE;ROUNDS;MAX_LEN" "LIBS;SEEDS;LABELS" ${ARGN})
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus/${F_NAME})
    if(NOT F_ROUNDS)
        set(F_ROUNDS 20000)
    endif()
    # libFuzzer's longest input: longer seeds are cut, so keep it near what the target reads.
    if(NOT F_MAX_LEN)
        set(F_MAX_LEN 65536)
    endif()

    add_library(fuzz_${F_NAME}_target OBJECT ${F_SOURCE})
    target_link_libraries(fuzz_${F_NAME}_target PUBLIC ${F_LIBS} PRIVATE switchboard_warnings)
    target_include_directories(fuzz_${F_NAME}_target PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(fuzz_${F_NAME}_target PRIVATE
        SWITCHBOARD_TESTDATA_DIR="${SWITCHBOARD_TESTDATA_DIR}")

    add_executable(tst_fuzz_${F_NAME} ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzzdriver.cpp)
    target_link_libraries(tst_fuzz_${F_NAME} PRIVATE fuzz_${F_NAME}_target switchboard_warnings)
    add_test(NAME tst_fuzz_${F_NAME} COMMAND tst_fuzz_${F_NAME} ${F_ROUNDS} ${corpus} ${F_SEEDS})
    set_tests_properties(tst_fuzz_${F_NAME} PROPERTIES LABELS "fuzz;${F_LABELS}" TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

    if(SWITCHBOARD_FUZZ)
        add_executable(fuzz_${F_NAME})
        target_link_libraries(fuzz_${F_NAME} PRIVATE fuzz_${F_NAME}_target)
        target_link_options(fuzz_${F_NAME} PRIVATE -fsanitize=fuzzer)
        add_dependencies(fuzzers fuzz_${F_NAME})
        set(seeds "")
        foreach(seed ${F_SEEDS})
            string(APPEND seeds " \"${seed}\"")
        endforeach()
        file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/fuzz/run_${F_NAME}.sh CONTENT
"#!/usr/bin/env bash
# Runs fuzz_${F_NAME} for $1 seconds; new inputs go to $2/${F_NAME}, a crash to $2/crash-${F_NAME}-*.
set -euo pipefail
mkdir -p \"$2/${F_NAME}\"
exec \"$<TARGET_FILE:fuzz_${F_NAME}>\" -max_total_time=\"$1\" -max_len=${F_MAX_LEN} -timeout=20 \\
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix=\"$2/crash-${F_NAME}-\" \\
    \"$2/${F_NAME}\" \"${corpus}\"${seeds}
")
    endif()
endfunction()
