// Internal. Single values that are not numbers: text (and file paths), true or false, a date,
// one of a fixed set of names (a choice, standing for a value of any type).
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "models/parameters/keys.hpp"
#include "models/records/dates.hpp"
#include "models/scenario/codec.hpp"

namespace cj::scenario {

std::optional<std::string> read_text(const Node& node, const std::string& path,
                                     Diagnostics* diagnostics);
std::optional<Date> read_date(const Node& node, const std::string& path, Diagnostics* diagnostics);
// The name, or what is wrong with `node` (with "did you mean") reported.
std::optional<std::string> read_choice(const Node& node, const std::vector<std::string>& names,
                                       const std::string& path, Diagnostics* diagnostics);

// Any scalar; nothing reads as the empty text. `type`: "text", or "file path" for extends.
class TextCodec final : public ValueCodec<std::string> {
 public:
  explicit TextCodec(std::string type = "text") : type_(std::move(type)) {}
  std::string type_name() const override { return type_; }
  std::optional<std::string> read(const Node& node, const Key& key, const std::string& path,
                                  const GroupNames& groups,
                                  Diagnostics* diagnostics) const override;
  Node write(const std::string& value, const Key& key) const override;

 private:
  std::string type_;
};

// The name of an item of a named list: it names datasets, time series and files, so it is
// 1 to kMaxNameLength letters, digits, spaces and - _ ( ) ', not starting with a space.
class NameCodec final : public ValueCodec<std::string> {
 public:
  static constexpr std::size_t kMaxNameLength = 64;
  std::string type_name() const override { return "name"; }
  std::string limits(const Key& key) const override;
  std::optional<std::string> read(const Node& node, const Key& key, const std::string& path,
                                  const GroupNames& groups,
                                  Diagnostics* diagnostics) const override;
  Node write(const std::string& value, const Key& key) const override;
};

class BooleanCodec final : public ValueCodec<bool> {
 public:
  std::string type_name() const override { return "true or false"; }
  std::optional<bool> read(const Node& node, const Key& key, const std::string& path,
                           const GroupNames& groups, Diagnostics* diagnostics) const override;
  Node write(const bool& value, const Key& key) const override;
};

class DateCodec final : public ValueCodec<Date> {
 public:
  std::string type_name() const override { return "date"; }
  std::optional<Date> read(const Node& node, const Key& key, const std::string& path,
                           const GroupNames& groups, Diagnostics* diagnostics) const override;
  Node write(const Date& value, const Key& key) const override;
};

// The reference's "one of `a`, `b`".
std::string choice_limits(const std::vector<std::string>& names);

// One of the names of `choices`, read as the value it stands for.
template <class T>
class ChoiceCodec final : public ValueCodec<T> {
 public:
  template <std::size_t N>
  explicit ChoiceCodec(const std::array<Choice<T>, N>& choices) {
    for (const auto& c : choices) {
      names_.emplace_back(c.name);
      values_.push_back(c.value);
    }
  }
  std::string type_name() const override { return "choice"; }
  std::string limits(const Key&) const override { return choice_limits(names_); }
  std::optional<T> read(const Node& node, const Key&, const std::string& path, const GroupNames&,
                        Diagnostics* diagnostics) const override {
    const auto name = read_choice(node, names_, path, diagnostics);
    if (!name) return std::nullopt;
    return values_[static_cast<std::size_t>(std::find(names_.begin(), names_.end(), *name) -
                                            names_.begin())];
  }
  Node write(const T& value, const Key& key) const override {
    for (std::size_t i = 0; i < values_.size(); ++i) {
      if (values_[i] == value) return Node::scalar(names_[i]);
    }
    throw std::logic_error(key.path + ": a value with no name among the choices");
  }

 private:
  std::vector<std::string> names_;
  std::vector<T> values_;
};

}  // namespace cj::scenario
