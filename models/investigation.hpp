// Police investigation: a duration by offence group (shorter with early advice), then a file for
// a charging decision, no further action or an out-of-court resolution; unless the victim
// withdraws first (outcome 16). A pure delay by default. With investigation teams (Workforce),
// a new report first waits for its team's hours, an EIA case stops part way for the CPS's advice
// and for the police hours to act on it, and a file waits for the hours to build it.
//
// Node "investigation": enters at "report" (a new report); leaves by "file" (for a charging
// decision); opens the stock of open investigations.
#pragma once

#include <vector>

#include "models/context.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"
#include "models/workforce.hpp"

namespace cj {

// What an investigation waits for; each wait may be cut short by the victim's withdrawal.
enum class InvestigationEnd : std::uint32_t { concluded, victim_withdrew, advice_due };

class InvestigationStage final
    : public Node,
      public TypedHandler<InvestigationStage, sim::Handler, Events<InvestigationEnd, Slot>>,
      public WorkRequester {
 public:
  explicit InvestigationStage(Context& ctx);

  void open_from_stock(Slot slot, const StockCase& stock) override;

 private:
  friend TypedHandler;

  void receive_report(Slot slot);
  // The case starts its investigation now, or continues one already `age` days old.
  void open(Slot slot, double age);
  double duration(const Case& c, double age) const;
  struct Ending {
    double at;
    InvestigationEnd how;
  };
  // Starting now, `age` days into the investigation: it concludes, unless the victim withdraws
  // first.
  Ending ending(const Case& c, double age) const;
  void end(Slot slot, InvestigationEnd how);
  void conclude(Slot slot);
  void withdraw(Slot slot);

  // With teams: the investigation's elapsed time runs (split at the EIA consultation).
  void run(Slot slot, double age);
  // With teams: `step` after `days`, or the victim's withdrawal if it comes first.
  void after(Slot slot, double days, InvestigationEnd step);
  // With teams: asks for `work`; true if the case now waits for it (watching for withdrawal).
  bool wait_for(Slot slot, Work work);
  void work_done(Slot slot, Work work) override;

  void on(InvestigationEnd how, Slot slot);

  Context& ctx_;
  std::vector<double> rest_;  // with teams: elapsed days left after the EIA consultation

  EntryPoint report_{*this, "report", [this](Slot slot) { receive_report(slot); }};
  Exit file_{*this, "file"};
};

}  // namespace cj
