package org.societyflow.grant;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.societyflow.society.InspectionResult;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.springframework.stereotype.Component;

/** Asks the DMN {@code grant-eligibility} whether a society may submit an application: no rule fired = eligible. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GrantEligibility {

    static final String DECISION = "grant-eligibility";

    /** Why an application is not eligible: the rule's code and the table's Chinese reason. */
    record Refusal(String code, String reason) {
    }

    private final DecisionService decisionService;

    List<Refusal> refusals(Society society, Programme programme, GrantForm form, Context context, LocalDate today) {
        return decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.fromMap(inputs(society, programme, form, context, today))).evaluate()
                .getResultList().stream()
                .map(row -> new Refusal((String) row.get("code"), (String) row.get("reason"))).toList();
    }

    /** What the register and the other applications say, counted by the service. */
    record Context(int applicationsInProgramme, int sameTypeElsewhere, boolean eventAlreadyFunded,
                   List<InspectionResult> inspections) {
    }

    /**
     * The 年检 result <em>of</em> the year before the programme's (docs/RULES.md, F), not the latest on record: a
     * society whose previous year was not inspected (yet) has {@code NONE}, even with an older result.
     */
    static String previousYearGrade(List<InspectionResult> inspections, int programmeYear) {
        return inspections.stream().filter(r -> r.getYear() == programmeYear - 1).findFirst()
                .map(r -> r.getGrade().name()).orElse("NONE");
    }

    static Map<String, Object> inputs(Society society, Programme programme, GrantForm form, Context context,
                                      LocalDate today) {
        Map<String, Object> in = new HashMap<>();
        in.put("societyStatus", society.getStatus().name());
        in.put("weak", society.isWeak());
        in.put("abnormalActivity", society.isAbnormalActivity());
        in.put("lastInspectionGrade", previousYearGrade(context.inspections(), programme.getYear()));
        in.put("leadOrganiser", !Boolean.FALSE.equals(form.getLeadOrganiser()));
        in.put("applicationsInProgramme", context.applicationsInProgramme());
        in.put("quota", programme.getQuotaPerSociety());
        in.put("sameTypeElsewhere", context.sameTypeElsewhere());
        in.put("eventAlreadyFunded", context.eventAlreadyFunded());
        in.put("partyBuilding", programme.getType() == ProgrammeType.PARTY_BUILDING);
        in.put("hasPartyOrganisation", society.getPartyOrganisation() != null
                && society.getPartyOrganisation() != PartyOrganisation.NONE);
        in.put("requestedAmount", form.getRequestedAmount() == null ? 0d : form.getRequestedAmount().doubleValue());
        in.put("cap", (double) programme.getCapPerProject());
        in.put("withinWindow", programme.openOn(today));
        in.put("internationalConference", programme.getType() == ProgrammeType.INTERNATIONAL_CONFERENCE);
        in.put("eventMonth", form.getStartsOn() == null ? 0 : form.getStartsOn().getMonthValue());
        in.put("cityAssociationRole", Boolean.TRUE.equals(form.getCityAssociationRole()));
        return in;
    }
}
