package org.societyflow.society;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Runs the DMN {@code reelection-candidate-eligibility} for one candidate: the reasons that flag them, none
 * when they may stand. The limits (age, terms, offices) live in the table, where admins change them.
 */
@Component
public class CandidateEligibility {

    static final String DECISION = "reelection-candidate-eligibility";

    private final DecisionService decisionService;

    CandidateEligibility(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public List<String> reasons(Candidate c, LocalDate electionDay) {
        return decisionService.evaluateDecisionByKey(DECISION).variables(Variables.fromMap(Map.of(
                        "role", c.getRole().name(),
                        "ageAtElection", Period.between(c.getBirthDate(), electionDay).getYears(),
                        "termsServed", c.getTermsServed(),
                        "officialStatus", c.getOfficialStatus().name(),
                        "cadreApproval", c.getCadreApproval(),
                        "otherSocietyOffices", c.getOtherSocietyOffices(),
                        "legalRepresentative", c.getLegalRepresentative(),
                        "legalRepresentativeElsewhere", c.getLegalRepresentativeElsewhere(),
                        "fullTime", c.getFullTime())))
                .evaluate().getResultList().stream().map(row -> (String) row.get("reason")).toList();
    }
}
