// Prints the scenario reference (docs/scenario-reference.md is this program's output).
#include <iostream>

#include "models/scenario/loader.hpp"

int main() {
  std::cout << cj::scenario::schema_markdown();
  return 0;
}
