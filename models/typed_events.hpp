// Typed events for the model's handlers. The kernel carries an event as two plain numbers, a kind
// and an argument (sim/calendar.hpp); here a handler names its events with its own enums and says
// what each enum's events carry (a case's slot, a court day), and the two numbers are packed and
// unpacked in one place, so no stage reads a bare number. It costs nothing at run time: the same
// two numbers travel, and they are decoded inline, with no further virtual call.
//
// To give a handler typed events: derive from
//   TypedHandler<Self, Base, Events<KindA, PayloadA>, Events<KindB, PayloadB>...>
// (Base: sim::Handler, or sim::Agent for a handler SimGrid runs as an actor of its own), implement
// `void on(KindA, PayloadA)` for each enum, and schedule with `schedule(engine, time, kind,
// payload)`.
#pragma once

#include <cstdint>
#include <type_traits>
#include <variant>

#include "models/case_store.hpp"
#include "sim/engine.hpp"
#include "sim/server_pool.hpp"

namespace cj {

// An enum of events and what each of them carries: an integer (a case's Slot, a day) or nothing.
template <class Kind, class Payload>
struct Events {
  static_assert(std::is_enum_v<Kind>, "the events' kinds are an enum");
  static_assert(std::is_integral_v<Payload> || std::is_same_v<Payload, std::monostate>,
                "a payload travels as one 64-bit number");
  using kind_type = Kind;
  using payload_type = Payload;
};

// What an event that carries nothing carries.
using NoPayload = std::monostate;

namespace typed_events {

template <class Payload>
std::uint64_t pack(Payload payload) noexcept {
  if constexpr (std::is_same_v<Payload, NoPayload>) {
    return 0;
  } else {
    return static_cast<std::uint64_t>(payload);
  }
}

template <class Payload>
Payload unpack(std::uint64_t arg) noexcept {
  if constexpr (std::is_same_v<Payload, NoPayload>) {
    return {};
  } else {
    return static_cast<Payload>(arg);
  }
}

// The position of the Events whose kind is `Kind` among `List...`.
template <class Kind, class First, class... Rest>
constexpr std::uint32_t index_of() noexcept {
  if constexpr (std::is_same_v<Kind, typename First::kind_type>) {
    return 0;
  } else {
    static_assert(sizeof...(Rest) > 0, "this handler has no events of that kind");
    return 1 + index_of<Kind, Rest...>();
  }
}

template <class Kind, class First, class... Rest>
struct payload_of {
  using type = typename payload_of<Kind, Rest...>::type;
};
template <class Kind, class Payload, class... Rest>
struct payload_of<Kind, Events<Kind, Payload>, Rest...> {
  using type = Payload;
};

}  // namespace typed_events

template <class Self, class Base, class... List>
class TypedHandler : public Base {
  static_assert(sizeof...(List) > 0, "a handler has at least one enum of events");

 protected:
  TypedHandler() = default;
  ~TypedHandler() = default;

  // Schedules `kind` carrying `payload` for this handler at `time`.
  template <class Kind>
  sim::EventId schedule(sim::Engine& engine, sim::Time time, Kind kind,
                        typename typed_events::payload_of<Kind, List...>::type payload) {
    constexpr std::uint32_t list = typed_events::index_of<Kind, List...>();
    const auto value = static_cast<std::uint32_t>(kind);
    return engine.at(time, *this, (list << kListShift) | value, typed_events::pack(payload));
  }

 private:
  // The kind's number is the enum's value; the list it belongs to sits in the top bits.
  static constexpr std::uint32_t kListShift = 24;
  static constexpr std::uint32_t kValueMask = (1U << kListShift) - 1;

  void on_event(std::uint32_t kind, std::uint64_t arg) final { dispatch<0, List...>(kind, arg); }

  template <std::uint32_t Index, class First, class... Rest>
  void dispatch(std::uint32_t kind, std::uint64_t arg) {
    if constexpr (sizeof...(Rest) > 0) {
      if ((kind >> kListShift) != Index) return dispatch<Index + 1, Rest...>(kind, arg);
    }
    static_cast<Self&>(*this).on(static_cast<typename First::kind_type>(kind & kValueMask),
                                 typed_events::unpack<typename First::payload_type>(arg));
  }
};

// A server pool's client whose jobs are cases: the kernel's job tag is the case's slot.
// `Self` implements start_case(Slot, server) -> service time, finish_case and renege_case.
template <class Self>
class CasePoolClient : public sim::PoolClient {
 protected:
  CasePoolClient() = default;
  ~CasePoolClient() = default;

 private:
  sim::Time on_start(std::uint64_t tag, std::uint32_t server) final {
    return static_cast<Self&>(*this).start_case(static_cast<Slot>(tag), server);
  }
  void on_finish(std::uint64_t tag, std::uint32_t server) final {
    static_cast<Self&>(*this).finish_case(static_cast<Slot>(tag), server);
  }
  void on_renege(std::uint64_t tag) final {
    static_cast<Self&>(*this).renege_case(static_cast<Slot>(tag));
  }
};

}  // namespace cj
