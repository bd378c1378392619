#include "tools/bench/diary_bench.hpp"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <sstream>

#include "sim/check.hpp"
#include "sim/diary.hpp"
#include "sim/random.hpp"
#include "tools/bench/linear_diary.hpp"

namespace bench {
namespace po = boost::program_options;

namespace {

// One magistrates' court's diary for every hearing type, sized on Leeds in the West Yorkshire
// baseline: 8 hearing and 5.2 trial sessions of 180 minutes a sitting day, over-listed by 15%,
// 30% of the trial time kept for DA trials until 7 days ahead; 5 years of days for each unit of
// scale.
constexpr std::uint32_t kDaysPerScale = 1826;
constexpr double kSessionsPerDay = 13.2;
constexpr double kSessionMinutes = 180;
constexpr double kOverlisting = 1.15;
constexpr std::uint32_t kDaClass = 1;
constexpr double kDaShare = 0.3 * 5.2 / kSessionsPerDay;  // of the whole day

struct Request {
  std::uint32_t today;
  std::uint32_t earliest;
  double minutes;
  std::uint32_t booking_class;
};

struct Workload {
  std::vector<std::uint32_t> sessions;
  std::vector<Request> requests;
};

bool closed(std::uint32_t day) {
  // Weekends, and eight bank holidays a year at fixed days.
  constexpr std::uint32_t holidays[] = {0, 88, 91, 119, 147, 238, 268, 269};
  return day % 7 >= 5 || std::count(std::begin(holidays), std::end(holidays), day % 365) > 0;
}

// Requests made each sitting day for `demand` times the minutes the diary can hold, in the
// baseline's mix (per 79 requests: 50 first hearings of 20 minutes, a tenth of them in custody,
// 16 sentences of 30 minutes, 13 trials of 100 minutes, 30% of them DA) with its notice days.
Workload make_workload(std::uint32_t scale, double demand, std::uint64_t seed) {
  Workload w;
  sim::Rng rng(sim::derive_seed(seed, scale));
  const std::uint32_t days = kDaysPerScale * scale;
  const double per_day = demand * kSessionsPerDay * kSessionMinutes * kOverlisting /
                         ((50 * 20.0 + 16 * 30.0 + 13 * 100.0) / 79);
  double carried = 0;  // fractions of a session carried to the next sitting day
  for (std::uint32_t d = 0; d < days; ++d) {
    if (closed(d)) {
      w.sessions.push_back(0);
      continue;
    }
    carried += kSessionsPerDay;
    const double whole = std::floor(carried + 1e-9);
    carried -= whole;
    w.sessions.push_back(static_cast<std::uint32_t>(whole));
    const auto n = static_cast<int>(per_day + rng.uniform());
    for (int i = 0; i < n; ++i) {
      const double u = rng.uniform() * 79;
      Request r{d, d, 20, 0};
      if (u < 50) {
        r.earliest += rng.bernoulli(0.1) ? 1 : rng.bernoulli(0.5) ? 14 : 28;
      } else if (u < 66) {
        r.minutes = 30;
        r.earliest += 21;
      } else {
        r.minutes = 100;
        const bool da = rng.bernoulli(0.3);
        r.booking_class = da ? kDaClass : 0;
        r.earliest += da ? 14 : 42;
      }
      w.requests.push_back(r);
    }
  }
  return w;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct Run {
  double cpu_seconds = 0;
  std::uint64_t booked = 0;
  std::uint64_t checksum = 0;  // of every booking's day and session: old and new must agree
};

// Books the workload into each of `diaries` (fresh copies, made before the clock starts), so
// that every measurement books about as many requests whatever the scale.
template <class D>
Run book_all(std::vector<D>& diaries, const Workload& w) {
  Run run;
  const double start = cpu_seconds();
  for (D& diary : diaries) {
    run.booked = 0;
    for (const Request& r : w.requests) {
      if (const auto b = diary.book(r.earliest, r.minutes, r.booking_class, r.today)) {
        ++run.booked;
        run.checksum = run.checksum * 1000003 + b->day * 64 + b->session;
      }
    }
  }
  run.cpu_seconds = (cpu_seconds() - start) / static_cast<double>(diaries.size());
  return run;
}

Run run_new(const Workload& w, std::uint32_t copies) {
  std::vector<sim::Diary> diaries(
      copies, sim::Diary::of_sessions(w.sessions, kSessionMinutes, kOverlisting,
                                      sim::Diary::Reserve{kDaClass, kDaShare, 7}, 20));
  return book_all(diaries, w);
}

Run run_old(const Workload& w, std::uint32_t copies) {
  std::vector<LinearDiary> diaries(
      copies, LinearDiary::of_sessions(w.sessions, kSessionMinutes, kOverlisting,
                                       LinearDiary::Reserve{kDaClass, kDaShare, 7}, 20));
  return book_all(diaries, w);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::vector<std::uint32_t> parse_scales(const std::string& text) {
  std::vector<std::uint32_t> scales;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    std::size_t used = 0;
    unsigned long v = 0;
    try {
      v = std::stoul(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != item.size() || item.empty() || v < 1 || v > 64) {
      throw sim::InvalidParameter("--scales: got '" + item + "', expected whole numbers 1 to 64");
    }
    scales.push_back(static_cast<std::uint32_t>(v));
  }
  if (scales.empty()) throw sim::InvalidParameter("--scales: expected at least one scale");
  return scales;
}

}  // namespace

int run_diary_bench(const std::vector<std::string>& args) {
  std::string scales_text = "1,2,4,8";
  int repeats = 5;
  double demand = 1.02;
  long long seed = 1;
  bool old = true;
  po::options_description options(
      "cjsim-bench diary [--scales 1,2,4,8] [--repeats N] [--demand D] [--old true|false]\n\n"
      "  Books requests into one magistrates' court's diary for every hearing type (sized on\n"
      "  Leeds in the West Yorkshire baseline, with its DA ring fence), 5 years of days and\n"
      "  bookings per unit of scale, at D times what the diary holds, so that it fills ahead.\n"
      "  Each run books the requests into (largest scale / scale) fresh diaries in turn.\n"
      "  Prints the median CPU per booking asked for, of sim::Diary and of the diary as it was\n"
      "  (linear first fit), in alternating runs, and for each the ratio of the last scale's\n"
      "  figure to the first's.\n\nOptions");
  options.add_options()("help,h", "show this help")(
      "scales", po::value(&scales_text)->default_value(scales_text), "multiples of 5 years")(
      "repeats", po::value(&repeats)->default_value(repeats), "runs of each diary per scale")(
      "demand", po::value(&demand)->default_value(demand),
      "requested minutes over bookable minutes")("seed", po::value(&seed)->default_value(seed),
                                                 "seed of the requests (>= 0)")(
      "old", po::value(&old)->default_value(old), "also time the old diary");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return 0;
  }
  po::notify(vm);
  const auto scales = parse_scales(scales_text);
  sim::require(repeats >= 1 && repeats <= 1000, "--repeats", repeats, "a whole number 1 to 1000");
  sim::require(demand > 0 && demand <= 10, "--demand", demand, "a number in (0, 10]");
  sim::require(seed >= 0, "--seed", static_cast<double>(seed), "a whole number >= 0");

  const std::uint32_t largest = *std::max_element(scales.begin(), scales.end());
  std::vector<double> new_cost;
  std::vector<double> old_cost;
  for (std::uint32_t scale : scales) {
    const Workload w = make_workload(scale, demand, static_cast<std::uint64_t>(seed));
    const std::uint32_t copies = std::max(1u, largest / scale);
    std::vector<double> now;
    std::vector<double> before;
    Run last;
    bool same = true;
    for (int i = 0; i < repeats; ++i) {
      last = run_new(w, copies);
      now.push_back(last.cpu_seconds);
      if (old) {
        const Run o = run_old(w, copies);
        before.push_back(o.cpu_seconds);
        same = same && o.checksum == last.checksum && o.booked == last.booked;
      }
    }
    const auto per_booking = [&](double seconds) {
      return 1e9 * seconds / static_cast<double>(w.requests.size());
    };
    std::printf("x%u_days=%zu\nx%u_requests=%zu\nx%u_booked=%llu\n", scale, w.sessions.size(),
                scale, w.requests.size(), scale, static_cast<unsigned long long>(last.booked));
    new_cost.push_back(per_booking(median(now)));
    std::printf("x%u_new_cpu_ns_per_booking=%.1f\n", scale, new_cost.back());
    if (old) {
      old_cost.push_back(per_booking(median(before)));
      std::printf("x%u_old_cpu_ns_per_booking=%.1f\n", scale, old_cost.back());
      std::printf("x%u_old_over_new=%.2f\n", scale, old_cost.back() / new_cost.back());
      std::printf("x%u_same_bookings=%s\n", scale, same ? "yes" : "NO");
    }
  }
  const auto ratio_name =
      "x" + std::to_string(scales.back()) + "_over_x" + std::to_string(scales.front());
  std::printf("new_%s=%.3f\n", ratio_name.c_str(), new_cost.back() / new_cost.front());
  if (old) std::printf("old_%s=%.3f\n", ratio_name.c_str(), old_cost.back() / old_cost.front());
  return 0;
}

}  // namespace bench
