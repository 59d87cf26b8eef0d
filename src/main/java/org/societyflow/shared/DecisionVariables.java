package org.societyflow.shared;

import org.societyflow.shared.ProcessVariables.Var;

/**
 * The inputs and result columns of the decisions the Java side evaluates itself (DecisionService), beside the process
 * contract of {@link ProcessVariables}: these names live only for one evaluation, never in a process instance.
 * The inputs of {@code annual-inspection-grade}, which a process evaluates, are process variables
 * ({@link ProcessVariables.Inspection}).
 */
public final class DecisionVariables {

    /** {@code reelection-candidate-eligibility}: one candidate of 换届 or 变更; each row flags one problem. */
    public static final class CandidateEligibilityTable {
        public static final Var<String> ROLE = Var.text("role");
        public static final Var<Integer> AGE_AT_ELECTION = Var.count("ageAtElection");
        public static final Var<Integer> TERMS_SERVED = Var.count("termsServed");
        public static final Var<String> OFFICIAL_STATUS = Var.text("officialStatus");
        public static final Var<Boolean> CADRE_APPROVAL = Var.flag("cadreApproval");
        public static final Var<Integer> OTHER_SOCIETY_OFFICES = Var.count("otherSocietyOffices");
        public static final Var<Boolean> LEGAL_REPRESENTATIVE = Var.flag("legalRepresentative");
        public static final Var<Boolean> LEGAL_REPRESENTATIVE_ELSEWHERE = Var.flag("legalRepresentativeElsewhere");
        public static final Var<Boolean> FULL_TIME = Var.flag("fullTime");
        public static final Var<String> FLAG = Var.text("flag");
        public static final Var<String> REASON = Var.text("reason");

        private CandidateEligibilityTable() {
        }
    }

    /** {@code change-review-routing}: one changed item; its row says who reviews it and how it is registered. */
    public static final class ChangeRoutingTable {
        /** A ChangeItem name. */
        public static final Var<String> ITEM = Var.text("item");
        public static final Var<Boolean> PARTY_REVIEW = Var.flag("partyReview");
        public static final Var<Boolean> LEADERSHIP_APPROVAL = Var.flag("leadershipApproval");
        public static final Var<Boolean> ELIGIBILITY_CHECK = Var.flag("eligibilityCheck");
        public static final Var<String> ROUTE = Var.text("route");

        private ChangeRoutingTable() {
        }
    }

    /** {@code grant-eligibility}: one application; each row refuses it for one reason. */
    public static final class GrantEligibilityTable {
        public static final Var<String> SOCIETY_STATUS = Var.text("societyStatus");
        public static final Var<Boolean> WEAK = Var.flag("weak");
        public static final Var<Boolean> ABNORMAL_ACTIVITY = Var.flag("abnormalActivity");
        /** The 年检 grade of the year before the programme's, NONE without one. */
        public static final Var<String> LAST_INSPECTION_GRADE = Var.text("lastInspectionGrade");
        /** The programme's year minus the society's year of registration; null when unknown. */
        public static final Var<Integer> YEARS_SINCE_REGISTRATION = Var.count("yearsSinceRegistration");
        public static final Var<Boolean> LEAD_ORGANISER = Var.flag("leadOrganiser");
        /** The society's live applications to calls of the programme's type and year, this one not counted. */
        public static final Var<Integer> SAME_TYPE_THIS_YEAR = Var.count("sameTypeThisYear");
        public static final Var<Boolean> EVENT_ALREADY_FUNDED = Var.flag("eventAlreadyFunded");
        public static final Var<Boolean> PARTY_BUILDING = Var.flag("partyBuilding");
        public static final Var<Boolean> HAS_PARTY_ORGANISATION = Var.flag("hasPartyOrganisation");
        /** A Double here, where the grant process keeps the BigDecimal of the form. */
        public static final Var<Double> REQUESTED_AMOUNT = Var.decimal("requestedAmount");
        public static final Var<Double> CAP = Var.decimal("cap");
        public static final Var<Boolean> WITHIN_WINDOW = Var.flag("withinWindow");
        public static final Var<Boolean> INTERNATIONAL_CONFERENCE = Var.flag("internationalConference");
        public static final Var<Integer> EVENT_MONTH = Var.count("eventMonth");
        public static final Var<Boolean> CITY_ASSOCIATION_ROLE = Var.flag("cityAssociationRole");
        public static final Var<String> CODE = Var.text("code");
        public static final Var<String> REASON = Var.text("reason");

        private GrantEligibilityTable() {
        }
    }

    /** {@code weak-society-identification}: one society's record, null where it does not tell; each row is an indicator. */
    public static final class WeakSocietyTable {
        public static final Var<Integer> MISSED_INSPECTIONS = Var.count("missedInspections");
        public static final Var<String> LAST_GRADE = Var.text("lastGrade");
        public static final Var<Integer> BASIC_PASSES_IN_A_ROW = Var.count("basicPassesInARow");
        public static final Var<Integer> MONTHS_WITHOUT_ACTIVITY = Var.count("monthsWithoutActivity");
        public static final Var<Integer> ACADEMIC_ACTIVITIES = Var.count("academicActivities");
        public static final Var<Integer> COUNCIL_MEETINGS = Var.count("councilMeetings");
        public static final Var<Integer> TERM_OVERDUE_MONTHS = Var.count("termOverdueMonths");
        public static final Var<Integer> PRESIDENT_VACANT_MONTHS = Var.count("presidentVacantMonths");
        public static final Var<Integer> SECRETARY_VACANT_MONTHS = Var.count("secretaryVacantMonths");
        public static final Var<Boolean> OFFICERS_OVER_AGE = Var.flag("officersOverAge");
        public static final Var<String> PARTY_ORGANISATION = Var.text("partyOrganisation");
        public static final Var<Integer> MONTHS_WITHOUT_ACTIVITY_IN_SCOPE = Var.count("monthsWithoutActivityInScope");
        public static final Var<Boolean> OFFICERS_OVER_TERM = Var.flag("officersOverTerm");
        public static final Var<Boolean> ABNORMAL_ACTIVITY_LISTED = Var.flag("abnormalActivityListed");
        public static final Var<Integer> FAILED_CONTACT_ATTEMPTS = Var.count("failedContactAttempts");
        public static final Var<String> INDICATOR = Var.text("indicator");
        public static final Var<String> REASON = Var.text("reason");

        private WeakSocietyTable() {
        }
    }

    private DecisionVariables() {
    }
}
