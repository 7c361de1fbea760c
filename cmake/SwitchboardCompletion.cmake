# cmake -DBINARY=switchboard -DOUTPUT=file -P SwitchboardCompletion.cmake
# Writes the bash completion script the program prints; a failure fails the build.
get_filename_component(directory ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${directory})
execute_process(COMMAND ${BINARY} --completion bash
    OUTPUT_FILE ${OUTPUT}.new RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "switchboard --completion bash failed (${result}): ${errors}")
endif()
file(RENAME ${OUTPUT}.new ${OUTPUT})
