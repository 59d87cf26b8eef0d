package org.societyflow.exit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.workflow.Deadlines;

/** Stands in for the bean {@code exitCaseService}; records each call as "method[:argument]" and sets the variables
 * the model and the forms read: {@code applicationId}, {@code societyCode}, {@code societyName}, {@code title},
 * {@code applicationLink}, {@code caseSummary} (open), {@code rectificationDue} (sendReminderLetter: the first period,
 * recordInterview: the second, extendPeriod: the running one moved on), {@code statementDue} (openStatement). Durations are the shipped
 * {@code societyflow.deadlines.exit-*}. */
public class FakeExitCaseService {

  public static final long CASE_ID = 5001L;
  public static final String SOCIETY_CODE = "XH0042";
  public static final String SOCIETY_NAME = "湖北省应用光学学会";
  public static final String TITLE = "湖北省应用光学学会软弱涣散整改";
  public static final String CASE_SUMMARY = "认定情形：连续两年未参加年检；理事长空缺超过 6 个月\n学会部确认：2025-01-01";

  public final List<String> calls = new ArrayList<>();
  private final Deadlines deadlines;

  public FakeExitCaseService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    calls.add("open:" + execution.getVariable("societyId") + ":" + execution.getVariable("proposalId"));
    execution.setVariable("applicationId", CASE_ID);
    execution.setVariable("societyCode", SOCIETY_CODE);
    execution.setVariable("societyName", SOCIETY_NAME);
    execution.setVariable("title", TITLE);
    execution.setVariable("applicationLink", "/exit-cases/" + CASE_ID);
    execution.setVariable("caseSummary", CASE_SUMMARY);
  }

  public void markWeak(DelegateExecution execution) {
    calls.add("markWeak");
  }

  public void notConfirmed(DelegateExecution execution) {
    calls.add("notConfirmed:" + execution.getVariable("opinion"));
  }

  /** Both extension paths call this: the running period ends later by the shipped exit-extension. */
  public void extendPeriod(DelegateExecution execution) {
    calls.add("extendPeriod:" + execution.getCurrentActivityId());
    execution.setVariable("rectificationDue",
        deadlines.after((Date) execution.getVariable("rectificationDue"), "exit-extension"));
  }

  public void sendReminderLetter(DelegateExecution execution) {
    calls.add("sendReminderLetter");
    execution.setVariable("rectificationDue", deadlines.dueDate("exit-rectification"));
  }

  /** Both overdue paths call this; the argument says which one (RecordOverdue or RecordSecondOverdue). */
  public void recordOverdue(DelegateExecution execution) {
    calls.add("recordOverdue:" + execution.getCurrentActivityId());
  }

  public void recordInterview(DelegateExecution execution) {
    calls.add("recordInterview:" + execution.getVariable("interviewMinutes"));
    execution.setVariable("rectificationDue", deadlines.dueDate("exit-second-rectification"));
  }

  public void recordVisit(DelegateExecution execution) {
    calls.add("recordVisit:" + execution.getVariable("visitFindings"));
  }

  public void openStatement(DelegateExecution execution) {
    calls.add("openStatement");
    execution.setVariable("statementDue", deadlines.dueDate("exit-statement"));
  }

  public void restore(DelegateExecution execution) {
    calls.add("restore");
  }

  public void exit(DelegateExecution execution) {
    calls.add("exit:" + execution.getVariable("exitRoute"));
  }
}
