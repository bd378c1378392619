#include "tests/sim/tie_workload.hpp"

#include <memory>

#include "sim/delay.hpp"
#include "sim/distribution.hpp"
#include "sim/random.hpp"
#include "sim/server_pool.hpp"

namespace simtest {
namespace {

constexpr int kDays = 140;

sim::Roster weekly_roster() {
  const double week[7] = {4, 4, 3, 4, 2, 0, 0};
  std::vector<sim::Roster::Step> steps;
  for (int d = 0; d < kDays + 60; ++d) steps.push_back({static_cast<double>(d), week[d % 7]});
  return sim::Roster(steps);
}

class TieWorkload final : public sim::Agent, public sim::DelayClient {
 public:
  TieWorkload(sim::EngineKind kind, std::uint64_t seed)
      : engine_(sim::make_engine(kind)),
        streams_(seed),
        arrivals_(streams_.stream("arrivals")),
        durations_(streams_.stream("durations")),
        decisions_(streams_.stream("decisions")),
        court_client_(*this, 'C'),
        appeal_client_(*this, 'A'),
        court_(*engine_, court_spec(), court_client_),
        appeal_(*engine_, appeal_spec(), appeal_client_),
        adjournment_(*engine_, *this) {
    engine_->attach(*this, "clerk");  // the daily arrivals run on an agent of their own
  }

  std::vector<double> run() {
    engine_->at(0, *this);
    std::uint64_t weekly = 0;
    for (int week = 1; week * 7 <= kDays; ++week) {
      engine_->run_until(week * 7.0);
      // Between slices, as a model's outer loop would: a batch submitted from outside any event.
      for (int k = 0; k < 3; ++k) submit_to_court(1'000'000 + weekly++, 1, engine_->now() + 3);
      record('W', static_cast<double>(engine_->pending()), 0);
    }
    engine_->run_until(sim::kNever);
    const double end = engine_->now();
    trace_.insert(trace_.end(),
                  {end, static_cast<double>(engine_->events()),
                   static_cast<double>(court_.started()), static_cast<double>(court_.reneged()),
                   static_cast<double>(appeal_.started()), static_cast<double>(appeal_.reneged()),
                   court_.queue_length().area(end), court_.busy_servers().area(end),
                   appeal_.queue_length().area(end), adjournment_.inside().area(end)});
    return std::move(trace_);
  }

  // The clerk's day: a batch of new cases at a whole-day time, then (kind 1, at the same time) a
  // late urgent case.
  void on_event(std::uint32_t kind, std::uint64_t) override {
    if (kind == 1) {
      submit_to_court(next_case_++, 0, sim::kNever);
      return;
    }
    // The same agent again at this time, then a plain handler: each sees the one before only if
    // the back end finishes every agent's event before it runs the next event.
    engine_->at(engine_->now(), *this, 1);
    engine_->at(engine_->now(), registry_);
    const int batch = static_cast<int>(batch_size_.sample(arrivals_));
    for (int k = 0; k < batch; ++k) {
      const auto cls = static_cast<std::uint32_t>(class_.sample(arrivals_));
      const double patience = patience_.sample(arrivals_);
      submit_to_court(next_case_++, cls, patience > 0 ? engine_->now() + patience : sim::kNever);
    }
    if (engine_->now() + 1 < kDays) engine_->after(1, *this);
  }

  void on_delay_end(std::uint64_t tag) override {
    record('D', static_cast<double>(tag), 0);
    submit_to_court(tag, 0, sim::kNever);  // back from adjournment: urgent now
  }

 private:
  struct Client final : sim::PoolClient {
    Client(TieWorkload& w, char n) : workload(w), name(n) {}
    sim::Time on_start(std::uint64_t tag, std::uint32_t server) override {
      return workload.start(name, tag, server);
    }
    void on_finish(std::uint64_t tag, std::uint32_t server) override {
      workload.finish(name, tag, server);
    }
    void on_renege(std::uint64_t tag) override { workload.record('R', name, tag); }
    TieWorkload& workload;
    char name;
  };

  // Notes the state of the pools at the end of each day's business.
  struct Registry final : sim::Handler {
    explicit Registry(TieWorkload& w) : workload(w) {}
    void on_event(std::uint32_t, std::uint64_t) override {
      workload.record('G', static_cast<double>(workload.court_.queued()),
                      static_cast<double>(workload.court_.busy()));
      workload.trace_.push_back(static_cast<double>(workload.appeal_.busy()));
    }
    TieWorkload& workload;
  };

  static sim::PoolSpec court_spec() {
    sim::PoolSpec s;
    s.name = "court";
    s.servers = 4;
    s.classes = 3;
    s.roster = weekly_roster();
    s.ring_fence = sim::RingFence{2, 0.25};
    return s;
  }
  static sim::PoolSpec appeal_spec() {
    sim::PoolSpec s;
    s.name = "appeal";
    s.servers = 2;
    return s;
  }

  void record(char what, double a, double b) {
    trace_.insert(trace_.end(), {static_cast<double>(what), engine_->now(), a, b});
  }
  void submit_to_court(std::uint64_t tag, std::uint32_t cls, sim::Time deadline) {
    record('Q', static_cast<double>(tag), cls);
    court_.submit(tag, cls, deadline);
  }
  sim::Time start(char pool, std::uint64_t tag, std::uint32_t server) {
    record('S', pool, static_cast<double>(tag));
    trace_.push_back(server);
    return pool == 'C' ? hearing_.sample(durations_) : 1.0;
  }
  void finish(char pool, std::uint64_t tag, std::uint32_t server) {
    record('F', pool, static_cast<double>(tag));
    trace_.push_back(server);
    if (pool != 'C') return;
    if (decisions_.bernoulli(0.3)) {
      adjournment_.start(tag, adjourned_for_.sample(durations_));
    } else if (decisions_.bernoulli(0.5)) {
      appeal_.submit(tag, 0, engine_->now() + appeal_patience_.sample(durations_));
    }
  }

  std::unique_ptr<sim::Engine> engine_;
  sim::Streams streams_;
  sim::Rng arrivals_, durations_, decisions_;
  // Whole and half days, so that many events fall at equal times.
  sim::Distribution batch_size_ = sim::Distribution::empirical({0, 1, 2, 3, 5}, {1, 2, 2, 1, 1});
  sim::Distribution class_ = sim::Distribution::empirical({0, 1, 2}, {1, 3, 2});
  sim::Distribution patience_ = sim::Distribution::empirical({0, 2, 4}, {2, 1, 1});  // 0: none
  // Some hearings take no time: a server then finishes twice at one time.
  sim::Distribution hearing_ = sim::Distribution::empirical({0, 0.5, 1, 2, 3}, {1, 1, 3, 2, 1});
  sim::Distribution adjourned_for_ = sim::Distribution::empirical({1, 2, 7}, {2, 1, 1});
  sim::Distribution appeal_patience_ = sim::Distribution::empirical({1, 2, 3}, {1, 1, 1});
  Client court_client_, appeal_client_;
  sim::ServerPool court_, appeal_;
  sim::Delay adjournment_;
  Registry registry_{*this};
  std::uint64_t next_case_ = 0;
  std::vector<double> trace_;
};

}  // namespace

std::vector<double> run_tie_workload(sim::EngineKind kind, std::uint64_t seed) {
  TieWorkload workload(kind, seed);
  return workload.run();
}

}  // namespace simtest
