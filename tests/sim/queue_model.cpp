#include "tests/sim/queue_model.hpp"

#include <memory>

#include "sim/distribution.hpp"
#include "sim/random.hpp"
#include "sim/server_pool.hpp"

namespace simtest {
namespace {

class QueueModel final : public sim::Handler, public sim::PoolClient {
 public:
  QueueModel(const QueueSpec& spec, sim::EngineKind kind)
      : spec_(spec),
        engine_(sim::make_engine(kind)),
        streams_(spec.seed),
        arrivals_rng_(streams_.stream("arrivals")),
        class_rng_(streams_.stream("class")),
        service_rng_(streams_.stream("service")),
        patience_rng_(streams_.stream("patience")),
        service_(sim::Distribution::exponential(spec.service_mean)),
        pool_(*engine_, pool_spec(spec), *this) {
    double total = 0;
    for (double rate : spec.arrival_rates) total += rate;
    interarrival_ = sim::Distribution::exponential(1 / total);
    double running = 0;
    for (double rate : spec.arrival_rates) {
      running += rate;
      class_threshold_.push_back(running / total);
    }
    if (spec.patience_mean > 0) patience_ = sim::Distribution::exponential(spec.patience_mean);
    result_.wait.resize(spec.arrival_rates.size());
    result_.abandoned.resize(spec.arrival_rates.size());
    arrival_time_.reserve(spec.customers);
  }

  QueueRun run() {
    engine_->at(interarrival_.sample(arrivals_rng_), *this);
    engine_->run_until(sim::kNever);
    const double end = engine_->now();
    result_.customers = arrival_time_.size();
    result_.queue_area = pool_.queue_length().area(end);
    result_.busy_area = pool_.busy_servers().area(end);
    result_.end_time = end;
    return std::move(result_);
  }

  // An arrival.
  void on_event(std::uint32_t, std::uint64_t) override {
    const sim::Time now = engine_->now();
    const std::uint64_t index = arrival_time_.size();
    if (index == spec_.warmup) {
      result_.window_start = now;
      window_area_at_start_ = pool_.queue_length().area(now);
    }
    arrival_time_.push_back(now);
    const double u = class_rng_.uniform();
    std::uint32_t cls = 0;
    while (cls + 1 < class_threshold_.size() && u >= class_threshold_[cls]) ++cls;
    class_of_.push_back(cls);
    const sim::Time deadline =
        spec_.patience_mean > 0 ? now + patience_.sample(patience_rng_) : sim::kNever;
    pool_.submit(index, cls, deadline);
    if (index + 1 < spec_.customers) {
      engine_->after(interarrival_.sample(arrivals_rng_), *this);
    } else {
      result_.window_end = now;
      result_.window_queue_area = pool_.queue_length().area(now) - window_area_at_start_;
    }
  }

  sim::Time on_start(std::uint64_t tag, std::uint32_t) override {
    record_wait(tag);
    const double service = service_.sample(service_rng_);
    result_.services_sum += service;
    return service;
  }
  void on_finish(std::uint64_t, std::uint32_t) override {}
  void on_renege(std::uint64_t tag) override {
    record_wait(tag);
    if (tag >= spec_.warmup) ++result_.abandoned[class_of_[tag]];
  }

 private:
  static sim::PoolSpec pool_spec(const QueueSpec& spec) {
    sim::PoolSpec s;
    s.name = "queue";
    s.servers = spec.servers;
    s.classes = static_cast<std::uint32_t>(spec.arrival_rates.size());
    return s;
  }
  void record_wait(std::uint64_t tag) {
    const double wait = engine_->now() - arrival_time_[tag];
    result_.waits_sum += wait;
    if (tag >= spec_.warmup) result_.wait[class_of_[tag]].add(wait);
  }

  const QueueSpec& spec_;
  std::unique_ptr<sim::Engine> engine_;
  sim::Streams streams_;
  sim::Rng arrivals_rng_, class_rng_, service_rng_, patience_rng_;
  sim::Distribution interarrival_, service_, patience_;
  std::vector<double> class_threshold_;
  sim::ServerPool pool_;
  std::vector<double> arrival_time_;
  std::vector<std::uint32_t> class_of_;
  double window_area_at_start_ = 0;
  QueueRun result_;
};

}  // namespace

QueueRun run_queue(const QueueSpec& spec, sim::EngineKind engine) {
  QueueModel model(spec, engine);
  return model.run();
}

}  // namespace simtest
