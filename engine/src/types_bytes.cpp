// The bytes type: immutable byte strings, enough for str.encode()/bytes.decode() round trips,
// literals, indexing, slicing, comparison and hashing.
#include "number_util.h"
#include "seq_util.h"
#include "str_util.h"
#include "types.h"

namespace ls {

// Shared with str(bytes, encoding) in types_str.cpp.
std::string decode_bytes_text(VM& vm, const std::string& data, const std::string& encoding, const std::string& errors) {
    std::string norm;
    for (char c : encoding) norm += (c == '_') ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (norm == "utf-8" || norm == "utf8") {
        size_t bad, bad_end;
        std::string reason;
        if (utf8_valid(data, bad, bad_end, reason)) return data;
        if (errors == "strict") {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(data[bad]));
            std::string where = bad_end - bad > 1 && reason == "unexpected end of data"
                                    ? "in position " + std::to_string(bad) + "-" + std::to_string(bad_end - 1)
                                    : "in position " + std::to_string(bad);
            vm.raise(vm.e.UnicodeDecodeError, "'utf-8' codec can't decode byte " + std::string(buf) + " " + where + ": " + reason);
        }
        // errors='replace'/'ignore': decode what is valid, substitute the rest byte by byte.
        std::string out;
        size_t i = 0;
        while (i < data.size()) {
            std::string_view rest = std::string_view(data).substr(i);
            size_t b2, e2;
            std::string r2;
            if (utf8_valid(rest, b2, e2, r2)) { out.append(rest); break; }
            out.append(rest.substr(0, b2));
            if (errors == "replace") out += "\xEF\xBF\xBD";
            i += b2 + 1;
        }
        return out;
    }
    bool ascii = norm == "ascii" || norm == "us-ascii";
    bool latin1 = norm == "latin-1" || norm == "latin1" || norm == "iso-8859-1" || norm == "iso8859-1";
    if (!ascii && !latin1) vm.raise(vm.e.LookupError, "unknown encoding: " + encoding);
    std::string out;
    for (size_t i = 0; i < data.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (ascii && c >= 0x80) {
            if (errors == "ignore") continue;
            if (errors == "replace") { out += "\xEF\xBF\xBD"; continue; }
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02x", c);
            vm.raise(vm.e.UnicodeDecodeError, "'ascii' codec can't decode byte " + std::string(buf) + " in position " +
                                                  std::to_string(i) + ": ordinal not in range(128)");
        }
        utf8_append(out, c);
    }
    return out;
}

namespace {

bool is_bytes(VM& vm, const Value& v) { return v.is_obj() && vm.isinstance(v, vm.t.bytes); }

BytesObject* self_bytes(VM& vm, Args args, const char* method) {
    if (args.size() == 0 || !is_bytes(vm, args[0]))
        vm.type_error(std::string("descriptor '") + method + "' requires a 'bytes' object");
    return args[0].as<BytesObject>();
}

// Self plus exactly one operand (args[1]).
BytesObject* self_and_one(VM& vm, Args args, const char* method) {
    BytesObject* b = self_bytes(vm, args, method);
    if (args.size() != 2) {
        std::string given = std::to_string(args.size() - 1);
        if (std::string(method).rfind("__", 0) == 0) vm.type_error("expected 1 argument, got " + given);
        vm.type_error(std::string(method) + "() takes exactly one argument (" + given + " given)");
    }
    return b;
}

Value make_bytes(VM& vm, std::string data) { return Value(make<BytesObject>(vm.t.bytes, std::move(data))); }

// The bytes of a bytes-like argument, or of an iterable of ints in range(256).
std::string bytes_from_iterable(VM& vm, const Value& v) {
    if (is_bytes(vm, v)) return v.as<BytesObject>()->data;
    std::string out;
    for (const Value& item : vm.to_vector(v)) {
        if (!is_int_value(item) && !vm.lookup_type(vm.type_of(item), "__index__"))
            vm.type_error("'" + vm.type_name(item) + "' object cannot be interpreted as an integer");
        int64_t b = is_small_int(item) ? item.as_int() : -1;
        if (!is_small_int(item)) {
            if (is_int_value(item)) vm.value_error("bytes must be in range(0, 256)");
            b = vm.to_index(item);
        }
        if (b < 0 || b > 255) vm.value_error("bytes must be in range(0, 256)");
        out += static_cast<char>(b);
    }
    return out;
}

// bytes() / bytes(n) / bytes(iterable) / bytes(str, encoding)
Value bytes_new(VM& vm, Args args) {
    const Value* src = args.size() > 1 ? &args[1] : vm.kwarg(args, "source");
    const Value* enc = args.size() > 2 ? &args[2] : vm.kwarg(args, "encoding");
    const Value* err = args.size() > 3 ? &args[3] : vm.kwarg(args, "errors");
    if (!src) {
        if (enc || err) vm.type_error(enc ? "encoding without a string argument" : "errors without a string argument");
        return make_bytes(vm, "");
    }
    if (src->is_obj() && vm.isinstance(*src, vm.t.str)) {
        if (!enc) vm.type_error("string argument without an encoding");
        Value encoded = vm.call_method(*src, "encode", {*enc, err ? *err : vm.str("strict")});
        return encoded;
    }
    if (enc || err) vm.type_error(enc ? "encoding without a string argument" : "errors without a string argument");
    if (is_int_value(*src)) {
        int64_t n = vm.to_index(*src);
        if (n < 0) vm.value_error("negative count");
        vm.reserve_bytes(static_cast<size_t>(n));
        return make_bytes(vm, std::string(static_cast<size_t>(n), '\0'));
    }
    if (auto b = vm.lookup_type(vm.type_of(*src), "__bytes__")) return vm.call(*b, {*src});
    if (!vm.lookup_type(vm.type_of(*src), "__iter__"))
        vm.type_error("cannot convert '" + vm.type_name(*src) + "' object to bytes");
    return make_bytes(vm, bytes_from_iterable(vm, *src));
}

Value bytes_repr_method(VM& vm, Args args) { return vm.str(bytes_repr(self_bytes(vm, args, "__repr__")->data)); }
Value bytes_len(VM& vm, Args args) { return Value::integer(static_cast<int64_t>(self_bytes(vm, args, "__len__")->data.size())); }

Value bytes_getitem(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "__getitem__");
    const Value& key = args[1];
    int64_t len = static_cast<int64_t>(b->data.size());
    if (is_slice(vm, key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key.as<SliceObject>(), len, start, stop, step);
        std::string out;
        for (int64_t i = 0, p = start; i < n; ++i, p += step) out += b->data[static_cast<size_t>(p)];
        return make_bytes(vm, std::move(out));
    }
    if (!is_int_value(key) && !vm.lookup_type(vm.type_of(key), "__index__"))
        vm.type_error("byte indices must be integers or slices, not " + vm.type_name(key));
    int64_t i = index_value(vm, key, "byte");
    i = normalize_index(vm, i, len, "index out of range");
    return Value::integer(static_cast<unsigned char>(b->data[static_cast<size_t>(i)]));
}

Value bytes_iter(VM& vm, Args args) {
    BytesObject* b = self_bytes(vm, args, "__iter__");
    std::vector<Value> items;
    for (unsigned char c : b->data) items.push_back(Value::integer(c));
    return vm.iter(vm.tuple(std::move(items)));
}

Value bytes_add(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "__add__");
    if (!is_bytes(vm, args[1]))
        vm.type_error("can't concat " + vm.type_name(args[1]) + " to bytes");
    return make_bytes(vm, b->data + args[1].as<BytesObject>()->data);
}

Value bytes_mul(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "__mul__");
    if (!is_int_value(args[1])) vm.type_error("can't multiply sequence by non-int of type '" + vm.type_name(args[1]) + "'");
    int64_t n = vm.to_index(args[1]);
    if (n <= 0) return make_bytes(vm, "");
    vm.reserve_bytes(static_cast<size_t>(n) * b->data.size());
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += b->data;
    return make_bytes(vm, std::move(out));
}

Value bytes_contains(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "__contains__");
    const Value& x = args[1];
    if (is_bytes(vm, x)) return Value::boolean(b->data.find(x.as<BytesObject>()->data) != std::string::npos);
    if (!is_int_value(x)) vm.type_error("a bytes-like object is required, not '" + vm.type_name(x) + "'");
    int64_t c = vm.to_index(x);
    if (c < 0 || c > 255) vm.value_error("byte must be in range(0, 256)");
    return Value::boolean(b->data.find(static_cast<char>(c)) != std::string::npos);
}

Value bytes_hash(VM& vm, Args args) {
    BytesObject* b = self_bytes(vm, args, "__hash__");
    uint64_t x = 14695981039346656037ull;  // FNV-1a like str: deterministic
    for (unsigned char c : b->data) { x ^= c; x *= 1099511628211ull; }
    int64_t h = b->data.empty() ? 0 : static_cast<int64_t>(x);
    return Value::integer(h == -1 ? -2 : h);
}

template <CompareOp op>
Value bytes_compare(VM& vm, Args args) {
    BytesObject* a = self_and_one(vm, args, "__eq__");
    if (!is_bytes(vm, args[1])) return vm.NotImplemented;
    int c = a->data.compare(args[1].as<BytesObject>()->data);
    switch (op) {
        case CompareOp::Lt: return Value::boolean(c < 0);
        case CompareOp::Le: return Value::boolean(c <= 0);
        case CompareOp::Eq: return Value::boolean(c == 0);
        case CompareOp::Ne: return Value::boolean(c != 0);
        case CompareOp::Gt: return Value::boolean(c > 0);
        case CompareOp::Ge: return Value::boolean(c >= 0);
    }
    return vm.NotImplemented;
}

Value bytes_decode(VM& vm, Args args) {
    BytesObject* b = self_bytes(vm, args, "decode");
    const Value* e = args.size() > 1 ? &args[1] : vm.kwarg(args, "encoding");
    const Value* er = args.size() > 2 ? &args[2] : vm.kwarg(args, "errors");
    return vm.str(decode_bytes_text(vm, b->data, e ? vm.to_str(*e) : "utf-8", er ? vm.to_str(*er) : "strict"));
}

Value bytes_hex(VM& vm, Args args) {
    BytesObject* b = self_bytes(vm, args, "hex");
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : b->data) { out += kHex[c >> 4]; out += kHex[c & 15]; }
    return vm.str(out);
}

Value bytes_join(VM& vm, Args args) {
    BytesObject* sep = self_and_one(vm, args, "join");
    std::string out;
    std::vector<Value> items = vm.to_vector(args[1]);
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_bytes(vm, items[i]))
            vm.type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " + vm.type_name(items[i]) + " found");
        if (i) out += sep->data;
        out += items[i].as<BytesObject>()->data;
    }
    return make_bytes(vm, std::move(out));
}

Value bytes_startswith(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "startswith");
    if (!is_bytes(vm, args[1])) vm.type_error("startswith first arg must be bytes or a tuple of bytes, not " + vm.type_name(args[1]));
    const std::string& p = args[1].as<BytesObject>()->data;
    return Value::boolean(b->data.compare(0, p.size(), p) == 0 && b->data.size() >= p.size());
}

Value bytes_endswith(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "endswith");
    if (!is_bytes(vm, args[1])) vm.type_error("endswith first arg must be bytes or a tuple of bytes, not " + vm.type_name(args[1]));
    const std::string& p = args[1].as<BytesObject>()->data;
    return Value::boolean(b->data.size() >= p.size() && b->data.compare(b->data.size() - p.size(), p.size(), p) == 0);
}

Value bytes_find(VM& vm, Args args) {
    BytesObject* b = self_and_one(vm, args, "find");
    std::string needle;
    if (is_bytes(vm, args[1])) needle = args[1].as<BytesObject>()->data;
    else needle = std::string(1, static_cast<char>(vm.to_index(args[1])));
    size_t f = b->data.find(needle);
    return Value::integer(f == std::string::npos ? -1 : static_cast<int64_t>(f));
}

}  // namespace

void init_bytes_type(VM& vm) {
    TypeObject* t = vm.t.bytes;
    vm.add_static(t, "__new__", bytes_new);
    vm.add_method(t, "__repr__", bytes_repr_method);
    vm.add_method(t, "__str__", bytes_repr_method);
    vm.add_method(t, "__len__", bytes_len);
    vm.add_method(t, "__getitem__", bytes_getitem);
    vm.add_method(t, "__iter__", bytes_iter);
    vm.add_method(t, "__add__", bytes_add);
    vm.add_method(t, "__mul__", bytes_mul);
    vm.add_method(t, "__rmul__", bytes_mul);
    vm.add_method(t, "__contains__", bytes_contains);
    vm.add_method(t, "__hash__", bytes_hash);
    vm.add_method(t, "__eq__", bytes_compare<CompareOp::Eq>);
    vm.add_method(t, "__ne__", bytes_compare<CompareOp::Ne>);
    vm.add_method(t, "__lt__", bytes_compare<CompareOp::Lt>);
    vm.add_method(t, "__le__", bytes_compare<CompareOp::Le>);
    vm.add_method(t, "__gt__", bytes_compare<CompareOp::Gt>);
    vm.add_method(t, "__ge__", bytes_compare<CompareOp::Ge>);
    vm.add_method(t, "decode", bytes_decode);
    vm.add_method(t, "hex", bytes_hex);
    vm.add_method(t, "join", bytes_join);
    vm.add_method(t, "startswith", bytes_startswith);
    vm.add_method(t, "endswith", bytes_endswith);
    vm.add_method(t, "find", bytes_find);
}

}  // namespace ls
