# Fails when libbangfu exports a symbol that is not bangfu's own API.
#   cmake -DNM=<nm> -DLIB=<libbangfu.so> -DHEADER=<capi/bangfu.h> -P check_exports.cmake
#
# Allowed: the C ABI (bf_*), the C++ API (demangled names starting with bangfu::, and the
# typeinfo / typeinfo name / vtable of bangfu's classes), and the linker's markers.
# Foreign: everything else (SQLite, SQLiteCpp, nlohmann::json, Boost, libxlsxwriter, the
# standard library's template instances, ...), any bangfu:: symbol whose signature mentions
# SQLite, nlohmann or libxlsxwriter (internal types must not leak through the API), and
# bangfu's internal namespaces and the Engine's private Impl.
# Also checks that every function declared BF_API in bangfu.h is exported, and that no bf_
# symbol is exported without being declared there.
foreach(v NM LIB HEADER)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_exports.cmake: -D${v}=... is required")
  endif()
endforeach()

execute_process(COMMAND ${NM} -D --defined-only --demangle ${LIB}
                OUTPUT_VARIABLE out ERROR_VARIABLE errout RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIB}: ${errout}")
endif()

string(REPLACE ";" "<semicolon>" out "${out}")
string(REPLACE "\n" ";" lines "${out}")

set(markers _init _fini _edata _end __bss_start)
set(foreign "")
set(exported_c "")
set(cxx_count 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  # "<address> <type> <name>"; the name may contain spaces once demangled.
  if(NOT line MATCHES "^[0-9a-fA-F]* *[A-Za-z] (.+)$")
    list(APPEND foreign "unparsed nm line: ${line}")
    continue()
  endif()
  set(name "${CMAKE_MATCH_1}")
  string(REGEX REPLACE "@.*$" "" name "${name}")  # version suffix, if any
  if(name MATCHES "^bf_[a-z0-9_]+$")
    list(APPEND exported_c "${name}")
    continue()
  endif()
  list(FIND markers "${name}" marker)
  if(NOT marker EQUAL -1)
    continue()
  endif()
  if(NOT name MATCHES "^(bangfu::|typeinfo for bangfu::|typeinfo name for bangfu::|vtable for bangfu::)")
    list(APPEND foreign "${name}")
  elseif(name MATCHES "[Ss][Qq][Ll][Ii][Tt][Ee]|nlohmann|lxw|xlsxwriter")
    list(APPEND foreign "${name}   (an internal library's type in bangfu's API)")
  elseif(name MATCHES "^(typeinfo for |typeinfo name for |vtable for )?bangfu::(internal|store|json|capi|commands|Engine::Impl)::")
    list(APPEND foreign "${name}   (bangfu internals)")
  else()
    math(EXPR cxx_count "${cxx_count} + 1")
  endif()
endforeach()

# The C functions the header declares.
file(READ ${HEADER} header)
string(REGEX MATCHALL "BF_API[^;{}()]*[ *](bf_[a-z0-9_]+)[ ]*\\(" decls "${header}")
set(declared "")
foreach(d IN LISTS decls)
  string(REGEX MATCH "bf_[a-z0-9_]+[ ]*\\($" fn "${d}")
  string(REGEX REPLACE "[ ]*\\($" "" fn "${fn}")
  list(APPEND declared "${fn}")
endforeach()

set(problems "")
foreach(fn IN LISTS declared)
  list(FIND exported_c "${fn}" i)
  if(i EQUAL -1)
    list(APPEND problems "declared in bangfu.h but not exported: ${fn}")
  endif()
endforeach()
foreach(fn IN LISTS exported_c)
  list(FIND declared "${fn}" i)
  if(i EQUAL -1)
    list(APPEND problems "exported but not declared in bangfu.h: ${fn}")
  endif()
endforeach()
list(LENGTH declared n_declared)
list(LENGTH exported_c n_c)
if(n_declared LESS 40)
  list(APPEND problems "found only ${n_declared} BF_API declarations in ${HEADER}; is the parser broken?")
endif()
if(cxx_count EQUAL 0)
  list(APPEND problems "no bangfu:: C++ symbol is exported")
endif()
foreach(f IN LISTS foreign)
  string(REPLACE "<semicolon>" ";" f "${f}")
  list(APPEND problems "foreign export: ${f}")
endforeach()

if(problems)
  list(LENGTH problems n)
  string(REPLACE ";" "\n  " text "${problems}")
  message(FATAL_ERROR "${LIB}: ${n} problem(s) with exported symbols:\n  ${text}")
endif()
message(STATUS "${LIB}: ${n_c} C functions (all declared in bangfu.h) and ${cxx_count} bangfu C++ symbols exported; nothing foreign")
