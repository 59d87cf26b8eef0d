package org.societyflow.exit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Cancellation;
import org.societyflow.workflow.SocietyApplicationRow;

/**
 * One 软弱涣散 case (docs/RULES.md, 软弱涣散): the indicators that started it, the letter, what the society submitted at
 * each step, 学会部's interview minutes and on-site findings, and how it ended.
 */
@Entity
public class ExitCase extends SocietyApplicationRow {


    @Getter
    private Long proposalId;
    @Getter
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Getter
    private ExitCaseStatus status;

    @Getter
    private String indicators;
    @Getter
    private String letter;
    @Getter
    private LocalDate letterSentOn;
    @Getter
    private LocalDate rectificationDue;
    @Getter
    private String plan;
    @Getter
    private String report;
    @Getter
    private String secondReport;
    @Getter
    private String overdueNote;
    @Getter
    private String interviewMinutes;
    @Getter
    private String visitFindings;
    @Getter
    private LocalDate statementDue;
    @Getter
    private String statement;
    @Getter
    private boolean statementWaived;

    @Enumerated(EnumType.STRING)
    @Getter
    private ExitRoute exitRoute;

    @Getter
    private Instant closedAt;

    /** The one extension of a rectification period: why, who, when (null while the case has none). */
    @Getter
    private String extensionReason;
    @Getter
    private String extendedBy;
    @Getter
    private LocalDate extendedOn;

    @Version
    private long version;

    protected ExitCase() {
    }

    ExitCase(String applicationNo, Long societyId, Long proposalId, String processInstanceId, String indicators) {
        super(applicationNo, societyId);
        this.proposalId = proposalId;
        this.processInstanceId = processInstanceId;
        this.indicators = indicators;
        this.status = ExitCaseStatus.FIRST_PERIOD;
    }

    /** 立案: the case waits for the 党组会 to confirm the identification. */
    void awaitConfirmation() {
        this.status = ExitCaseStatus.IDENTIFICATION;
    }

    /** The 党组会 confirmed: the first rectification period begins. */
    void confirmed() {
        this.status = ExitCaseStatus.FIRST_PERIOD;
    }

    /** The 党组会 did not confirm: the case closes without a flag. */
    void notConfirmed() {
        this.status = ExitCaseStatus.NOT_CONFIRMED;
        this.closedAt = EngineClock.now();
    }

    boolean extended() {
        return extendedOn != null;
    }

    void extend(String reason, String by, LocalDate on) {
        this.extensionReason = reason;
        this.extendedBy = by;
        this.extendedOn = on;
    }

    /** The running period's new end, once the process moved it. */
    void periodDue(LocalDate due) {
        this.rectificationDue = due;
    }

    /** 迁入: the engine started the case's process at the step it had reached on paper. */
    void entered(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void letterSent(String letter, LocalDate on, LocalDate rectificationDue) {
        this.letter = letter;
        this.letterSentOn = on;
        this.rectificationDue = rectificationDue;
    }

    /** Keeps what the society wrote for its current step (a draft until it submits). */
    void write(CaseSubmission submission) {
        switch (status) {
            case FIRST_PERIOD -> {
                this.plan = submission.getPlan();
                this.report = submission.getReport();
            }
            case SECOND_PERIOD -> this.secondReport = submission.getReport();
            case STATEMENT -> {
                this.statement = submission.getStatement();
                this.statementWaived = submission.isWaiveStatement();
            }
            default -> throw new IllegalStateException("nothing for the society to write at " + status);
        }
    }

    /** The society's current text, to edit again. */
    CaseSubmission draft() {
        CaseSubmission draft = new CaseSubmission();
        draft.setPlan(plan);
        draft.setReport(status == ExitCaseStatus.SECOND_PERIOD ? secondReport : report);
        draft.setStatement(statement);
        draft.setWaiveStatement(statementWaived);
        return draft;
    }

    void submitted() {
        this.status = switch (status) {
            case FIRST_PERIOD -> ExitCaseStatus.FIRST_ASSESSMENT;
            case SECOND_PERIOD -> ExitCaseStatus.ON_SITE_VISIT;
            case STATEMENT -> ExitCaseStatus.DECISION;
            default -> throw new IllegalStateException("nothing to submit at " + status);
        };
    }

    /** The society's step is open again (退回, 补正 or 撤回): what it wrote may be edited and submitted again. */
    void reopen(ExitCaseStatus period) {
        this.status = period;
    }

    void overdue(String note) {
        this.overdueNote = overdueNote == null ? note : overdueNote + "\n" + note;
        submitted();
    }

    void interviewed(String minutes, LocalDate secondDue) {
        this.interviewMinutes = minutes;
        this.rectificationDue = secondDue;
        this.status = ExitCaseStatus.SECOND_PERIOD;
    }

    void visited(String findings) {
        this.visitFindings = findings;
    }

    void statementOpen(LocalDate due) {
        this.statementDue = due;
        this.status = ExitCaseStatus.STATEMENT;
    }

    void decisionPending() {
        this.status = ExitCaseStatus.DECISION;
    }

    void restored() {
        this.status = ExitCaseStatus.RESTORED;
        this.closedAt = EngineClock.now();
    }

    void exited(ExitRoute route) {
        this.status = ExitCaseStatus.EXITED;
        this.exitRoute = route;
        this.closedAt = EngineClock.now();
    }

    @Override
    public void cancel(Cancellation cancellation) {
        this.status = ExitCaseStatus.CANCELLED;
        cancelled(cancellation);
    }
}
