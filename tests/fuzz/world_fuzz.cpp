// libFuzzer target for the simulated world's readers (engine/WORLD.md):
// - the input as world JSON (`--world`): the engine's check_world must accept it or give a
//   positioned problem; an accepted world then runs a program that opens, reads and writes the
//   files and fetches the URLs that the seeds and the dictionary name (aiohttp, aiofiles, open());
// - the input as YAML (a lesson's `world:` section): the loader's reader turns it into JSON or
//   reports errors, and the JSON it produces goes through the engine's check.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <loopscope/engine.h>
#include <loopscope/world.h>

#include "fuzz_support.h"
#include "lesson_files.h"
#include "world_reader.h"
#include "yaml_fields.h"

namespace {

// Touches what a world can hold: files (read, write, append, a directory), URLs (GET, POST,
// JSON, status, timeouts) and errors; every failure is caught so the run goes on.
constexpr const char* kWorldProgram = R"PY(
import asyncio
import aiofiles
import aiohttp

for path in ["example.txt", "data/big.csv", "out", "a.txt/b", ""]:
    try:
        with open(path) as f:
            print(len(f.read()), f.readline())
    except Exception as e:
        print(type(e).__name__, e)
for path, mode in [("out/x.txt", "w"), ("example.txt", "a"), ("new.txt", "x"), ("data/big.csv", "rb")]:
    try:
        with open(path, mode) as f:
            f.write("hello\n" * 3 if "b" not in mode else b"")
    except Exception as e:
        print(type(e).__name__, e)

async def fetch(session, url, method):
    try:
        async with session.request(method, url) as response:
            print(url, response.status, response.reason, dict(response.headers))
            try:
                print(await response.json())
            except Exception as e:
                print(type(e).__name__)
            print(len(await response.text()), len(await response.read()))
    except Exception as e:
        print(url, type(e).__name__, e)

async def main():
    timeout = aiohttp.ClientTimeout(total=2)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        urls = ["http://example.com/", "http://api.example.com/user/1", "http://api.example.com/slow",
                "http://example.com/secret", "http://down.example.com/", "https://unknown.example/"]
        await asyncio.gather(*(fetch(session, u, "GET") for u in urls),
                             fetch(session, "http://example.com/form", "POST"),
                             return_exceptions=True)
    async with aiofiles.open("example.txt") as f:
        async for line in f:
            print(line)
    async with aiofiles.open("out/y.txt", "w") as f:
        await f.write("x" * 1000)

try:
    asyncio.run(main())
except Exception as e:
    print(type(e).__name__, e)
)PY";

void run_in_world(const std::string& world_json) {
    ls::RunOptions options = ls::fuzz::small_run_options();
    options.world_json = world_json;
    ls::fuzz::DiscardHost host;
    const ls::RunResult result = ls::run_program(kWorldProgram, options, host);
    // check_world accepted it, so the run may not reject it.
    for (const auto& d : result.diagnostics)
        if (d.code == "world-invalid") std::abort();
}

void read_as_lesson_section(const std::string& text) {
    // The loader reads only lesson files that are valid UTF-8 (it reports the others first).
    if (ls::lesson::first_invalid_utf8(text)) return;
    YAML::Node node;
    try {
        node = YAML::Load(text);
    } catch (const YAML::Exception&) {
        return;  // the loader reports YAML syntax errors before it reads any section
    }
    std::vector<ls::lesson::LessonError> errors;
    ls::lesson::YamlErrors yaml_errors("lesson.yaml", errors);
    yaml_errors.set_text(&text);
    const std::optional<std::string> json = ls::lesson::read_world(yaml_errors, node);
    if (json.has_value() == !errors.empty()) std::abort();  // JSON or errors, not both
    if (json) (void)ls::check_world(*json);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text = ls::fuzz::as_string(data, size);
    if (const auto problem = ls::check_world(text)) {
        if (problem->message.empty()) std::abort();
    } else {
        run_in_world(text);
    }
    read_as_lesson_section(text);
    return 0;
}
