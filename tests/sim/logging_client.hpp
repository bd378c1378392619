// A pool client for the ServerPool tests: it logs every callback with its time and asks
// `service` for each job's service time.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "sim/server_pool.hpp"

namespace simtest {

struct Record {
  char what;  // 'S' start, 'F' finish, 'R' renege
  double time;
  std::uint64_t tag;
  friend bool operator==(const Record&, const Record&) = default;
};

// Logs every callback; the service time of a job is service(tag).
struct LoggingClient : sim::PoolClient {
  explicit LoggingClient(sim::Engine& e) : engine(e) {}
  sim::Time on_start(std::uint64_t tag, std::uint32_t) override {
    log.push_back({'S', engine.now(), tag});
    return service(tag);
  }
  void on_finish(std::uint64_t tag, std::uint32_t) override {
    log.push_back({'F', engine.now(), tag});
  }
  void on_renege(std::uint64_t tag) override { log.push_back({'R', engine.now(), tag}); }
  std::vector<std::uint64_t> tags(char what) const {
    std::vector<std::uint64_t> out;
    for (const auto& r : log) {
      if (r.what == what) out.push_back(r.tag);
    }
    return out;
  }
  sim::Engine& engine;
  std::function<sim::Time(std::uint64_t)> service = [](std::uint64_t) { return 1.0; };
  std::vector<Record> log;
};

inline sim::PoolSpec pool_spec(std::uint32_t servers, std::uint32_t classes = 1) {
  sim::PoolSpec s;
  s.name = "test";
  s.servers = servers;
  s.classes = classes;
  return s;
}

}  // namespace simtest
