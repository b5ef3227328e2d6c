# Warning and sanitizer flags, applied PRIVATE to bangfu's own targets only.
function(bangfu_target_flags target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(BANGFU_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(BANGFU_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${BANGFU_SANITIZE} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${BANGFU_SANITIZE})
  endif()
endfunction()
