package org.societyflow.exit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.Application;

/**
 * One 软弱涣散 case (docs/RULES.md, 软弱涣散): the indicators that started it, the letter, what the society submitted at
 * each step, 学会部's interview minutes and on-site findings, and how it ended.
 */
@Entity
public class ExitCase implements Application.OfSociety {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationNo;
    private Long societyId;
    private Long proposalId;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private ExitCaseStatus status;

    private String indicators;
    private String letter;
    private LocalDate letterSentOn;
    private LocalDate rectificationDue;
    private String plan;
    private String report;
    private String secondReport;
    private String overdueNote;
    private String interviewMinutes;
    private String visitFindings;
    private LocalDate statementDue;
    private String statement;
    private boolean statementWaived;

    @Enumerated(EnumType.STRING)
    private ExitRoute exitRoute;

    private Instant closedAt;

    @Version
    private long version;

    protected ExitCase() {
    }

    ExitCase(String applicationNo, Long societyId, Long proposalId, String processInstanceId, String indicators) {
        this.applicationNo = applicationNo;
        this.societyId = societyId;
        this.proposalId = proposalId;
        this.processInstanceId = processInstanceId;
        this.indicators = indicators;
        this.status = ExitCaseStatus.FIRST_PERIOD;
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

    public Long getId() { return id; }
    public String getApplicationNo() { return applicationNo; }
    public Long getSocietyId() { return societyId; }
    public Long getProposalId() { return proposalId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public ExitCaseStatus getStatus() { return status; }
    public String getIndicators() { return indicators; }
    public String getLetter() { return letter; }
    public LocalDate getLetterSentOn() { return letterSentOn; }
    public LocalDate getRectificationDue() { return rectificationDue; }
    public String getPlan() { return plan; }
    public String getReport() { return report; }
    public String getSecondReport() { return secondReport; }
    public String getOverdueNote() { return overdueNote; }
    public String getInterviewMinutes() { return interviewMinutes; }
    public String getVisitFindings() { return visitFindings; }
    public LocalDate getStatementDue() { return statementDue; }
    public String getStatement() { return statement; }
    public boolean isStatementWaived() { return statementWaived; }
    public ExitRoute getExitRoute() { return exitRoute; }
    public Instant getClosedAt() { return closedAt; }
}
