package org.societyflow.society;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.shared.DecisionVariables.CandidateEligibilityTable;
import org.springframework.stereotype.Component;

/**
 * Whether a candidate may hold an office of a society (理事长, 副理事长, 秘书长, 法定代表人): the reasons that flag them,
 * none when they may. The limits (age, terms, offices) live in the DMN {@code reelection-candidate-eligibility},
 * where admins change them.
 * <p>
 * It belongs to the register, not to a process: the same rules hold wherever someone takes an office — a 换届, a
 * 变更 of officers, the founding officers of a new society — and those features may not read each other. A DMN is a
 * decision table, not a process: the register may evaluate it as it knows no process. The table keeps its first key,
 * from the 换届 it was written for, because databases and admins know the deployed decision by that key.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OfficerEligibility {

    static final String DECISION = "reelection-candidate-eligibility";

    private final DecisionService decisionService;

    public List<String> reasons(Candidate c, LocalDate electionDay) {
        return decisionService.evaluateDecisionByKey(DECISION).variables(Variables.fromMap(Map.ofEntries(
                        CandidateEligibilityTable.ROLE.entry(c.getRole().name()),
                        CandidateEligibilityTable.AGE_AT_ELECTION.entry(Period.between(c.getBirthDate(), electionDay).getYears()),
                        CandidateEligibilityTable.TERMS_SERVED.entry(c.getTermsServed()),
                        CandidateEligibilityTable.OFFICIAL_STATUS.entry(c.getOfficialStatus().name()),
                        CandidateEligibilityTable.CADRE_APPROVAL.entry(c.getCadreApproval()),
                        CandidateEligibilityTable.OTHER_SOCIETY_OFFICES.entry(c.getOtherSocietyOffices()),
                        CandidateEligibilityTable.LEGAL_REPRESENTATIVE.entry(c.getLegalRepresentative()),
                        CandidateEligibilityTable.LEGAL_REPRESENTATIVE_ELSEWHERE.entry(c.getLegalRepresentativeElsewhere()),
                        CandidateEligibilityTable.FULL_TIME.entry(c.getFullTime()))))
                .evaluate().getResultList().stream().map(CandidateEligibilityTable.REASON::from).toList();
    }
}
