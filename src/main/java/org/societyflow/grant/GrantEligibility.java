package org.societyflow.grant;

import static org.societyflow.shared.DecisionVariables.GrantEligibilityTable.*;

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
                .map(row -> new Refusal(CODE.from(row), REASON.from(row))).toList();
    }

    /**
     * What the register and the other applications say, counted by the service: the society's live applications to
     * calls of the programme's type and year (this call included, this application not), and its 年检 results.
     */
    record Context(int sameTypeThisYear, boolean eventAlreadyFunded, List<InspectionResult> inspections) {
    }

    /**
     * The 年检 result <em>of</em> the year before the programme's (docs/RULES.md, F), not the latest on record: a
     * society whose previous year was not inspected (yet) has {@code NONE}, even with an older result.
     */
    static String previousYearGrade(List<InspectionResult> inspections, int programmeYear) {
        return inspections.stream().filter(r -> r.getYear() == programmeYear - 1).findFirst()
                .map(r -> r.getGrade().name()).orElse("NONE");
    }

    /**
     * Whole years between the society's registration and the programme's year, which the table's exemption from the
     * 年检 reads (founded that year or the year before); null when the register has no registration day.
     */
    static Integer yearsSinceRegistration(Society society, int programmeYear) {
        return society.getRegisteredOn() == null ? null : programmeYear - society.getRegisteredOn().getYear();
    }

    static Map<String, Object> inputs(Society society, Programme programme, GrantForm form, Context context,
                                      LocalDate today) {
        Map<String, Object> in = new HashMap<>();
        in.put(SOCIETY_STATUS.name(), society.getStatus().name());
        in.put(WEAK.name(), society.isWeak());
        in.put(ABNORMAL_ACTIVITY.name(), society.isAbnormalActivity());
        in.put(LAST_INSPECTION_GRADE.name(), previousYearGrade(context.inspections(), programme.getYear()));
        in.put(YEARS_SINCE_REGISTRATION.name(), yearsSinceRegistration(society, programme.getYear()));
        in.put(LEAD_ORGANISER.name(), !Boolean.FALSE.equals(form.getLeadOrganiser()));
        in.put(SAME_TYPE_THIS_YEAR.name(), context.sameTypeThisYear());
        in.put(EVENT_ALREADY_FUNDED.name(), context.eventAlreadyFunded());
        in.put(PARTY_BUILDING.name(), programme.getType() == ProgrammeType.PARTY_BUILDING);
        in.put(HAS_PARTY_ORGANISATION.name(), society.getPartyOrganisation() != null
                && society.getPartyOrganisation() != PartyOrganisation.NONE);
        in.put(REQUESTED_AMOUNT.name(), form.getRequestedAmount() == null ? 0d : form.getRequestedAmount().doubleValue());
        in.put(CAP.name(), (double) programme.getCapPerProject());
        in.put(WITHIN_WINDOW.name(), programme.openOn(today));
        in.put(INTERNATIONAL_CONFERENCE.name(), programme.getType() == ProgrammeType.INTERNATIONAL_CONFERENCE);
        in.put(EVENT_MONTH.name(), form.getStartsOn() == null ? 0 : form.getStartsOn().getMonthValue());
        in.put(CITY_ASSOCIATION_ROLE.name(), Boolean.TRUE.equals(form.getCityAssociationRole()));
        return in;
    }
}
