// The simulated world a run happens in: web servers (URLs with latency, status, headers, body)
// and a file system (files and directories), parsed from RunOptions::world_json (schema:
// engine/WORLD.md). Everything lives in memory: nothing here reads or writes the host, and what
// the program writes changes only this copy, for the rest of the run.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ls {

// How a request to a URL ends, before any response arrives.
enum class HttpFailure { None, DnsFailure, ConnectionRefused, ServerDisconnected, NoResponse };

// What a server answers to one request.
struct HttpResponseSpec {
    double latency = 0;                                        // seconds until the response headers arrive
    int status = 200;
    std::string reason;                                        // "OK", "Not Found", ...
    std::vector<std::pair<std::string, std::string>> headers;  // in order, Content-Type and Content-Length included
    std::string body;                                          // bytes
    std::optional<double> bandwidth;                           // bytes per second for the body; none: instant
    HttpFailure failure = HttpFailure::None;
    std::string ip;                                            // the server's address, for "Connect call failed"
};

struct WorldUrl {
    HttpResponseSpec response;                        // any method
    std::map<std::string, HttpResponseSpec> methods;  // "POST" -> its own answer
};

struct WorldFile {
    std::string data;                 // bytes
    std::optional<double> latency;    // per-file overrides of the disk's
    std::optional<double> bandwidth;
};

// One simulated I/O operation, for the trace and the loop panel.
struct IoOperation {
    std::string detail;  // "GET http://example.com/", "read example.txt"
    int task = -1;       // the trace id of the task that started it
    double completes = 0;
};

// An http(s) URL split the way aiohttp's URL does it; `key` is the form the world is indexed by.
struct ParsedUrl {
    bool ok = false;
    std::string error;  // why it is not a usable URL
    std::string scheme, host, path_query, key;
    int port = 0;
};
ParsedUrl parse_url(std::string_view url);

// "a/./b/../c.txt" -> "/a/c.txt": absolute, no empty, "." or ".." parts. The program's working
// directory is the world's root "/", so "x.txt" and "/x.txt" name the same file.
std::string normalise_path(std::string_view path);

enum class PathKind { Missing, File, Directory, ParentMissing, ParentNotDirectory };

struct World {
    std::map<std::string, WorldUrl> urls;  // by ParsedUrl::key
    std::set<std::string> hosts;           // hosts that resolve (lower case)
    double network_latency = 0.1;          // for URLs without their own latency, 404s and DNS failures
    std::optional<double> network_bandwidth;
    std::map<std::string, WorldFile> files;  // by normalised path
    std::set<std::string> directories;       // normalised; "/" and every file's parents included
    double disk_latency = 0;
    std::optional<double> disk_bandwidth;
    size_t disk_capacity = 256u << 20;  // bytes all files may hold together; writing more: ENOSPC
    size_t stored_bytes = 0;            // bytes the files hold now
    std::vector<IoOperation> io_operations;

    // The answer to `method url` (url already parsed). Unknown hosts fail DNS; unknown paths
    // on a known host answer 404 as aiohttp's own server would.
    HttpResponseSpec request(const std::string& method, const ParsedUrl& url) const;
    // Seconds the body of `r` takes to arrive after the headers.
    double body_time(const HttpResponseSpec& r) const;

    PathKind classify(const std::string& path) const;  // `path` normalised
    // Seconds one operation moving `bytes` bytes on `path` takes (latency + bytes / bandwidth).
    double file_cost(const std::string& path, size_t bytes) const;
    // Creates or truncates the file (its parent must be a directory).
    WorldFile& create_file(const std::string& path);
    // Resizes a file's data, keeping stored_bytes; false (and no change) when the disk is full.
    bool resize(WorldFile& f, size_t size);

    int add_io(std::string detail, int task, double completes);
};

// A problem in the world's JSON: 1-based line and column (0 when the whole text is concerned).
struct WorldParseError {
    int line = 0, column = 0;
    std::string message;
};

// Parses world JSON (an empty string is the empty world). On failure returns nullopt and fills `error`.
std::optional<World> parse_world(const std::string& json, WorldParseError& error);

// The standard reason phrase for an HTTP status ("Not Found"), as Python's http.HTTPStatus.
std::string http_reason(int status);

}  // namespace ls
