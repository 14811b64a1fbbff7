#include "world.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <nlohmann/json.hpp>

#include "loopscope/world.h"
#include "world_json_locator.h"

namespace ls {

using Json = nlohmann::ordered_json;

// ---- URLs and paths ---------------------------------------------------------------------------

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

ParsedUrl parse_url(std::string_view url) {
    ParsedUrl u;
    size_t colon = url.find("://");
    if (colon == std::string_view::npos) {
        u.error = "no scheme (expected http:// or https://)";
        return u;
    }
    u.scheme = lower(url.substr(0, colon));
    if (u.scheme != "http" && u.scheme != "https") {
        u.error = "scheme '" + u.scheme + "' (expected http:// or https://)";
        return u;
    }
    std::string_view rest = url.substr(colon + 3);
    size_t hash = rest.find('#');
    if (hash != std::string_view::npos) rest = rest.substr(0, hash);
    size_t slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    if (size_t at = authority.rfind('@'); at != std::string_view::npos) authority = authority.substr(at + 1);
    u.port = u.scheme == "https" ? 443 : 80;
    if (size_t pc = authority.rfind(':'); pc != std::string_view::npos && authority.find(']') == std::string_view::npos) {
        std::string_view digits = authority.substr(pc + 1);
        authority = authority.substr(0, pc);
        if (!digits.empty()) {
            int port = 0;
            for (char c : digits) {
                if (c < '0' || c > '9' || port > 65535) {
                    u.error = "bad port '" + std::string(digits) + "'";
                    return u;
                }
                port = port * 10 + (c - '0');
            }
            if (port > 65535) {
                u.error = "bad port '" + std::string(digits) + "'";
                return u;
            }
            u.port = port;
        }
    }
    if (authority.empty()) {
        u.error = "no host";
        return u;
    }
    u.host = lower(authority);
    u.path_query = path.empty() || path[0] == '?' ? "/" + std::string(path) : std::string(path);
    const bool default_port = (u.scheme == "http" && u.port == 80) || (u.scheme == "https" && u.port == 443);
    u.key = u.scheme + "://" + u.host + (default_port ? "" : ":" + std::to_string(u.port)) + u.path_query;
    u.ok = true;
    return u;
}

std::string normalise_path(std::string_view path) {
    std::vector<std::string> parts;
    size_t i = 0;
    while (i <= path.size()) {
        size_t j = path.find('/', i);
        if (j == std::string_view::npos) j = path.size();
        std::string_view part = path.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.emplace_back(part);
        }
        i = j + 1;
    }
    std::string out;
    for (const auto& p : parts) out += "/" + p;
    return out.empty() ? "/" : out;
}

namespace {

std::string parent_of(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

// ---- the world's behaviour --------------------------------------------------------------------

HttpResponseSpec World::request(const std::string& method, const ParsedUrl& url) const {
    auto it = urls.find(url.key);
    if (it != urls.end()) {
        auto m = it->second.methods.find(method);
        return m != it->second.methods.end() ? m->second : it->second.response;
    }
    HttpResponseSpec r;
    r.latency = network_latency;
    r.bandwidth = network_bandwidth;
    if (!hosts.count(url.host)) {
        r.failure = HttpFailure::DnsFailure;
        return r;
    }
    // A known server without this path: what aiohttp's web server answers.
    r.status = 404;
    r.reason = http_reason(404);
    r.body = "404: Not Found";
    r.headers = {{"Content-Type", "text/plain; charset=utf-8"}, {"Content-Length", std::to_string(r.body.size())}};
    return r;
}

double World::body_time(const HttpResponseSpec& r) const {
    if (!r.bandwidth || *r.bandwidth <= 0) return 0;
    return static_cast<double>(r.body.size()) / *r.bandwidth;
}

PathKind World::classify(const std::string& path) const {
    if (directories.count(path)) return PathKind::Directory;
    if (files.count(path)) return PathKind::File;
    // Walk the parents: the nearest existing one decides.
    std::string p = path;
    while (p != "/") {
        p = parent_of(p);
        if (files.count(p)) return PathKind::ParentNotDirectory;
        if (directories.count(p)) return p == parent_of(path) ? PathKind::Missing : PathKind::ParentMissing;
    }
    return PathKind::ParentMissing;
}

double World::file_cost(const std::string& path, size_t bytes) const {
    double latency = disk_latency;
    std::optional<double> bandwidth = disk_bandwidth;
    if (auto it = files.find(path); it != files.end()) {
        if (it->second.latency) latency = *it->second.latency;
        if (it->second.bandwidth) bandwidth = it->second.bandwidth;
    }
    double t = latency;
    if (bandwidth && *bandwidth > 0) t += static_cast<double>(bytes) / *bandwidth;
    return t;
}

WorldFile& World::create_file(const std::string& path) {
    WorldFile& f = files[path];
    resize(f, 0);
    return f;
}

bool World::resize(WorldFile& f, size_t size) {
    if (size > f.data.size() && stored_bytes - f.data.size() + size > disk_capacity) return false;
    stored_bytes = stored_bytes - f.data.size() + size;
    f.data.resize(size, '\0');
    return true;
}

int World::add_io(std::string detail, int task, double completes) {
    io_operations.push_back({std::move(detail), task, completes});
    return static_cast<int>(io_operations.size() - 1);
}

std::string http_reason(int status) {
    switch (status) {
        case 100: return "Continue";
        case 101: return "Switching Protocols";
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 203: return "Non-Authoritative Information";
        case 204: return "No Content";
        case 206: return "Partial Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 304: return "Not Modified";
        case 307: return "Temporary Redirect";
        case 308: return "Permanent Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 402: return "Payment Required";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 406: return "Not Acceptable";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 410: return "Gone";
        case 413: return "Request Entity Too Large";
        case 415: return "Unsupported Media Type";
        case 418: return "I'm a Teapot";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 501: return "Not Implemented";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        default: return "";
    }
}

// ---- parsing ----------------------------------------------------------------------------------

namespace {

// A schema problem: where (a JSON path, located in the text afterwards) and what.
struct SchemaError {
    JsonPath path;
    bool at_key = false;  // point at the member's key rather than its value
    std::string message;
};

std::string describe_type(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::string: return "a string";
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::binary: return "binary data";
        case Json::value_t::discarded: return "nothing";
        default: return "a number";
    }
}

bool is_identifier(const std::string& s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

// urls["http://a/"].latency
std::string path_text(const JsonPath& path) {
    std::string out;
    for (const auto& step : path) {
        if (step.is_index) out += "[" + std::to_string(step.index) + "]";
        else if (out.empty()) out = step.key;
        else if (is_identifier(step.key)) out += "." + step.key;
        else out += "[\"" + step.key + "\"]";
    }
    return out;
}

[[noreturn]] void fail(JsonPath path, std::string message, bool at_key = false) {
    throw SchemaError{std::move(path), at_key, std::move(message)};
}

JsonPath child(const JsonPath& p, const std::string& key) {
    JsonPath c = p;
    c.push_back(JsonStep::member(key));
    return c;
}

void expect_object(const Json& j, const JsonPath& path) {
    if (j.is_object()) return;
    if (path.empty()) fail(path, "the world must be a JSON object like {\"urls\": {...}, \"files\": {...}}, got " + describe_type(j));
    fail(path, path_text(path) + " must be an object, got " + describe_type(j));
}

void check_keys(const Json& j, const JsonPath& path, std::initializer_list<const char*> allowed) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool ok = false;
        for (const char* a : allowed) ok |= it.key() == a;
        if (ok) continue;
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        std::string where = path.empty() ? "the world" : path_text(path);
        fail(child(path, it.key()), "unknown key '" + it.key() + "' in " + where + " (allowed: " + list + ")", true);
    }
}

double seconds(const Json& j, const JsonPath& path) {
    if (!j.is_number()) fail(path, path_text(path) + " must be a number of seconds, got " + describe_type(j));
    double v = j.get<double>();
    if (!(v >= 0) || !std::isfinite(v)) fail(path, path_text(path) + " must be 0 or more seconds, got " + j.dump());
    return v;
}

double bandwidth(const Json& j, const JsonPath& path) {
    if (!j.is_number()) fail(path, path_text(path) + " must be a number of bytes per second, got " + describe_type(j));
    double v = j.get<double>();
    if (!(v > 0) || !std::isfinite(v)) fail(path, path_text(path) + " must be more than 0 bytes per second, got " + j.dump());
    return v;
}

std::string text(const Json& j, const JsonPath& path) {
    if (!j.is_string()) fail(path, path_text(path) + " must be a string, got " + describe_type(j));
    return j.get<std::string>();
}

bool has_header(const std::vector<std::pair<std::string, std::string>>& headers, const std::string& name) {
    return std::any_of(headers.begin(), headers.end(), [&](const auto& h) { return lower(h.first) == lower(name); });
}

HttpFailure failure_named(const Json& j, const JsonPath& path) {
    std::string name = text(j, path);
    if (name == "dns_failure") return HttpFailure::DnsFailure;
    if (name == "connection_refused") return HttpFailure::ConnectionRefused;
    if (name == "server_disconnected") return HttpFailure::ServerDisconnected;
    if (name == "no_response") return HttpFailure::NoResponse;
    fail(path, path_text(path) + " must be one of \"dns_failure\", \"connection_refused\", \"server_disconnected\", \"no_response\"; got " +
                   j.dump());
}

// One server answer: a string (the body) or an object. `base` supplies what is not given.
HttpResponseSpec parse_response(const Json& j, const JsonPath& path, const HttpResponseSpec& base, bool allow_methods) {
    HttpResponseSpec r = base;
    if (j.is_string()) {
        r.body = j.get<std::string>();
        r.headers = {{"Content-Type", "text/plain; charset=utf-8"}, {"Content-Length", std::to_string(r.body.size())}};
        return r;
    }
    if (!j.is_object()) fail(path, path_text(path) + " must be an object (or a string: the body), got " + describe_type(j));
    if (allow_methods)
        check_keys(j, path, {"latency", "status", "reason", "body", "json", "headers", "content_type", "bandwidth", "error", "ip", "methods"});
    else
        check_keys(j, path, {"latency", "status", "reason", "body", "json", "headers", "content_type", "bandwidth", "error", "ip"});
    if (j.contains("latency")) r.latency = seconds(j["latency"], child(path, "latency"));
    if (j.contains("status")) {
        const Json& s = j["status"];
        if (!s.is_number_integer() || s.get<int64_t>() < 100 || s.get<int64_t>() > 599)
            fail(child(path, "status"), path_text(child(path, "status")) + " must be an HTTP status from 100 to 599, got " + s.dump());
        r.status = static_cast<int>(s.get<int64_t>());
        r.reason = http_reason(r.status);
    }
    if (j.contains("reason")) r.reason = text(j["reason"], child(path, "reason"));
    std::string content_type = "text/plain; charset=utf-8";
    if (j.contains("body") && j.contains("json"))
        fail(child(path, "json"), path_text(path) + " has both \"body\" and \"json\"; give one of them", true);
    if (j.contains("body")) r.body = text(j["body"], child(path, "body"));
    if (j.contains("json")) {
        r.body = j["json"].dump();
        content_type = "application/json; charset=utf-8";
    }
    if (j.contains("content_type")) content_type = text(j["content_type"], child(path, "content_type"));
    if (j.contains("bandwidth")) r.bandwidth = bandwidth(j["bandwidth"], child(path, "bandwidth"));
    if (j.contains("error")) r.failure = failure_named(j["error"], child(path, "error"));
    if (j.contains("ip")) r.ip = text(j["ip"], child(path, "ip"));
    std::vector<std::pair<std::string, std::string>> headers;
    if (j.contains("headers")) {
        JsonPath hp = child(path, "headers");
        expect_object(j["headers"], hp);
        for (auto it = j["headers"].begin(); it != j["headers"].end(); ++it) {
            if (it.value().is_string()) headers.emplace_back(it.key(), it.value().get<std::string>());
            else if (it.value().is_number()) headers.emplace_back(it.key(), it.value().dump());
            else fail(child(hp, it.key()), "header " + path_text(child(hp, it.key())) + " must be a string, got " + describe_type(it.value()));
        }
    }
    // Content-Type and Content-Length first, as a server sends them, unless the world gives its own.
    std::vector<std::pair<std::string, std::string>> all;
    if (!has_header(headers, "Content-Type")) all.emplace_back("Content-Type", content_type);
    if (!has_header(headers, "Content-Length")) all.emplace_back("Content-Length", std::to_string(r.body.size()));
    all.insert(all.end(), headers.begin(), headers.end());
    r.headers = std::move(all);
    return r;
}

void parse_urls(const Json& j, World& w) {
    JsonPath path{JsonStep::member("urls")};
    expect_object(j, path);
    for (auto it = j.begin(); it != j.end(); ++it) {
        JsonPath up = child(path, it.key());
        ParsedUrl u = parse_url(it.key());
        if (!u.ok) fail(up, "urls: '" + it.key() + "' is not a usable URL: " + u.error, true);
        if (w.urls.count(u.key)) fail(up, "urls: '" + it.key() + "' names the same URL as another entry (" + u.key + ")", true);
        HttpResponseSpec base;
        base.latency = w.network_latency;
        base.bandwidth = w.network_bandwidth;
        base.reason = "OK";
        base.ip = "192.0.2.10";
        WorldUrl entry;
        entry.response = parse_response(it.value(), up, base, true);
        if (it.value().is_object() && it.value().contains("methods")) {
            JsonPath mp = child(up, "methods");
            expect_object(it.value()["methods"], mp);
            for (auto m = it.value()["methods"].begin(); m != it.value()["methods"].end(); ++m) {
                std::string method = m.key();
                for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                entry.methods[method] = parse_response(m.value(), child(mp, m.key()), entry.response, false);
            }
        }
        w.hosts.insert(u.host);
        w.urls[u.key] = std::move(entry);
    }
}

void add_directory(World& w, const std::string& path, const JsonPath& where) {
    for (std::string p = path; p != "/"; p = parent_of(p)) {
        if (w.files.count(p)) fail(where, "'" + p + "' is a file in \"files\" but also a directory here", true);
        w.directories.insert(p);
    }
}

void parse_files(const Json& j, World& w) {
    JsonPath path{JsonStep::member("files")};
    expect_object(j, path);
    for (auto it = j.begin(); it != j.end(); ++it) {
        JsonPath fp = child(path, it.key());
        if (it.key().empty()) fail(fp, "files: a file needs a name (the key is empty)", true);
        std::string p = normalise_path(it.key());
        if (p == "/") fail(fp, "files: '" + it.key() + "' names the root directory, not a file", true);
        if (w.files.count(p)) fail(fp, "files: '" + it.key() + "' names the same file as another entry (" + p + ")", true);
        if (w.directories.count(p)) fail(fp, "files: '" + it.key() + "' is also a directory (another file lies inside it)", true);
        WorldFile f;
        if (it.value().is_string()) {
            f.data = it.value().get<std::string>();
        } else if (it.value().is_object()) {
            check_keys(it.value(), fp, {"content", "latency", "bandwidth"});
            if (it.value().contains("content")) f.data = text(it.value()["content"], child(fp, "content"));
            if (it.value().contains("latency")) f.latency = seconds(it.value()["latency"], child(fp, "latency"));
            if (it.value().contains("bandwidth")) f.bandwidth = bandwidth(it.value()["bandwidth"], child(fp, "bandwidth"));
        } else {
            fail(fp, "files: '" + it.key() + "' must be a string (the content) or an object, got " + describe_type(it.value()));
        }
        add_directory(w, parent_of(p), fp);
        w.stored_bytes += f.data.size();
        w.files[p] = std::move(f);
    }
}

void parse_directories(const Json& j, World& w) {
    JsonPath path{JsonStep::member("directories")};
    if (!j.is_array()) fail(path, "directories must be an array of paths, got " + describe_type(j));
    for (size_t i = 0; i < j.size(); ++i) {
        JsonPath dp = path;
        dp.push_back(JsonStep::at(i));
        std::string p = normalise_path(text(j[i], dp));
        if (w.files.count(p)) fail(dp, "directories: '" + j[i].get<std::string>() + "' is already a file in \"files\"");
        add_directory(w, p, dp);
    }
}

void parse_timing(const Json& j, const char* name, double& latency, std::optional<double>& bw) {
    JsonPath path{JsonStep::member(name)};
    expect_object(j, path);
    if (std::string(name) == "disk") check_keys(j, path, {"latency", "bandwidth", "capacity"});
    else check_keys(j, path, {"latency", "bandwidth"});
    if (j.contains("latency")) latency = seconds(j["latency"], child(path, "latency"));
    if (j.contains("bandwidth")) bw = bandwidth(j["bandwidth"], child(path, "bandwidth"));
}

}  // namespace

std::optional<World> parse_world(const std::string& json, WorldParseError& error) {
    World w;
    w.directories.insert("/");
    bool blank = std::all_of(json.begin(), json.end(), [](unsigned char c) { return std::isspace(c); });
    if (blank) return w;
    Json root;
    try {
        root = Json::parse(json);
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based: the character at which the parser gave up.
        auto [line, column] = line_and_column(json, e.byte == 0 ? 0 : e.byte - 1);
        error.line = line;
        error.column = column;
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> the part after the position
        size_t colon = what.find(": ", what.find("parse error"));
        error.message = "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
        return std::nullopt;
    } catch (const Json::exception& e) {
        // A number beyond a double's range (1e309, found by world_fuzz): nlohmann names the
        // literal but not where it is, so find it in the text.
        const std::string what = e.what();
        const size_t open = what.find('\'');
        const size_t close = what.rfind('\'');
        const std::string literal = open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : "";
        const size_t at = literal.empty() ? std::string::npos : json.find(literal);
        auto [line, column] = line_and_column(json, at == std::string::npos ? 0 : at);
        error.line = line;
        error.column = column;
        error.message = literal.empty() ? "invalid JSON: a value is out of range"
                                        : "invalid JSON: the number " + literal + " is too large";
        return std::nullopt;
    }
    try {
        expect_object(root, {});
        check_keys(root, {}, {"urls", "files", "directories", "network", "disk"});
        // Defaults first: URL and file entries take theirs from them.
        if (root.contains("network")) parse_timing(root["network"], "network", w.network_latency, w.network_bandwidth);
        if (root.contains("disk")) {
            parse_timing(root["disk"], "disk", w.disk_latency, w.disk_bandwidth);
            if (root["disk"].contains("capacity")) {
                const Json& c = root["disk"]["capacity"];
                JsonPath cp{JsonStep::member("disk"), JsonStep::member("capacity")};
                if (!c.is_number_integer() || c.get<int64_t>() < 0) fail(cp, "disk.capacity must be a whole number of bytes, got " + c.dump());
                w.disk_capacity = static_cast<size_t>(c.get<int64_t>());
            }
        }
        if (root.contains("urls")) parse_urls(root["urls"], w);
        if (root.contains("files")) parse_files(root["files"], w);
        if (root.contains("directories")) parse_directories(root["directories"], w);
        if (w.stored_bytes > w.disk_capacity)
            fail({JsonStep::member("files")}, "the files hold " + std::to_string(w.stored_bytes) + " bytes, more than disk.capacity (" +
                                                  std::to_string(w.disk_capacity) + ")");
    } catch (const SchemaError& e) {
        size_t offset = locate_json_path(json, e.path, e.at_key);
        auto [line, column] = line_and_column(json, offset);
        error.line = line;
        error.column = column;
        error.message = e.message;
        return std::nullopt;
    }
    return w;
}

// ---- the public check (loopscope/world.h) ----------------------------------------------------

std::optional<WorldProblem> check_world(const std::string& world_json) {
    WorldParseError error;
    if (parse_world(world_json, error)) return std::nullopt;
    return WorldProblem{error.line, error.column, error.message};
}

std::string format_world_problem(const std::string& file, const WorldProblem& problem) {
    if (problem.line <= 0) return file + ": " + problem.message;
    return file + ":" + std::to_string(problem.line) + ":" + std::to_string(problem.column) + ": " + problem.message;
}

}  // namespace ls
