// Several observers behind one: the model reports once, each observer hears it.
#pragma once

#include <vector>

#include "models/records/observer.hpp"

namespace cj {

class Observers final : public Observer {
 public:
  void add(Observer& o) { list_.push_back(&o); }
  void on_event(const CaseRecord& c, CaseEvent e, double t) override {
    for (Observer* o : list_) o->on_event(c, e, t);
  }
  void on_stage(const CaseRecord& c, Stage from, Stage to, double t) override {
    for (Observer* o : list_) o->on_stage(c, from, to, t);
  }
  void on_closed(const CaseRecord& c) override {
    for (Observer* o : list_) o->on_closed(c);
  }
  void on_open_at_horizon(const CaseRecord& c) override {
    for (Observer* o : list_) o->on_open_at_horizon(c);
  }
  void on_court_day(Court court, int index, double day, double available, double used) override {
    for (Observer* o : list_) o->on_court_day(court, index, day, available, used);
  }
  void on_work_day(int team, double day, const WorkDay& work) override {
    for (Observer* o : list_) o->on_work_day(team, day, work);
  }
  void on_cost(double time, double amount) override {
    for (Observer* o : list_) o->on_cost(time, amount);
  }

 private:
  std::vector<Observer*> list_;
};

}  // namespace cj
