package org.societyflow.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract between the processes and the Java side: the names and types of the process variables that
 * the portal, Tasklist, notifications and reports read. Read and write them through these descriptors, never by
 * bare strings, so a name lives in one place and a number comes back as the type it is meant to be (the engine
 * stores a Java {@code long} as an Integer when it fits, a JSON client sends one as a Long). The variables every
 * application shares are declared here, a process's own in its nested class; the inputs of the decisions the Java
 * side evaluates itself are in {@link DecisionVariables}.
 *
 * <p>{@link #APPLICATION} lists what every application process sets before its first user task (a task created
 * without it fails: workflow's ApplicationContractGuard). ModelRules refuses a model that reads a variable not
 * declared here ({@link #names()}), and ProcessContractTest checks every shipped model.
 */
public final class ProcessVariables {

    /** One process variable: its name and how its stored value reads as {@code T}. */
    public record Var<T>(String name, Class<T> type, Function<Object, T> reader) {

        public T of(VariableScope scope) {
            return read(scope.getVariable(name));
        }

        public T read(Object value) {
            return value == null ? null : reader.apply(value);
        }

        public T from(Map<String, ?> variables) {
            return read(variables.get(name));
        }

        public void set(VariableScope scope, T value) {
            scope.setVariable(name, value);
        }

        public Map.Entry<String, Object> entry(T value) {
            return Map.entry(name, value);
        }

        static Var<String> text(String name) {
            return new Var<>(name, String.class, String.class::cast);
        }

        static Var<Long> number(String name) {
            return new Var<>(name, Long.class, v -> ((Number) v).longValue());
        }

        static Var<Integer> count(String name) {
            return new Var<>(name, Integer.class, v -> ((Number) v).intValue());
        }

        static Var<Boolean> flag(String name) {
            return new Var<>(name, Boolean.class, Boolean.class::cast);
        }

        static Var<Date> date(String name) {
            return new Var<>(name, Date.class, Date.class::cast);
        }

        static Var<Double> decimal(String name) {
            return new Var<>(name, Double.class, v -> ((Number) v).doubleValue());
        }

        /** A value whose type depends on who set it (a form's date is text, the app's a Date): the reader decides. */
        static Var<Object> raw(String name) {
            return new Var<>(name, Object.class, v -> v);
        }
    }

    // ---- every application process (the home page, Tasklist cards, notifications, the portal's progress) ----
    /** The application's row id in its feature's table. */
    public static final Var<Long> APPLICATION_ID = Var.number("applicationId");
    /** What the application is, in Chinese, for lists, cards and notifications: "变更登记 · 某某学会". */
    public static final Var<String> TITLE = Var.text("title");
    /** The portal path of the application's page, for links in notifications and task cards. */
    public static final Var<String> APPLICATION_LINK = Var.text("applicationLink");
    /** The owning society's code (its group {@code society-<code>} does the society steps); none before founding. */
    public static final Var<String> SOCIETY_CODE = Var.text("societyCode");
    public static final Var<String> SOCIETY_NAME = Var.text("societyName");
    public static final Var<Long> SOCIETY_ID = Var.number("societyId");
    /**
     * The business key (the application number, "BG-2026-0001") as a variable, set at the start of every process
     * ({@code workflow/ApplicationNumberVariable}): Tasklist's cards show variables only, not the business key.
     */
    public static final Var<String> APPLICATION_NO = Var.text("applicationNo");
    /** The user who applies when there is no society yet (founding): does the applicant's steps. */
    public static final Var<String> APPLICANT = Var.text("applicant");

    // ---- every reviewer task ends with these (ReviewOpinionRecorder) ----
    /** approve, reject, return or extend, as the step's form offers. */
    public static final Var<String> DECISION = Var.text("decision");
    public static final Var<String> OPINION = Var.text("opinion");

    /** What every application process sets before its first user task. */
    public static final List<Var<?>> APPLICATION = List.of(APPLICATION_ID, TITLE, APPLICATION_LINK);

    /** Every name declared here, for the check of a model's expressions (ModelRules). */
    public static Set<String> names() {
        return NAMES;
    }

    private static final Set<String> NAMES = collectNames();

    private static Set<String> collectNames() {
        Set<String> names = new TreeSet<>();
        List<Class<?>> holders = new ArrayList<>(List.of(ProcessVariables.class.getDeclaredClasses()));
        holders.add(ProcessVariables.class);
        for (Class<?> holder : holders) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Var.class) {
                    try {
                        names.add(((Var<?>) field.get(null)).name());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private ProcessVariables() {
    }

    /** {@code society-change}: the routing the DMN {@code change-review-routing} decides, and the filing. */
    public static final class Change {
        public static final Var<Boolean> NEEDS_PARTY_REVIEW = Var.flag("needsPartyReview");
        public static final Var<Boolean> NEEDS_LEADERSHIP = Var.flag("needsLeadership");
        public static final Var<Boolean> NEEDS_FILING = Var.flag("needsFiling");
        /** New officers the eligibility rules flag, for the reviewers' attention. */
        public static final Var<Integer> FLAGGED_CANDIDATES = Var.count("flaggedCandidates");
        /** Registered → requested, one line per item, as reviewers read it in Tasklist. */
        public static final Var<String> CHANGE_SUMMARY = Var.text("changeSummary");
        public static final Var<Date> FILING_DUE = Var.date("filingDue");

        private Change() {
        }
    }

    /**
     * {@code annual-inspection-campaign} and {@code annual-inspection} (年检): the campaign, the report's figures
     * the grade table reads, the grade.
     */
    public static final class Inspection {
        /** The inspected year: the campaign's, handed to each society's 年检. */
        public static final Var<Integer> YEAR = Var.count("year");
        public static final Var<Long> CAMPAIGN_ID = Var.number("campaignId");
        /** The engine's count of the campaign's 年检 (its multi-instance), once it has created them. */
        public static final Var<Integer> NR_OF_INSTANCES = Var.count("nrOfInstances");
        /** When the reports are due; a start form may send it as text, the campaign's first step makes it a date. */
        public static final Var<Date> REPORT_DEADLINE = Var.date("reportDeadline");
        /** Who opened the campaign from the portal (from Tasklist, the engine's authenticated user). */
        public static final Var<String> OPENED_BY = Var.text("openedBy");
        /** The grade table's single result: its outputs {@link #GRADE} and {@link #GRADE_REASON}. */
        public static final Var<Map<String, Object>> GRADE_PROPOSAL = entries("gradeProposal");
        public static final Var<String> GRADE_REASON = Var.text("reason");
        public static final Var<String> PROPOSED_GRADE = Var.text("proposedGrade");
        public static final Var<String> PROPOSED_GRADE_REASON = Var.text("proposedGradeReason");
        /** The grade 学会部 confirms (the proposal until it changes it), and why it differs from the proposal. */
        public static final Var<String> GRADE = Var.text("grade");
        public static final Var<String> GRADE_OVERRIDE_REASON = Var.text("gradeOverrideReason");
        // the inputs of the grade table (annual-inspection-grade.dmn) and the key figures the review form shows
        public static final Var<Boolean> CERTIFICATE_LENT = Var.flag("certificateLent");
        public static final Var<Boolean> OUTSIDE_SCOPE = Var.flag("outsideScope");
        public static final Var<Boolean> REFUSED_INSPECTION = Var.flag("refusedInspection");
        public static final Var<Boolean> UNFILED_CHANGES = Var.flag("unfiledChanges");
        public static final Var<Boolean> FOR_PROFIT = Var.flag("forProfit");
        public static final Var<Boolean> ASSETS_MISAPPROPRIATED = Var.flag("assetsMisappropriated");
        public static final Var<Boolean> SERIOUS_CASE = Var.flag("seriousCase");
        /** Fewer council meetings than {@code societyflow.inspection.min-council-meetings}. */
        public static final Var<Boolean> MEETINGS_NOT_HELD = Var.flag("meetingsNotHeld");
        /** The report says the activities did not follow the charter. */
        public static final Var<Boolean> CHARTER_NOT_FOLLOWED = Var.flag("charterNotFollowed");
        public static final Var<Boolean> TERM_OVERDUE = Var.flag("termOverdue");
        public static final Var<Boolean> OFFICERS_OVER_AGE_OR_TERM = Var.flag("officersOverAgeOrTerm");
        public static final Var<Boolean> FINANCE_IRREGULAR = Var.flag("financeIrregular");
        public static final Var<Boolean> IMPROPER_AWARDS = Var.flag("improperAwards");
        public static final Var<Boolean> UNCOOPERATIVE = Var.flag("uncooperative");
        public static final Var<Boolean> CRITICISED_LAST_YEAR = Var.flag("criticisedLastYear");
        /**
         * The reviewer's flags on the review form (情节严重, 不配合管理): with the decision {@code reassess} they join what
         * the 处罚与案件记录 say in {@link #SERIOUS_CASE} and {@link #UNCOOPERATIVE}, and the table proposes again.
         */
        public static final Var<Boolean> SERIOUS_CASE_FLAGGED = Var.flag("seriousCaseFlagged");
        public static final Var<Boolean> UNCOOPERATIVE_FLAGGED = Var.flag("uncooperativeFlagged");
        /** The society's 处罚与案件记录 of the inspected year, one line each, for the review form. */
        public static final Var<String> CASE_RECORDS = Var.text("caseRecords");
        public static final Var<Integer> MEMBERS_INDIVIDUAL = Var.count("membersIndividual");
        public static final Var<Integer> MEMBERS_UNIT = Var.count("membersUnit");
        public static final Var<Integer> ACTIVITIES_HELD = Var.count("activitiesHeld");
        // the report's activity figures beside the verified ledger's for the inspected year (the review form)
        public static final Var<Integer> ACADEMIC_ACTIVITIES = Var.count("academicActivities");
        public static final Var<Integer> POPULAR_SCIENCE_ACTIVITIES = Var.count("popularScienceActivities");
        public static final Var<Integer> SERVICE_ACTIVITIES = Var.count("serviceActivities");
        public static final Var<Integer> PARTY_ACTIVITIES = Var.count("partyActivities");
        public static final Var<Integer> LEDGER_ACADEMIC_ACTIVITIES = Var.count("ledgerAcademicActivities");
        public static final Var<Integer> LEDGER_POPULAR_SCIENCE_ACTIVITIES = Var.count("ledgerPopularScienceActivities");
        public static final Var<Integer> LEDGER_SERVICE_ACTIVITIES = Var.count("ledgerServiceActivities");
        public static final Var<Integer> LEDGER_PARTY_ACTIVITIES = Var.count("ledgerPartyActivities");
        /** Where the report's figures differ from the ledger's, one line each ("学术活动：填报 5，台账 4，相差 +1"). */
        public static final Var<String> ACTIVITY_DIFFERENCES = Var.text("activityDifferences");
        public static final Var<Double> INCOME = Var.decimal("income");
        public static final Var<Double> EXPENSES = Var.decimal("expenses");
        public static final Var<Double> NET_ASSETS = Var.decimal("netAssets");

        @SuppressWarnings("unchecked")
        private static Var<Map<String, Object>> entries(String name) {
            return new Var<>(name, (Class<Map<String, Object>>) (Class<?>) Map.class, v -> (Map<String, Object>) v);
        }

        private Inspection() {
        }
    }

    /** {@code weak-society-exit} (软弱涣散): the case's periods, what 学会部 records, how it ends. */
    public static final class Exit {
        /** The scan's proposal 学会部 confirmed, which the case opens from. */
        public static final Var<Long> PROPOSAL_ID = Var.number("proposalId");
        /** What every reviewer of the case reads: the indicators, what the society wrote, what 学会部 found. */
        public static final Var<String> CASE_SUMMARY = Var.text("caseSummary");
        /** The end of the current rectification period (first, then second). */
        public static final Var<Date> RECTIFICATION_DUE = Var.date("rectificationDue");
        public static final Var<Date> STATEMENT_DUE = Var.date("statementDue");
        public static final Var<String> INTERVIEW_MINUTES = Var.text("interviewMinutes");
        public static final Var<String> VISIT_FINDINGS = Var.text("visitFindings");
        /** How leadership decided the society exits: an {@code ExitRoute} name. */
        public static final Var<String> EXIT_ROUTE = Var.text("exitRoute");

        private Exit() {
        }
    }

    /** {@code grant-application} and {@code station-assessment}, and the {@code expert-review} both call. */
    public static final class Grant {
        public static final Var<Long> PROGRAMME_ID = Var.number("programmeId");
        public static final Var<String> PROGRAMME_TITLE = Var.text("programmeTitle");
        /** What the society asks for, in yuan. */
        public static final Var<Long> REQUESTED_AMOUNT = Var.number("requestedAmount");
        /** The society's discipline (a {@code Discipline} name): the experts are drawn from it. */
        public static final Var<String> DISCIPLINE = Var.text("discipline");
        /** How many experts score the application. */
        public static final Var<Integer> EXPERT_COUNT = Var.count("expertCount");
        /** The expert of one branch of the review (the multi-instance element), and the one 学会部 names. */
        public static final Var<String> EXPERT = Var.text("expert");
        /** The society whose application or station is reviewed: its officers and members may not score it. */
        public static final Var<String> REVIEWED_SOCIETY_CODE = Var.text("reviewedSocietyCode");
        /** A 党建引领学会能力提升专项 application: 科技社团党委 gives its opinion after the experts, before the ranking. */
        public static final Var<Boolean> PARTY_BUILDING = Var.flag("partyBuilding");
        /** The experts' mean total score. */
        public static final Var<Double> MEAN_SCORE = Var.decimal("meanScore");
        /** Whether the formal check has returned the application once already (it returns it at most once). */
        public static final Var<Boolean> RETURNED = Var.flag("returned");
        /** The objection raised during 公示, with who raised it. */
        public static final Var<String> OBJECTION = Var.text("objection");
        /** Whether the review under way is the re-review an objection asked for. */
        public static final Var<Boolean> OBJECTION_REVIEW = Var.flag("objectionReview");
        public static final Var<Date> CORRECTION_DUE = Var.date("correctionDue");
        public static final Var<Date> FINAL_REPORT_DUE = Var.date("finalReportDue");
        public static final Var<Long> STATION_ID = Var.number("stationId");
        public static final Var<String> STATION_NAME = Var.text("stationName");
        /** The year a station is assessed for. */
        public static final Var<Integer> ASSESSMENT_YEAR = Var.count("year");
        public static final Var<Date> REPORT_DUE = Var.date("reportDue");
        /** 学会部's conclusion on a station: 合格 or not. */
        public static final Var<Boolean> PASSED = Var.flag("passed");

        private Grant() {
        }
    }

    /** {@code society-founding} (学会成立): an applicant without a society yet. */
    public static final class Founding {
        /** When the applicant's first submission is due. */
        public static final Var<Date> APPLICATION_DUE = Var.date("applicationDue");
        /** The formal check's findings, for the reviewers' forms. */
        public static final Var<String> CHECK_SUMMARY = Var.text("checkSummary");
        /** When the approved society's preparation (筹备) must end; moved once by an extension. */
        public static final Var<Date> PREPARATION_DUE = Var.date("preparationDue");
        public static final Var<Boolean> EXTENDED = Var.flag("extended");
        /** The registration form's unified social credit code and registration day (a form's date: text, or a Date). */
        public static final Var<String> CREDIT_CODE = Var.text("creditCode");
        public static final Var<Object> REGISTERED_ON = Var.raw("registeredOn");

        private Founding() {
        }
    }

    /** {@code society-reelection} (换届). */
    public static final class Reelection {
        /** Who started it: a society user, or {@code scheduler} for the start at the term's end. */
        public static final Var<String> INITIATED_BY = Var.text("initiatedBy");
        /** REGULAR or an early or late timing, from the submitted plan. */
        public static final Var<String> TIMING = Var.text("timing");
        public static final Var<Date> ASSEMBLY_DATE = Var.date("assemblyDate");
        public static final Var<Integer> CANDIDATE_COUNT = Var.count("candidateCount");
        /** Candidates the eligibility rules flag: the same variable as 变更's. */
        public static final Var<Integer> FLAGGED_CANDIDATES = Change.FLAGGED_CANDIDATES;
        public static final Var<String> ELIGIBILITY_SUMMARY = Var.text("eligibilitySummary");
        /** Leadership admits flagged candidates anyway, with a reason (the approval form). */
        public static final Var<Boolean> EXCEPTION_GRANTED = Var.flag("exceptionGranted");
        public static final Var<String> EXCEPTION_REASON = Var.text("exceptionReason");
        /** The members' vote the plan records for an exception (votes for, members present); null when none. */
        public static final Var<Integer> EXCEPTION_VOTES_FOR = Var.count("exceptionVotesFor");
        public static final Var<Integer> EXCEPTION_MEMBERS_PRESENT = Var.count("exceptionMembersPresent");
        /** Why the 法定代表人 is not the 理事长; null when the 理事长 is. */
        public static final Var<String> LEGAL_REPRESENTATIVE_REASON = Var.text("legalRepresentativeReason");
        /** The end of the last day for the results: working days counted from the assembly. */
        public static final Var<Date> RESULTS_DUE = Var.date("resultsDue");
        /** The elected officers differ from the approved candidates. */
        public static final Var<Boolean> RESULTS_DIFFER = Var.flag("resultsDiffer");

        private Reelection() {
        }
    }

    /** {@code grant-programme} (the call, ZX): its window, ranking, decision and 公示. */
    public static final class Programme {
        /** When the call closes: the start of the day after its last day. */
        public static final Var<Date> CLOSES_AT = Var.date("closesAt");
        public static final Var<Boolean> REVIEWS_COMPLETE = Var.flag("reviewsComplete");
        /** The proposed funded applications' numbers, comma-separated, as the ranking form edits them. */
        public static final Var<String> FUNDED_LIST = Var.text("fundedList");
        public static final Var<Long> TOTAL_BUDGET = Var.number("totalBudget");
        public static final Var<String> RANKING_SUMMARY = Var.text("rankingSummary");
        public static final Var<String> ADJUSTMENT_REASON = Var.text("adjustmentReason");
        /** When the 公示 of the funded list ends. */
        public static final Var<Date> NOTICE_ENDS = Var.date("noticeEnds");
        /** What the programme's decision message sets on each of its applications. */
        public static final Var<Boolean> FUNDED = Var.flag("funded");

        private Programme() {
        }
    }

    /**
     * The score form of one expert in {@code expert-review}: a conflict, or four whole scores and a comment (what a form
     * sends is checked raw first: ExpertScoring).
     */
    public static final class ExpertScore {
        public static final Var<Boolean> CONFLICT = Var.flag("conflict");
        public static final Var<String> CONFLICT_REASON = Var.text("conflictReason");
        public static final Var<Long> INNOVATION = Var.number("innovation");
        public static final Var<Long> FEASIBILITY = Var.number("feasibility");
        public static final Var<Long> IMPACT = Var.number("impact");
        public static final Var<Long> BUDGET_SCORE = Var.number("budgetScore");
        public static final Var<String> COMMENT = Var.text("comment");

        private ExpertScore() {
        }
    }

    /** {@code party-organisation-change} (党组织情况报告): what the party committee reads and assigns. */
    public static final class Party {
        /** When the society's report is due: a voluntary report's period, or the duty after registration. */
        public static final Var<Date> REPORT_DUE = Var.date("reportDue");
        /** {@code INITIAL} when the report is the duty after registration; unset for a report the society opens. */
        public static final Var<String> CHANGE_KIND = Var.text("changeKind");
        /** The reported organisation, one line per particular, as the committee reads it in Tasklist. */
        public static final Var<String> REPORT_SUMMARY = Var.text("reportSummary");
        /** The 党建工作指导员 the committee assigns in its review (empty keeps the registered one). */
        public static final Var<String> INSTRUCTOR = Var.text("instructor");

        private Party() {
        }
    }

    /** {@code activity-verification} (活动台账): whether 学会部 reviews the activity, and what it reads. */
    public static final class ActivityVerification {
        /** Whether the sample drew the activity for 学会部's review ({@code societyflow.activity.verification-share}). */
        public static final Var<Boolean> REVIEW_REQUIRED = Var.flag("reviewRequired");
        /** The activity's facts, one line each, as 学会部 reads them in Tasklist. */
        public static final Var<String> ACTIVITY_SUMMARY = Var.text("activitySummary");
        /** When the society's correction of a returned activity is due: the same variable as a grant's. */
        public static final Var<Date> CORRECTION_DUE = Grant.CORRECTION_DUE;

        private ActivityVerification() {
        }
    }

    /** {@code party-exemplar-selection}: the yearly 党建典型 selection. */
    public static final class PartyExemplar {
        public static final Var<Long> SELECTION_ID = Var.number("selectionId");
        /** When nominations close: the start of the day after the closing day. */
        public static final Var<Date> CLOSES_AT = Var.date("closesAt");
        /** The nominations, one line each with its number, as the committee reads them in Tasklist. */
        public static final Var<String> NOMINATIONS = Var.text("nominationSummary");
        /** The selected nominations' numbers in ranking order, comma-separated, as the ranking form edits them. */
        public static final Var<String> SELECTED_LIST = Var.text("selectedList");
        /** The ranked list as leadership and the objection review read it. */
        public static final Var<String> SELECTION_SUMMARY = Var.text("selectionSummary");
        /** When the 公示 ends: the start of the day after its last working day. */
        public static final Var<Date> NOTICE_ENDS = Var.date("noticeEnds");
        /** The objection a society raised during the 公示, with its name. */
        public static final Var<String> OBJECTION = Var.text("objection");

        private PartyExemplar() {
        }
    }

    /** {@code notification-mail}: one mail to one address. */
    public static final class Mail {
        public static final Var<Long> NOTIFICATION_ID = Var.number("notificationId");
        public static final Var<String> RECIPIENT = Var.text("recipient");
        public static final Var<String> TO = Var.text("mailTo");
        public static final Var<String> SUBJECT = Var.text("mailSubject");
        public static final Var<String> TEXT = Var.text("mailText");

        private Mail() {
        }
    }
}
