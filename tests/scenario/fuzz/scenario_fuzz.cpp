// libFuzzer target: any bytes through load_text must end in a Scenario or Problems, never a
// crash, a sanitizer report or a hang. The first line, when it starts with "#set ", is also
// used as an override, so --set parsing is explored too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> overrides;
  if (text.substr(0, 5) == "#set ") {
    const auto end = text.find('\n');
    overrides.emplace_back(text.substr(5, end == std::string_view::npos ? end : end - 5));
  }
  const cj::scenario::Loaded loaded = cj::scenario::load_text(text, "fuzz.yaml", overrides);
  // A scenario that loads must load again from its resolved text, to the same resolved text.
  if (loaded.scenario) {
    const auto again = cj::scenario::load_text(loaded.resolved_yaml, "resolved.yaml");
    if (!again.scenario || again.resolved_yaml != loaded.resolved_yaml) __builtin_trap();
    for (std::size_t i = 0; i < loaded.sweep.size() && i < 8; ++i) {
      (void)cj::scenario::load_point(loaded, loaded.sweep[i]);
    }
  }
  return 0;
}
