// Peak memory of the CLI's whole-store commands at two store sizes. Not part of the tests.
//
//   memory_bench [--cli PATH] [--dir DIR] [SMALL] [LARGE]   default 20,000 and 200,000 cases
//   memory_bench 1000000                                    20,000 and 1,000,000
//
// Fills a store of SMALL and one of LARGE synthetic cases (SyntheticCaseGenerator, in DIR,
// default /tmp; a store already holding that many cases is reused), then runs each command of
// the list below on both as a child process and prints its peak resident set (wait4's
// ru_maxrss) in MB, the ratio LARGE/SMALL and the seconds it took. A command whose memory does
// not grow with the store has a ratio near 1 (below 1.3, say); the baseline is the same
// command on the small store, measured in the same run. Children write to /dev/null (files to
// DIR); a command exiting with other than 0 or 1 (findings) is reported as failed, with its
// stderr in DIR/memory-bench.log. The figures include the few MB of this process, from which
// each command is spawned. audit and review-year record their runs in the stores, which so grow
// by the results of each run of this bench (delete them to start afresh). Left out: archive
// export (a file per case: 200,000 files) and import, demo (it fills a store itself).
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_store.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/synthetic.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct Run {
  double mb = 0;
  double seconds = 0;
  int exit_code = -1;
};

// Runs `args` (args[0] the program) with stdout to /dev/null and stderr appended to `log`.
Run run(const std::vector<std::string>& args, const std::string& log) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  const auto t0 = std::chrono::steady_clock::now();
  pid_t pid = 0;
  Run r;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    posix_spawn_file_actions_destroy(&actions);
    return r;
  }
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// The commands, each given the store's path and a scratch folder for its files.
struct Command {
  const char* label;
  std::vector<std::string> (*args)(const std::string& db, const std::string& out);
};

const Command
    kCommands[] =
        {
            {"verify",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"verify", "--db", db};
             }},
            {"disclose --export x.csv",
             [](const std::string& db, const std::string& out) -> std::vector<std::string> {
               return {"disclose", "--db", db, "--as-of", "2025-12-31", "--export", out + "/d.csv"};
             }},
            {"disclose --export x.json",
             [](const std::string& db, const std::string& out) -> std::vector<std::string> {
               return {"disclose", "--db",         db, "--as-of", "2025-12-31",
                       "--export", out + "/d.json"};
             }},
            {"disclose --export x.jsonl",
             [](const std::string& db, const std::string& out) -> std::vector<std::string> {
               return {"disclose", "--db",          db, "--as-of", "2025-12-31",
                       "--export", out + "/d.jsonl"};
             }},
            {"disclose (table)",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"disclose", "--db", db, "--as-of", "2025-12-31"};
             }},
            {"disclose --all --format json",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"disclose",   "--db",  db,         "--as-of",
                       "2025-12-31", "--all", "--format", "json"};
             }},
            {"export FILE",
             [](const std::string& db, const std::string& out) -> std::vector<std::string> {
               return {"export", "--db", db, out + "/cases.jsonl"};
             }},
            {"cases list",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"cases", "list", "--db", db};
             }},
            {"cases list --json",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"cases", "list", "--db", db, "--json"};
             }},
            {"stats --year 2025",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"stats", "--db", db, "--year", "2025"};
             }},
            {"audit",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"audit", "--db", db, "--as-of", "2025-12-31"};
             }},
            {"audit --report DIR",
             [](const std::string& db, const std::string& out) -> std::vector<std::string> {
               return {"audit", "--db", db, "--as-of", "2025-12-31", "--report", out + "/audit"};
             }},
            {"review-year",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"review-year", "--db", db, "--as-of", "2025-12-31"};
             }},
            {"deadlines",
             [](const std::string& db, const std::string&) -> std::vector<std::string> {
               return {"deadlines", "--db", db, "--as-of", "2025-12-31"};
             }},
};

}  // namespace

int main(int argc, char** argv) {
#ifdef ZHIFA_CLI_PATH
  std::string cli = ZHIFA_CLI_PATH;
#else
  std::string cli = "zhifa";
#endif
  std::string dir = "/tmp";
  std::vector<std::int64_t> sizes;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--cli" && i + 1 < argc) {
      cli = argv[++i];
    } else if (a == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a.find_first_not_of("0123456789") == std::string::npos && !a.empty()) {
      sizes.push_back(std::atoll(a.c_str()));
    } else {
      std::fprintf(stderr, "usage: memory_bench [--cli PATH] [--dir DIR] [SMALL] [LARGE]\n");
      return 2;
    }
  }
  if (sizes.empty()) sizes.push_back(200000);
  if (sizes.size() == 1) sizes.insert(sizes.begin(), 20000);  // one size: the large one
  if (sizes.size() != 2 || sizes[0] <= 0 || sizes[1] <= 0) {
    std::fprintf(stderr, "memory_bench: give one or two positive sizes\n");
    return 2;
  }
  if (!fs::exists(cli)) {
    std::fprintf(stderr, "memory_bench: no zhifa CLI at %s (give --cli PATH)\n", cli.c_str());
    return 2;
  }
  const std::string log = dir + "/memory-bench.log";
  fs::remove(log);

  std::vector<std::string> dbs;
  for (std::int64_t n : sizes) {
    const std::string db = dir + "/zhifa-memory-bench-" + std::to_string(n) + ".db";
    if (!fs::exists(db) || zhifa::CaseStore(db).count() != n) {
      // Filled by a child: a spawned command's ru_maxrss counts the memory of the process it was
      // spawned from (Linux keeps the larger across exec), so this one must stay small.
      const pid_t child = fork();
      if (child == 0) {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
        zhifa::bench::fill_synthetic_store(db, n, 10000);
        _exit(0);
      }
      int status = 0;
      waitpid(child, &status, 0);
      if (status != 0) return 1;
    }
    dbs.push_back(db);
  }

  std::printf("memory_bench: peak RSS (MB) of %s at %lld and %lld cases\n", cli.c_str(),
              static_cast<long long>(sizes[0]), static_cast<long long>(sizes[1]));
  std::printf("%-30s %10s %10s %7s %9s %9s\n", "command", "small MB", "large MB", "ratio",
              "small s", "large s");
  bool failed = false;
  for (const Command& c : kCommands) {
    Run r[2];
    for (int i = 0; i < 2; ++i) {
      const std::string out = dir + "/zhifa-memory-bench-out";
      fs::remove_all(out);
      fs::create_directories(out);
      std::vector<std::string> args = c.args(dbs[static_cast<std::size_t>(i)], out);
      args.insert(args.begin(), cli);
      r[i] = run(args, log);
      fs::remove_all(out);
    }
    const bool ok = r[0].exit_code == 0 || r[0].exit_code == 1;
    const bool ok2 = r[1].exit_code == 0 || r[1].exit_code == 1;
    failed = failed || !ok || !ok2;
    std::printf("%-30s %10.1f %10.1f %7.2f %9.2f %9.2f%s\n", c.label, r[0].mb, r[1].mb,
                r[0].mb > 0 ? r[1].mb / r[0].mb : 0.0, r[0].seconds, r[1].seconds,
                ok && ok2 ? "" : "  FAILED (see the log)");
    std::fflush(stdout);
  }
  if (failed) std::printf("stderr of the commands: %s\n", log.c_str());
  return failed ? 1 : 0;
}
