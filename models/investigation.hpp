// Police investigation: a duration by offence group (shorter with early advice), then a file for
// a charging decision, no further action or an out-of-court resolution; unless the victim
// withdraws first (outcome 16). Pure delay by default; with `investigators`, a staff pool whose
// queue the victim can leave.
//
// Node "investigation": enters at "report" (a new report); leaves by "file" (for a charging
// decision); opens the stock of open investigations.
#pragma once

#include <memory>
#include <vector>

#include "models/context.hpp"
#include "models/node.hpp"
#include "models/typed_events.hpp"
#include "sim/server_pool.hpp"

namespace cj {

// How an investigation ends (also how an investigator's current case will end).
enum class InvestigationEnd : std::uint32_t { concluded, victim_withdrew };

class InvestigationStage final
    : public Node,
      public TypedHandler<InvestigationStage, sim::Handler, Events<InvestigationEnd, Slot>>,
      public CasePoolClient<InvestigationStage> {
 public:
  explicit InvestigationStage(Context& ctx);

  void open_from_stock(Slot slot, const StockCase& stock) override;

 private:
  friend TypedHandler;
  friend CasePoolClient;

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

  void on(InvestigationEnd how, Slot slot);
  sim::Time start_case(Slot slot, std::uint32_t investigator);
  void finish_case(Slot slot, std::uint32_t investigator);
  void renege_case(Slot slot) { withdraw(slot); }

  Context& ctx_;
  std::vector<double> ages_;  // pool mode: age of stock cases until they start
  std::unique_ptr<sim::ServerPool> investigators_;
  std::vector<InvestigationEnd> ending_;  // pool mode: how each investigator's case ends

  EntryPoint report_{*this, "report", [this](Slot slot) { receive_report(slot); }};
  Exit file_{*this, "file"};
};

}  // namespace cj
