package org.societyflow.change;

import java.util.Collection;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.society.RegisteredField;
import org.springframework.stereotype.Component;

/** Which reviews a set of changes needs, from the DMN {@code change-review-routing} evaluated per item. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeReviewRouting {

    record Route(boolean partyReview, boolean leadershipApproval, boolean eligibilityCheck, boolean filing) {
    }

    static final String DECISION = "change-review-routing";

    private final DecisionService decisionService;

    Route route(Collection<RegisteredField> items) {
        boolean party = false;
        boolean leadership = false;
        boolean eligibility = false;
        boolean filing = false;
        for (RegisteredField item : items) {
            DmnDecisionResultEntries row = decisionService.evaluateDecisionByKey(DECISION)
                    .variables(Variables.fromMap(Map.of("item", item.name()))).evaluate().getSingleResult();
            if (row == null) {
                throw new IllegalStateException(DECISION + " has no rule for the item " + item
                        + ": add one to processes/change-review-routing.dmn");
            }
            party |= Boolean.TRUE.equals(row.get("partyReview"));
            leadership |= Boolean.TRUE.equals(row.get("leadershipApproval"));
            eligibility |= Boolean.TRUE.equals(row.get("eligibilityCheck"));
            // 变更登记 and 核准 both go through 民政局; only 备案 stays with the 科协
            filing |= !"FILING".equals(row.get("route"));
        }
        return new Route(party, leadership, eligibility, filing);
    }
}
