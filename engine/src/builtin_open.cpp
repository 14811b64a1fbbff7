// open() on the simulated world's files, and the `io` module's part of it: text files
// (_io.TextIOWrapper: UTF-8, universal newlines on reading) and binary files
// (_io.BufferedReader/Writer/Random), with CPython's modes, methods and error messages. The
// data lives in the run's World (world.h); a write changes it at once for the rest of the run.
// Nothing reaches the host's file system.
//
// Time: each open/read/write costs the world's disk latency plus bytes / bandwidth. For open()
// the thread blocks for that long (block_current_thread_until); aiofiles opens its files
// non-blocking and awaits the same cost instead (file_io.h).
#include "builtin_open.h"

#include "dict.h"

#include "asyncio_core.h"
#include "os_error.h"
#include "str_util.h"
#include "thread_block.h"
#include "trace_recorder.h"
#include "types.h"
#include "world.h"
#include "world_io.h"

namespace ls {

std::string decode_bytes_text(VM& vm, const std::string& data, const std::string& encoding, const std::string& errors);  // types_bytes.cpp

namespace {

// The file types live in the `io` module (made at VM start, see init_builtin_open).
TypeObject* io_type(VM& vm, const char* name) { return vm.getattr(vm.import_module("io"), name).as<TypeObject>(); }

TypeObject* builtin_type(VM& vm, const char* name) {
    Value* v = dict_find_str(vm.builtins.get(), vm.intern(name).get());
    return v->as<TypeObject>();
}

FileObject* self_file(VM& vm, Args args, const char* method) {
    if (args.size() == 0 || !is_file_object(vm, args[0]))
        vm.type_error(std::string("descriptor '") + method + "' requires a file object");
    return args[0].as<FileObject>();
}

void check_open(VM& vm, FileObject* f) {
    if (f->closed) vm.value_error("I/O operation on closed file.");
}

[[noreturn]] void unsupported(VM& vm, const std::string& what) {
    Value exc = vm.call(Value(io_type(vm, "UnsupportedOperation")), {vm.str(what)});
    throw PyError{exc, false};
}

void check_readable(VM& vm, FileObject* f) {
    check_open(vm, f);
    if (!f->readable) unsupported(vm, "not readable");
}

void check_writable(VM& vm, FileObject* f) {
    check_open(vm, f);
    if (!f->writable) unsupported(vm, "not writable");
}

WorldFile& file_of(VM& vm, FileObject* f) {
    World& w = world_of(vm);
    auto it = w.files.find(f->path);
    if (it == w.files.end()) it = w.files.emplace(f->path, WorldFile{}).first;  // written again after being replaced
    return it->second;
}

std::string& data_of(VM& vm, FileObject* f) { return file_of(vm, f).data; }

// Grows or shrinks the file; a full disk fails as a real one does.
void resize_file(VM& vm, FileObject* f, size_t size) {
    if (!world_of(vm).resize(file_of(vm, f), size)) raise_os_error(vm, vm.e.OSError, 28, "No space left on device", vm.None);
}

// The time an operation moving `bytes` bytes takes: the thread blocks for it (open()), or the
// caller awaits it (aiofiles, which reads f->pending_cost afterwards).
void spend(VM& vm, FileObject* f, const char* what, size_t bytes) {
    double cost = world_of(vm).file_cost(f->path, bytes);
    if (!f->blocking) {
        f->pending_cost += cost;
        return;
    }
    if (cost <= 0) return;
    std::string detail = std::string(what) + " " + vm.to_str(f->name);
    World& w = world_of(vm);
    int task = vm.aio && vm.aio->current_task ? vm.aio->current_task->trace_id : -1;
    int op = w.add_io(detail, task, vm.clock() + cost);
    if (vm.trace) vm.trace->io_started(vm, op, detail, vm.clock() + cost, program_line(vm));
    block_current_thread_until(vm, vm.clock() + cost, BlockReason::IO, "io");
    if (vm.trace) vm.trace->io_completed(vm, op, task, detail);
}

// ---- reading -----------------------------------------------------------------------------------

// Length of the UTF-8 sequence starting with byte c.
size_t utf8_len(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 6) return 2;
    if ((c >> 4) == 14) return 3;
    if ((c >> 3) == 30) return 4;
    return 1;
}

// Reads up to `limit` characters (-1: all) from f->pos, stopping after a newline when
// `line`; text mode translates \r\n and \r to \n. Returns the raw text, moves f->pos.
std::string read_text(VM& vm, FileObject* f, int64_t limit, bool line) {
    const std::string& d = data_of(vm, f);
    std::string out;
    size_t i = std::min(f->pos, d.size());
    int64_t chars = 0;
    while (i < d.size() && (limit < 0 || chars < limit)) {
        unsigned char c = static_cast<unsigned char>(d[i]);
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < d.size() && d[i + 1] == '\n') ? 2 : 1;
            ++chars;
            if (line) break;
            continue;
        }
        size_t n = std::min(utf8_len(c), d.size() - i);
        out.append(d, i, n);
        i += n;
        ++chars;
        if (line && c == '\n') break;
    }
    f->pos = i;
    return decode_bytes_text(vm, out, "utf-8", "strict");
}

std::string read_bytes(VM& vm, FileObject* f, int64_t limit, bool line) {
    const std::string& d = data_of(vm, f);
    size_t start = std::min(f->pos, d.size());
    size_t end = d.size();
    if (limit >= 0) end = std::min(end, start + static_cast<size_t>(limit));
    if (line) {
        size_t nl = d.find('\n', start);
        if (nl != std::string::npos && nl < end) end = nl + 1;
    }
    f->pos = end;
    return d.substr(start, end - start);
}

int64_t size_arg(VM& vm, Args args, size_t at, const char* name) {
    const Value* v = args.size() > at ? &args[at] : vm.kwarg(args, name);
    if (!v || v->is_none()) return -1;
    if (!vm.is_integer(*v)) vm.type_error("argument should be integer or None, not '" + vm.type_name(*v) + "'");
    return vm.to_index(*v);
}

Value make_chunk(VM& vm, FileObject* f, std::string s) {
    if (f->binary) return Value(make<BytesObject>(vm.t.bytes, std::move(s)));
    return vm.str(std::move(s));
}

// read() and readline(): up to `size` characters (bytes), or up to the end of the line.
Value read_chunk(VM& vm, Args args, const char* name, bool line) {
    FileObject* f = self_file(vm, args, name);
    check_readable(vm, f);
    int64_t n = size_arg(vm, args, 1, "size");
    size_t before = f->pos;
    std::string s = f->binary ? read_bytes(vm, f, n, line) : read_text(vm, f, n, line);
    spend(vm, f, "read", f->pos - std::min(before, f->pos));
    return make_chunk(vm, f, std::move(s));
}

Value file_read(VM& vm, Args args) { return read_chunk(vm, args, "read", false); }
Value file_readline(VM& vm, Args args) { return read_chunk(vm, args, "readline", true); }

Value file_readlines(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "readlines");
    check_readable(vm, f);
    int64_t hint = size_arg(vm, args, 1, "hint");
    size_t before = f->pos;
    std::vector<Value> lines;
    int64_t total = 0;
    for (;;) {
        std::string s = f->binary ? read_bytes(vm, f, -1, true) : read_text(vm, f, -1, true);
        if (s.empty()) break;
        total += static_cast<int64_t>(s.size());
        lines.push_back(make_chunk(vm, f, std::move(s)));
        if (hint > 0 && total >= hint) break;
    }
    spend(vm, f, "read", f->pos - std::min(before, f->pos));
    return vm.list(std::move(lines));
}

Value file_iter(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "__iter__");
    check_open(vm, f);
    return args[0];
}

bool file_next(VM& vm, Object* self, Value& out) {
    auto* f = static_cast<FileObject*>(self);
    check_readable(vm, f);
    size_t before = f->pos;
    std::string s = f->binary ? read_bytes(vm, f, -1, true) : read_text(vm, f, -1, true);
    if (s.empty()) return false;
    spend(vm, f, "read", f->pos - std::min(before, f->pos));
    out = make_chunk(vm, f, std::move(s));
    return true;
}

// ---- writing -----------------------------------------------------------------------------------

// Writes `bytes` at the file's position (at its end in append mode).
void put(VM& vm, FileObject* f, const std::string& bytes) {
    if (f->append) f->pos = data_of(vm, f).size();
    if (f->pos + bytes.size() > data_of(vm, f).size()) resize_file(vm, f, f->pos + bytes.size());
    data_of(vm, f).replace(f->pos, bytes.size(), bytes);
    f->pos += bytes.size();
}

Value file_write(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "write");
    vm.check_args("write", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    check_writable(vm, f);
    const Value& v = args[1];
    int64_t count;
    std::string bytes;
    if (f->binary) {
        if (!vm.isinstance(v, vm.t.bytes)) vm.type_error("a bytes-like object is required, not '" + vm.type_name(v) + "'");
        bytes = v.as<BytesObject>()->data;
        count = static_cast<int64_t>(bytes.size());
    } else {
        if (!vm.isinstance(v, vm.t.str)) vm.type_error("write() argument must be str, not " + vm.type_name(v));
        bytes = as_str(v)->s;
        count = vm.len(v);
    }
    put(vm, f, bytes);
    spend(vm, f, "write", bytes.size());
    return Value::integer(count);
}

Value file_writelines(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "writelines");
    check_writable(vm, f);
    for (const Value& item : vm.to_vector(args[1])) {
        Value one[2] = {args[0], item};
        file_write(vm, Args{one, 2, nullptr});
    }
    return vm.None;
}

Value file_truncate(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "truncate");
    check_writable(vm, f);
    int64_t size = size_arg(vm, args, 1, "size");
    size_t n = size < 0 ? f->pos : static_cast<size_t>(size);
    resize_file(vm, f, n);
    return Value::integer(static_cast<int64_t>(n));
}

// ---- position, state, context manager -----------------------------------------------------------

Value file_tell(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "tell");
    check_open(vm, f);
    return Value::integer(static_cast<int64_t>(f->pos));
}

Value file_seek(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "seek");
    check_open(vm, f);
    if (args.size() < 2) vm.type_error("seek expected at least 1 argument, got 0");
    if (!vm.is_integer(args[1])) vm.type_error("'" + vm.type_name(args[1]) + "' object cannot be interpreted as an integer");
    int64_t offset = vm.to_index(args[1]);
    int64_t whence = args.size() > 2 ? vm.to_index(args[2]) : 0;
    int64_t size = static_cast<int64_t>(data_of(vm, f).size());
    int64_t target;
    if (whence == 0) {
        if (offset < 0) vm.value_error("negative seek position " + std::to_string(offset));
        target = offset;
    } else if (whence == 1) {
        if (!f->binary && offset != 0) unsupported(vm, "can't do nonzero cur-relative seeks");
        target = static_cast<int64_t>(f->pos) + offset;
    } else if (whence == 2) {
        if (!f->binary && offset != 0) unsupported(vm, "can't do nonzero end-relative seeks");
        target = size + offset;
    } else {
        vm.value_error(f->binary ? "whence value " + std::to_string(whence) + " unsupported"
                                 : "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
    }
    if (target < 0) target = 0;
    f->pos = static_cast<size_t>(target);
    return Value::integer(target);
}

Value file_close(VM& vm, Args args) {
    self_file(vm, args, "close")->closed = true;
    return vm.None;
}

Value file_flush(VM& vm, Args args) {
    check_open(vm, self_file(vm, args, "flush"));
    return vm.None;
}

Value file_enter(VM& vm, Args args) {
    check_open(vm, self_file(vm, args, "__enter__"));
    return args[0];
}

Value file_exit(VM& vm, Args args) {
    self_file(vm, args, "__exit__")->closed = true;
    return vm.None;
}

Value file_readable(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "readable");
    check_open(vm, f);
    return Value::boolean(f->readable);
}
Value file_writable(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "writable");
    check_open(vm, f);
    return Value::boolean(f->writable);
}
Value file_seekable(VM& vm, Args args) {
    check_open(vm, self_file(vm, args, "seekable"));
    return vm.True;
}
Value file_isatty(VM& vm, Args args) {
    check_open(vm, self_file(vm, args, "isatty"));
    return vm.False;
}
Value file_closed(VM& vm, Args args) { return Value::boolean(self_file(vm, args, "closed")->closed); }
Value file_name(VM& vm, Args args) { return self_file(vm, args, "name")->name; }
Value file_mode(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "mode");
    return vm.str(f->mode);
}
Value file_encoding(VM& vm, Args args) {
    self_file(vm, args, "encoding");
    return vm.str("UTF-8");
}
Value file_repr(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "__repr__");
    std::string s = "<_io." + f->type->name + " name=" + vm.repr(f->name);
    if (!f->binary) s += " mode=" + vm.repr(vm.str(f->mode)) + " encoding='UTF-8'";
    return vm.str(s + ">");
}
// The time the last non-blocking operations cost, reset on reading (aiofiles awaits it).
Value file_take_cost(VM& vm, Args args) {
    FileObject* f = self_file(vm, args, "_take_cost");
    double c = f->pending_cost;
    f->pending_cost = 0;
    return Value::floating(c);
}

// ---- open() ----------------------------------------------------------------------------------

struct Mode {
    bool reading = false, writing = false, appending = false, creating = false, plus = false, binary = false;
};

Mode parse_mode(VM& vm, const std::string& mode) {
    Mode m;
    bool text = false;
    std::string seen;
    for (char c : mode) {
        if (std::string("rwxabt+").find(c) == std::string::npos || seen.find(c) != std::string::npos)
            vm.value_error("invalid mode: " + vm.repr(vm.str(mode)));
        seen += c;
        switch (c) {
            case 'r': m.reading = true; break;
            case 'w': m.writing = true; break;
            case 'a': m.appending = true; break;
            case 'x': m.creating = true; break;
            case '+': m.plus = true; break;
            case 'b': m.binary = true; break;
            case 't': text = true; break;
        }
    }
    if (text && m.binary) vm.value_error("can't have text and binary mode at once");
    int kinds = m.reading + m.writing + m.appending + m.creating;
    if (kinds > 1) vm.value_error("must have exactly one of create/read/write/append mode");
    if (kinds == 0) vm.value_error("Must have exactly one of create/read/write/append mode and at most one plus");
    return m;
}

const Value* arg_at(VM& vm, Args args, size_t pos, const char* name) {
    if (const Value* v = vm.kwarg(args, name)) return v;
    return pos < args.size() ? &args[pos] : nullptr;
}

}  // namespace

bool is_file_object(VM&, const Value& v) { return v.is_obj() && dynamic_cast<FileObject*>(v.obj()) != nullptr; }

Value open_world_file(VM& vm, Args args, bool blocking) {
    const Value* file = arg_at(vm, args, 0, "file");
    if (!file) vm.type_error("open() missing required argument 'file' (pos 1)");
    const Value* modev = arg_at(vm, args, 1, "mode");
    std::string mode = modev ? vm.to_str(*modev) : "r";
    if (modev && !vm.isinstance(*modev, vm.t.str)) vm.type_error("open() argument 'mode' must be str, not " + vm.type_name(*modev));
    Value name = *file;
    std::string given;
    if (vm.isinstance(name, vm.t.str)) given = as_str(name)->s;
    else if (vm.isinstance(name, vm.t.bytes)) given = name.as<BytesObject>()->data;
    else if (vm.is_integer(name)) raise_os_error(vm, vm.e.OSError, 9, "Bad file descriptor", vm.None);
    else vm.type_error("expected str, bytes or os.PathLike object, not " + vm.type_name(name));
    Mode m = parse_mode(vm, mode);
    const Value* encoding = arg_at(vm, args, 3, "encoding");
    if (m.binary && encoding && !encoding->is_none()) vm.value_error("binary mode doesn't take an encoding argument");
    const Value* errors = arg_at(vm, args, 4, "errors");
    if (m.binary && errors && !errors->is_none()) vm.value_error("binary mode doesn't take an errors argument");
    const Value* newline = arg_at(vm, args, 5, "newline");
    if (m.binary && newline && !newline->is_none()) vm.value_error("binary mode doesn't take a newline argument");

    World& w = world_of(vm);
    std::string path = normalise_path(given);
    PathKind kind = given.empty() ? PathKind::ParentMissing : w.classify(path);
    if (kind == PathKind::ParentNotDirectory) raise_os_error(vm, builtin_type(vm, "NotADirectoryError"), 20, "Not a directory", name);
    if (kind == PathKind::Directory) raise_os_error(vm, vm.e.IsADirectoryError, 21, "Is a directory", name);
    if (kind == PathKind::ParentMissing) raise_os_error(vm, vm.e.FileNotFoundError, 2, "No such file or directory", name);
    if (kind == PathKind::Missing && m.reading) raise_os_error(vm, vm.e.FileNotFoundError, 2, "No such file or directory", name);
    if (kind == PathKind::File && m.creating) raise_os_error(vm, vm.e.FileExistsError, 17, "File exists", name);
    if (m.writing || m.creating) w.create_file(path);
    else if (kind == PathKind::Missing) w.files.emplace(path, WorldFile{});  // append creates it

    TypeObject* type = io_type(vm, !m.binary ? "TextIOWrapper" : m.plus ? "BufferedRandom" : m.reading ? "BufferedReader" : "BufferedWriter");
    auto f = make<FileObject>(type);
    f->path = path;
    f->name = name;
    // The mode as CPython reports it: text files keep what was given, binary ones normalise.
    f->mode = m.binary ? std::string(m.creating ? "xb" : m.appending ? (m.plus ? "ab+" : "ab") : m.writing ? (m.plus ? "wb+" : "wb")
                                                                                                          : (m.plus ? "rb+" : "rb"))
                       : mode;
    f->readable = m.reading || m.plus;
    f->writable = !m.reading || m.plus;
    f->append = m.appending;
    f->binary = m.binary;
    f->blocking = blocking;
    if (m.appending) f->pos = w.files[path].data.size();
    spend(vm, f.get(), "open", 0);
    return Value(f);
}

namespace {

Value builtin_open(VM& vm, Args args) { return open_world_file(vm, args, true); }

}  // namespace

void init_builtin_open(VM& vm) {
    struct {
        TypeObject *text, *reader, *writer, *random, *unsupported;
    } t{};
    t.text = vm.new_builtin_type("TextIOWrapper", nullptr);
    t.reader = vm.new_builtin_type("BufferedReader", nullptr);
    t.writer = vm.new_builtin_type("BufferedWriter", nullptr);
    t.random = vm.new_builtin_type("BufferedRandom", nullptr);
    for (TypeObject* ty : {t.text, t.reader, t.writer, t.random}) {
        ty->module = "_io";
        vm.add_method(ty, "read", file_read);
        vm.add_method(ty, "readline", file_readline);
        vm.add_method(ty, "readlines", file_readlines);
        vm.add_method(ty, "write", file_write);
        vm.add_method(ty, "writelines", file_writelines);
        vm.add_method(ty, "truncate", file_truncate);
        vm.add_method(ty, "tell", file_tell);
        vm.add_method(ty, "seek", file_seek);
        vm.add_method(ty, "close", file_close);
        vm.add_method(ty, "flush", file_flush);
        vm.add_method(ty, "readable", file_readable);
        vm.add_method(ty, "writable", file_writable);
        vm.add_method(ty, "seekable", file_seekable);
        vm.add_method(ty, "isatty", file_isatty);
        vm.add_method(ty, "__enter__", file_enter);
        vm.add_method(ty, "__exit__", file_exit);
        vm.add_method(ty, "__repr__", file_repr);
        vm.add_method(ty, "_take_cost", file_take_cost);
        vm.add_property(ty, "closed", file_closed);
        vm.add_property(ty, "name", file_name);
        vm.add_property(ty, "mode", file_mode);
        vm.add_iternext(ty, file_next);
    }
    vm.add_method(t.text, "__iter__", file_iter);  // iterating a closed file raises
    vm.add_property(t.text, "encoding", file_encoding);

    // io.UnsupportedOperation is both an OSError and a ValueError, as in CPython.
    t.unsupported = vm.new_builtin_type("UnsupportedOperation", vm.e.OSError);
    t.unsupported->is_exception = true;
    t.unsupported->instance_has_dict = true;
    t.unsupported->base_layout = vm.e.BaseException;
    t.unsupported->module = "io";
    t.unsupported->bases.push_back(Ref<TypeObject>(vm.e.ValueError));
    t.unsupported->mro = {t.unsupported, vm.e.OSError, vm.e.ValueError, vm.e.Exception, vm.e.BaseException, vm.t.object};

    vm.add_builtin("open", builtin_open);
    vm.register_module("io", [t](VM& vm) {
        Value m = vm.new_module("io");
        vm.module_set(m, "open", *dict_find_str(vm.builtins.get(), vm.intern("open").get()));
        vm.module_set(m, "UnsupportedOperation", Value(t.unsupported));
        vm.module_set(m, "TextIOWrapper", Value(t.text));
        vm.module_set(m, "BufferedReader", Value(t.reader));
        vm.module_set(m, "BufferedWriter", Value(t.writer));
        vm.module_set(m, "BufferedRandom", Value(t.random));
        vm.module_set(m, "SEEK_SET", Value::integer(0));
        vm.module_set(m, "SEEK_CUR", Value::integer(1));
        vm.module_set(m, "SEEK_END", Value::integer(2));
        return m;
    });
}

}  // namespace ls
