package org.societyflow.shared;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract between the processes and the Java side: the names and types of the process variables that
 * the portal, Tasklist, notifications and reports read. Read and write them through these descriptors, never by
 * bare strings, so a name lives in one place and a number comes back as the type it is meant to be (the engine
 * stores a Java {@code long} as an Integer when it fits, a JSON client sends one as a Long).
 *
 * <p>{@link #APPLICATION} lists what every application process sets before its first user task; ModelRules
 * refuses a model that reads a variable not declared here, and a test checks every shipped model.
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
    /** The user who applies when there is no society yet (founding): does the applicant's steps. */
    public static final Var<String> APPLICANT = Var.text("applicant");

    // ---- every reviewer task ends with these (ReviewOpinionRecorder) ----
    public static final Var<String> DECISION = Var.text("decision");
    public static final Var<String> OPINION = Var.text("opinion");

    /** What every application process sets before its first user task. */
    public static final List<Var<?>> APPLICATION = List.of(APPLICATION_ID, TITLE, APPLICATION_LINK);

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
}
