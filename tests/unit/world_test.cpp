// The simulated world (world.h, loopscope/world.h): parsing the JSON with errors that point at
// the line and column of the problem, URL and path normalisation, what the world answers, and
// the I/O events a run records.
#include <algorithm>

#include <gtest/gtest.h>

#include "loopscope/engine.h"
#include "loopscope/world.h"
#include "world.h"

namespace ls {
namespace {

WorldParseError parse_error(const std::string& json) {
    WorldParseError error;
    EXPECT_FALSE(parse_world(json, error)) << "expected an error for:\n" << json;
    return error;
}

World parse_ok(const std::string& json) {
    WorldParseError error;
    auto w = parse_world(json, error);
    EXPECT_TRUE(w) << error.line << ":" << error.column << ": " << error.message;
    return w ? std::move(*w) : World{};
}

TEST(WorldParse, EmptyTextIsTheEmptyWorld) {
    World w = parse_ok("  \n");
    EXPECT_TRUE(w.urls.empty());
    EXPECT_TRUE(w.files.empty());
    EXPECT_EQ(w.directories.count("/"), 1u);
}

TEST(WorldParse, MalformedJsonGivesLineAndColumn) {
    auto e = parse_error("{\n  \"urls\": {\n    \"http://a/\": {\"latency\": 1,}\n  }\n}\n");
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.column, 32);  // the '}' after the comma
    EXPECT_EQ(e.message.rfind("invalid JSON: ", 0), 0u) << e.message;
    EXPECT_NE(e.message.find("unexpected '}'"), std::string::npos) << e.message;
    EXPECT_EQ(e.message.find("json.exception"), std::string::npos) << "nlohmann's prefix is dropped: " << e.message;
}

// Found by world_fuzz: a number beyond a double's range made the JSON library throw an
// exception nobody caught, and loopscope-cli aborted.
TEST(WorldParse, NumberTooLargeIsAnErrorAtItsPlace) {
    auto e = parse_error("{\"files\": {\"a.txt\": {\"size\": 1e309}}}");
    EXPECT_EQ(e.message, "invalid JSON: the number 1e309 is too large");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 30);
    EXPECT_EQ(parse_error("[1e309,\x02&\x82").message, "invalid JSON: the number 1e309 is too large");
}

TEST(WorldParse, TruncatedJsonPointsAtTheEnd) {
    auto e = parse_error("{\"files\": {\"a.txt\": \"x\"");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 24);
}

TEST(WorldParse, ColumnsCountCharactersNotBytes) {
    auto e = parse_error("{\"files\": {\"中文.txt\": 5}}");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 22);  // the 5: 中 and 文 count one column each, not three
    EXPECT_EQ(e.message, "files: '中文.txt' must be a string (the content) or an object, got a number");
}

TEST(WorldParse, TopLevelMustBeAnObject) {
    auto e = parse_error("[1, 2]");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 1);
    EXPECT_NE(e.message.find("must be a JSON object"), std::string::npos) << e.message;
}

TEST(WorldParse, UnknownKeysAreErrorsAtTheKey) {
    auto e = parse_error("{\n  \"url\": {}\n}");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 3);
    EXPECT_EQ(e.message, "unknown key 'url' in the world (allowed: urls, files, directories, network, disk)");
    auto f = parse_error("{\"urls\": {\"http://a/\": {\"latncy\": 1}}}");
    EXPECT_EQ(f.column, 25);
    EXPECT_NE(f.message.find("unknown key 'latncy' in urls[\"http://a/\"]"), std::string::npos) << f.message;
}

TEST(WorldParse, WrongTypesNameThePathAndPointAtTheValue) {
    auto e = parse_error("{\"urls\": {\n  \"http://example.com/\": {\"latency\": \"fast\"}\n}}");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 38);
    EXPECT_EQ(e.message, "urls[\"http://example.com/\"].latency must be a number of seconds, got a string");
}

TEST(WorldParse, RejectsBadValues) {
    EXPECT_NE(parse_error("{\"urls\": {\"http://a/\": {\"latency\": -1}}}").message.find("0 or more seconds"), std::string::npos);
    EXPECT_NE(parse_error("{\"urls\": {\"http://a/\": {\"status\": 99}}}").message.find("from 100 to 599"), std::string::npos);
    EXPECT_NE(parse_error("{\"urls\": {\"http://a/\": {\"bandwidth\": 0}}}").message.find("more than 0 bytes"), std::string::npos);
    EXPECT_NE(parse_error("{\"urls\": {\"http://a/\": {\"error\": \"boom\"}}}").message.find("\"connection_refused\""), std::string::npos);
    EXPECT_NE(parse_error("{\"urls\": {\"http://a/\": {\"body\": \"x\", \"json\": 1}}}").message.find("both \"body\" and \"json\""),
              std::string::npos);
    EXPECT_NE(parse_error("{\"urls\": {\"ftp://a/\": \"x\"}}").message.find("not a usable URL"), std::string::npos);
    EXPECT_NE(parse_error("{\"urls\": {\"http://a\": \"x\", \"HTTP://A/\": \"y\"}}").message.find("same URL"), std::string::npos);
    EXPECT_NE(parse_error("{\"directories\": \"out\"}").message.find("array of paths"), std::string::npos);
    EXPECT_NE(parse_error("{\"disk\": {\"latency\": true}}").message.find("disk.latency"), std::string::npos);
}

TEST(WorldParse, FileAndDirectoryConflicts) {
    auto e = parse_error("{\"files\": {\"a\": \"x\", \"a/b.txt\": \"y\"}}");
    EXPECT_NE(e.message.find("'/a' is a file"), std::string::npos) << e.message;
    auto f = parse_error("{\"files\": {\"./a.txt\": \"x\", \"a.txt\": \"y\"}}");
    EXPECT_NE(f.message.find("same file"), std::string::npos) << f.message;
    auto g = parse_error("{\"files\": {\"a.txt\": \"x\"}, \"directories\": [\"a.txt\"]}");
    EXPECT_EQ(g.column, 43);
    EXPECT_NE(g.message.find("already a file"), std::string::npos) << g.message;
}

TEST(WorldParse, UrlEntriesTakeDefaultsAndBuildHeaders) {
    World w = parse_ok(R"({"network": {"latency": 0.25},
        "urls": {"http://Example.COM": "hi",
                 "http://api.example.com/u": {"json": {"b": 1, "a": [true, null]}, "headers": {"X-Id": 7}},
                 "http://example.com/f": {"latency": 2, "methods": {"post": {"status": 201}}}}})");
    ParsedUrl root = parse_url("http://example.com/");
    HttpResponseSpec r = w.request("GET", root);
    EXPECT_EQ(r.latency, 0.25);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.reason, "OK");
    EXPECT_EQ(r.body, "hi");
    HttpResponseSpec j = w.request("GET", parse_url("http://api.example.com/u"));
    EXPECT_EQ(j.body, "{\"b\":1,\"a\":[true,null]}") << "key order kept";
    ASSERT_EQ(j.headers.size(), 3u);
    EXPECT_EQ(j.headers[0], (std::pair<std::string, std::string>("Content-Type", "application/json; charset=utf-8")));
    EXPECT_EQ(j.headers[1], (std::pair<std::string, std::string>("Content-Length", std::to_string(j.body.size()))));
    EXPECT_EQ(j.headers[2], (std::pair<std::string, std::string>("X-Id", "7")));
    HttpResponseSpec post = w.request("POST", parse_url("http://example.com/f"));
    EXPECT_EQ(post.status, 201);
    EXPECT_EQ(post.reason, "Created");
    EXPECT_EQ(post.latency, 2) << "a method's answer inherits the URL's";
    EXPECT_EQ(w.request("GET", parse_url("http://example.com/f")).status, 200);
}

TEST(WorldParse, UnknownPathsAnd404sAndUnknownHosts) {
    World w = parse_ok(R"({"urls": {"http://example.com/a": "a"}})");
    HttpResponseSpec missing = w.request("GET", parse_url("http://example.com/b"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.body, "404: Not Found");
    EXPECT_EQ(missing.failure, HttpFailure::None);
    EXPECT_EQ(w.request("GET", parse_url("http://other.example.com/a")).failure, HttpFailure::DnsFailure);
}

TEST(WorldUrls, NormaliseSchemeHostPortAndPath) {
    EXPECT_EQ(parse_url("HTTP://Example.com").key, "http://example.com/");
    EXPECT_EQ(parse_url("http://example.com:80/x?q=1#frag").key, "http://example.com/x?q=1");
    EXPECT_EQ(parse_url("https://example.com:8443?q").key, "https://example.com:8443/?q");
    EXPECT_EQ(parse_url("https://example.com/").port, 443);
    EXPECT_FALSE(parse_url("example.com").ok);
    EXPECT_FALSE(parse_url("http:///path").ok);
    EXPECT_FALSE(parse_url("http://example.com:99999/").ok);
}

TEST(WorldPaths, NormaliseToTheRoot) {
    EXPECT_EQ(normalise_path("a.txt"), "/a.txt");
    EXPECT_EQ(normalise_path("./a/./b//c.txt"), "/a/b/c.txt");
    EXPECT_EQ(normalise_path("a/../../../b"), "/b");
    EXPECT_EQ(normalise_path(""), "/");
    World w = parse_ok(R"({"files": {"d/f.txt": "x"}, "directories": ["e/g"]})");
    EXPECT_EQ(w.classify("/d/f.txt"), PathKind::File);
    EXPECT_EQ(w.classify("/d"), PathKind::Directory);
    EXPECT_EQ(w.classify("/e"), PathKind::Directory);
    EXPECT_EQ(w.classify("/e/g"), PathKind::Directory);
    EXPECT_EQ(w.classify("/d/new.txt"), PathKind::Missing);
    EXPECT_EQ(w.classify("/x/new.txt"), PathKind::ParentMissing);
    EXPECT_EQ(w.classify("/d/f.txt/y"), PathKind::ParentNotDirectory);
}

TEST(WorldCosts, FilesTakeLatencyPlusBytesOverBandwidth) {
    World w = parse_ok(R"({"disk": {"latency": 0.5, "bandwidth": 100}, "files": {"a": "x", "b": {"content": "y", "latency": 0}}})");
    EXPECT_DOUBLE_EQ(w.file_cost("/a", 50), 1.0);
    EXPECT_DOUBLE_EQ(w.file_cost("/b", 50), 0.5);
    EXPECT_DOUBLE_EQ(parse_ok("{}").file_cost("/a", 1000), 0.0) << "no disk key: nothing costs time";
}

TEST(WorldCosts, DiskCapacityBoundsWhatFilesHold) {
    World w = parse_ok(R"({"disk": {"capacity": 10}, "files": {"a": "12345"}})");
    EXPECT_EQ(w.disk_capacity, 10u);
    EXPECT_EQ(w.stored_bytes, 5u);
    WorldFile& a = w.files["/a"];
    EXPECT_TRUE(w.resize(a, 10));
    EXPECT_FALSE(w.resize(a, 11));
    EXPECT_EQ(a.data.size(), 10u) << "a failed resize changes nothing";
    WorldFile& b = w.create_file("/b");
    EXPECT_FALSE(w.resize(b, 1)) << "the disk is full";
    EXPECT_TRUE(w.resize(a, 2));
    EXPECT_TRUE(w.resize(b, 8));
    EXPECT_EQ(w.stored_bytes, 10u);
    EXPECT_NE(parse_error(R"({"disk": {"capacity": 3}, "files": {"a": "12345"}})").message.find("more than disk.capacity"),
              std::string::npos);
    EXPECT_NE(parse_error(R"({"disk": {"capacity": 1.5}})").message.find("whole number of bytes"), std::string::npos);
}

TEST(WorldCheck, PublicCheckAndMessageFormat) {
    EXPECT_FALSE(check_world(R"({"files": {"a.txt": "x"}})"));
    auto p = check_world("{\"files\": 3}");
    ASSERT_TRUE(p);
    EXPECT_EQ(format_world_problem("w.json", *p), "w.json:1:11: files must be an object, got a number");
    EXPECT_EQ(format_world_problem("w.json", WorldProblem{0, 0, "boom"}), "w.json: boom");
}

TEST(WorldRun, BadWorldRunsNothingAndReportsADiagnostic) {
    RunOptions options;
    options.world_json = "{\"urls\": []}";
    CapturedRun run = run_captured("print('must not run')\n", options);
    EXPECT_EQ(run.result.exit_code, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("line 1, column 10: urls must be an object, got an array"), std::string::npos) << run.err;
    ASSERT_EQ(run.result.diagnostics.size(), 1u);
    EXPECT_EQ(run.result.diagnostics[0].code, "world-invalid");
    EXPECT_EQ(run.result.diagnostics[0].line, 1);
    EXPECT_EQ(run.result.diagnostics[0].col, 10);
}

TEST(WorldRun, RequestsAreRecordedAsIo) {
    RunOptions options;
    options.record_trace = true;
    options.world_json = R"({"urls": {"http://example.com/": {"latency": 2, "body": "hi"}}})";
    const std::string program =
        "import asyncio, aiohttp\n"
        "async def main():\n"
        "    async with aiohttp.ClientSession() as s:\n"
        "        async with s.get('http://example.com/') as r:\n"
        "            print(await r.text())\n"
        "asyncio.run(main())\n";
    CapturedRun run = run_captured(program, options);
    ASSERT_EQ(run.result.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "hi\n");
    const auto& ev = run.result.trace.events;
    auto find = [&](TraceKind k) {
        return std::find_if(ev.begin(), ev.end(), [&](const TraceEvent& e) { return e.kind == k; });
    };
    auto started = find(TraceKind::IoStarted);
    auto completed = find(TraceKind::IoCompleted);
    ASSERT_NE(started, ev.end());
    ASSERT_NE(completed, ev.end());
    EXPECT_EQ(started->detail, "GET http://example.com/");
    EXPECT_EQ(started->time, 0);
    EXPECT_EQ(started->value, 2);
    EXPECT_EQ(started->line, 4) << "the program's line, not the library's";
    EXPECT_EQ(started->task, 0);
    EXPECT_EQ(completed->time, 2);
    EXPECT_EQ(completed->task, 0);
    EXPECT_EQ(completed->cause_kind, WakeCause::IO);
    auto suspended = std::find_if(ev.begin(), ev.end(), [](const TraceEvent& e) {
        return e.kind == TraceKind::TaskSuspended && e.detail == "I/O: GET http://example.com/";
    });
    ASSERT_NE(suspended, ev.end());
    EXPECT_EQ(suspended->line, 4);
    auto woken = std::find_if(completed, ev.end(), [](const TraceEvent& e) { return e.kind == TraceKind::TaskWoken; });
    ASSERT_NE(woken, ev.end());
    EXPECT_EQ(woken->cause_kind, WakeCause::IO);
    EXPECT_EQ(woken->cause, started->cause);
    EXPECT_EQ(run.result.trace.summary.virtual_time, 2);
}

TEST(WorldRun, TimedOutRequestIsAbandonedInTheTrace) {
    RunOptions options;
    options.record_trace = true;
    options.world_json = R"({"urls": {"http://example.com/": {"error": "no_response"}}})";
    const std::string program =
        "import asyncio, aiohttp\n"
        "async def main():\n"
        "    async with aiohttp.ClientSession() as s:\n"
        "        try:\n"
        "            async with asyncio.timeout(1.5):\n"
        "                await s.get('http://example.com/', timeout=aiohttp.ClientTimeout(total=3))\n"
        "        except TimeoutError:\n"
        "            print('gave up', asyncio.get_running_loop().time())\n"
        "asyncio.run(main())\n";
    CapturedRun run = run_captured(program, options);
    ASSERT_EQ(run.result.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "gave up 1.5\n");
    const auto& ev = run.result.trace.events;
    auto completed = std::find_if(ev.begin(), ev.end(), [](const TraceEvent& e) { return e.kind == TraceKind::IoCompleted; });
    ASSERT_NE(completed, ev.end());
    EXPECT_EQ(completed->time, 1.5);
    EXPECT_EQ(completed->detail, "GET http://example.com/ (cancelled)");
    EXPECT_EQ(run.result.trace.summary.virtual_time, 1.5) << "the abandoned operation's timer is gone";
}

TEST(WorldRun, WritesChangeOnlyTheRunsOwnWorld) {
    RunOptions options;
    options.world_json = R"({"files": {"a.txt": "old"}})";
    const std::string program = "open('a.txt', 'w').write('new')\nprint(open('a.txt').read())\n";
    EXPECT_EQ(run_captured(program, options).out, "new\n");
    EXPECT_EQ(run_captured("print(open('a.txt').read())\n", options).out, "old\n") << "the next run starts from the given world";
}

}  // namespace
}  // namespace ls
