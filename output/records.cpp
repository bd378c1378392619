#include "output/records.hpp"

namespace out {

const char* trace_name(Trace trace) {
  switch (trace) {
    case Trace::none:
      return "none";
    case Trace::cases:
      return "cases";
    case Trace::events:
      return "events";
  }
  return "?";
}

std::optional<Trace> parse_trace(std::string_view name) {
  for (const Trace t : {Trace::none, Trace::cases, Trace::events}) {
    if (name == trace_name(t)) return t;
  }
  return std::nullopt;
}

}  // namespace out
