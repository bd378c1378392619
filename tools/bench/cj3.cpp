#include "tools/bench/cj3.hpp"

#include <string>

#include "sim/check.hpp"
#include "sim/distribution.hpp"
#include "sim/random.hpp"
#include "sim/server_pool.hpp"
#include "sim/statistics.hpp"
#include "tools/bench/cpu_clock.hpp"

namespace bench {
namespace {

struct Case {
  std::uint64_t index = 0;  // arrival order
  double joined = 0;        // time it joined its current stage's queue
  bool priority = false;
  std::uint32_t next_free = 0;
};

sim::PoolSpec spec(const char* name, unsigned servers, unsigned classes) {
  sim::PoolSpec s;
  s.name = name;
  s.servers = servers;
  s.classes = classes;
  return s;
}

class Cj3 final : public sim::Handler {
 public:
  explicit Cj3(const Cj3Options& o)
      : options_(o),
        engine_(sim::make_engine(o.engine)),
        streams_(o.seed),
        arrivals_rng_(streams_.stream("arrivals")),
        priority_rng_(streams_.stream("priority")),
        patience_rng_(streams_.stream("patience")),
        service_rng_{streams_.stream("stage1"), streams_.stream("stage2"),
                     streams_.stream("stage3")},
        interarrival_(sim::Distribution::exponential(1.0 / o.arrival_rate)),
        patience_(sim::Distribution::exponential(o.patience_mean)),
        service_{sim::Distribution::exponential(o.service_mean[0]),
                 sim::Distribution::exponential(o.service_mean[1]),
                 sim::Distribution::exponential(o.service_mean[2])},
        stage1_(*this, 0),
        stage2_(*this, 1),
        stage3_(*this, 2),
        pool1_(*engine_, spec("stage1", o.servers[0], 1), stage1_),
        pool2_(*engine_, spec("stage2", o.servers[1], 2), stage2_),
        pool3_(*engine_, spec("stage3", o.servers[2], 1), stage3_),
        warmup_cases_(static_cast<std::uint64_t>(o.warmup_share * static_cast<double>(o.cases))) {}

  Cj3Result run() {
    if (options_.cases > 0) engine_->at(interarrival_.sample(arrivals_rng_), *this);
    const Stopwatch watch;
    engine_->run_until(sim::kNever);
    result_.sim_wall_seconds = watch.wall_seconds();
    result_.sim_cpu_seconds = watch.cpu_seconds();
    result_.cases = options_.cases;
    result_.events = engine_->events();
    result_.end_time = engine_->now();
    result_.w1 = w1_.mean();
    result_.w2_priority = w2_[0].mean();
    result_.w2_normal = w2_[1].mean();
    result_.w3 = w3_.mean();
    result_.counted = w3_.count();
    result_.p_renege =
        w3_.count() ? static_cast<double>(reneged_) / static_cast<double>(w3_.count()) : 0;
    return std::move(result_);
  }

  // An arrival.
  void on_event(std::uint32_t, std::uint64_t) override {
    const std::uint32_t slot = new_case();
    Case& c = cases_[slot];
    c.index = arrived_++;
    c.priority = priority_rng_.bernoulli(options_.priority_share);
    c.joined = engine_->now();
    record(c.joined);
    pool1_.submit(slot);
    if (arrived_ < options_.cases) engine_->after(interarrival_.sample(arrivals_rng_), *this);
  }

 private:
  struct Stage final : sim::PoolClient {
    Stage(Cj3& m, int s) : model(m), stage(s) {}
    sim::Time on_start(std::uint64_t tag, std::uint32_t) override {
      return model.start(stage, tag);
    }
    void on_finish(std::uint64_t tag, std::uint32_t) override { model.finish(stage, tag); }
    void on_renege(std::uint64_t tag) override { model.renege(tag); }
    Cj3& model;
    int stage;
  };

  std::uint32_t new_case() {
    if (free_ != kNone) {
      const std::uint32_t slot = free_;
      free_ = cases_[slot].next_free;
      return slot;
    }
    cases_.emplace_back();
    return static_cast<std::uint32_t>(cases_.size() - 1);
  }
  void free_case(std::uint32_t slot) {
    cases_[slot].next_free = free_;
    free_ = slot;
  }
  bool counted(const Case& c) const { return c.index >= warmup_cases_; }
  void record(double t) {
    if (options_.record_times) result_.times.push_back(t);
  }

  sim::Time start(int stage, std::uint64_t tag) {
    const Case& c = cases_[tag];
    const double wait = engine_->now() - c.joined;
    record(wait);
    if (counted(c)) {
      if (stage == 0) w1_.add(wait);
      if (stage == 1) w2_[c.priority ? 0 : 1].add(wait);
      if (stage == 2) w3_.add(wait);
    }
    return service_[stage].sample(service_rng_[stage]);
  }

  void finish(int stage, std::uint64_t tag) {
    Case& c = cases_[tag];
    c.joined = engine_->now();
    record(c.joined);
    const auto slot = static_cast<std::uint32_t>(tag);
    if (stage == 0) {
      pool2_.submit(slot, c.priority ? 0 : 1);
    } else if (stage == 1) {
      pool3_.submit(slot, 0, c.joined + patience_.sample(patience_rng_));
    } else {
      free_case(slot);
    }
  }

  void renege(std::uint64_t tag) {
    const Case& c = cases_[tag];
    const double wait = engine_->now() - c.joined;
    record(-wait);  // negative: a renege, told apart from a start in the recorded times
    if (counted(c)) {
      w3_.add(wait);
      ++reneged_;
    }
    free_case(static_cast<std::uint32_t>(tag));
  }

  static constexpr std::uint32_t kNone = 0xffffffffU;
  const Cj3Options& options_;
  std::unique_ptr<sim::Engine> engine_;
  sim::Streams streams_;
  sim::Rng arrivals_rng_, priority_rng_, patience_rng_;
  sim::Rng service_rng_[3];
  sim::Distribution interarrival_, patience_;
  sim::Distribution service_[3];
  Stage stage1_, stage2_, stage3_;
  sim::ServerPool pool1_, pool2_, pool3_;
  std::vector<Case> cases_;
  std::uint32_t free_ = kNone;
  std::uint64_t arrived_ = 0;
  std::uint64_t warmup_cases_;
  std::uint64_t reneged_ = 0;
  sim::Tally w1_, w2_[2], w3_;
  Cj3Result result_;
};

}  // namespace

void check(const Cj3Options& o) {
  using sim::require;
  require(o.cases >= 1, "cases", static_cast<double>(o.cases), "at least 1");
  sim::require_positive("arrival rate", o.arrival_rate);
  sim::require_probability("priority share", o.priority_share);
  for (int s = 0; s < 3; ++s) {
    const std::string stage = "stage " + std::to_string(s + 1);
    require(o.servers[s] >= 1 && o.servers[s] <= 100000, stage + " servers", o.servers[s],
            "a whole number from 1 to 100,000");
    sim::require_positive(stage + " mean service time", o.service_mean[s]);
  }
  sim::require_positive("patience mean", o.patience_mean);
  require(o.warmup_share >= 0 && o.warmup_share < 1, "warm-up share", o.warmup_share,
          "a share in [0, 1)");
}

Cj3Result run_cj3(const Cj3Options& options) {
  check(options);
  Cj3 model(options);
  return model.run();
}

}  // namespace bench
