// One registration function per builtin-type file; VM::VM calls them in this order.
#pragma once

#include <string>

namespace ls {
class VM;

void init_int_type(VM& vm);       // types_int.cpp   (int, bool)
void init_float_type(VM& vm);     // types_float.cpp
void init_str_type(VM& vm);       // types_str.cpp   (str)
void init_bytes_type(VM& vm);     // types_bytes.cpp
void init_list_type(VM& vm);      // types_list.cpp  (list)
void init_tuple_type(VM& vm);     // types_tuple.cpp
void init_dict_type(VM& vm);      // dict.cpp        (dict and its views)
void init_set_type(VM& vm);       // set.cpp         (set, frozenset)
void init_range_type(VM& vm);     // types_range.cpp (range, slice)
void init_iterators(VM& vm);      // iterators.cpp   (seq iterator, enumerate, zip, map, filter, reversed)
void init_object_types(VM& vm);  // types_object.cpp (object, type, functions, exceptions, generators, super)
void init_builtins(VM& vm);       // builtins.cpp    (print, len, sorted, ...)
void init_module_math(VM& vm);    // module_math.cpp
void init_module_random(VM& vm);  // module_random.cpp
void init_module_time(VM& vm);    // module_time.cpp
void init_module_sys(VM& vm);     // module_sys.cpp
// A module written in Python, compiled into the engine as library code (python_modules.cpp).
void register_python_module(VM& vm, const std::string& name, const char* source);
void init_module_threads(VM& vm); // module_threads.cpp: _lsthread, loopscope, threading, queue, concurrent.futures, multiprocessing
void init_module_asyncio(VM& vm); // module_asyncio.cpp
void init_python_modules(VM& vm); // python_modules.cpp (contextlib, functools, types, gc)
void init_os_errors(VM& vm);      // os_error.cpp (OSError's errno/strerror/filename; more OSError subclasses)
void init_world_modules(VM& vm);  // world_io.cpp (open(), io, _world, aiohttp, aiofiles on the simulated world)

}  // namespace ls
