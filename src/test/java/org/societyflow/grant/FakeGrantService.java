package org.societyflow.grant;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.workflow.Deadlines;

/** Stands in for the bean {@code grantService}; records each call as "method[:argument]" and sets the variables the
 * model reads: {@code objectionReview} false (open) and true (objectionRaised), {@code correctionDue}
 * (returnForCorrection, the shipped {@code grant-correction}), {@code finalReportDue} (fund: the date the test gives,
 * as the real service computes it from the project's end; returnFinalReport: the shipped
 * {@code grant-report-correction}). */
public class FakeGrantService {

  public final List<String> calls = new ArrayList<>();
  private final Deadlines deadlines;
  private final Date finalReportDue;

  public FakeGrantService(Deadlines deadlines, Date finalReportDue) {
    this.deadlines = deadlines;
    this.finalReportDue = finalReportDue;
  }

  public void open(DelegateExecution execution) {
    calls.add("open:" + execution.getVariable("applicationId"));
    execution.setVariable("objectionReview", false);
  }

  public void returnForCorrection(DelegateExecution execution) {
    calls.add("returnForCorrection");
    execution.setVariable("correctionDue", deadlines.dueDate("grant-correction"));
  }

  public void reject(DelegateExecution execution) {
    calls.add("reject");
  }

  public void startReview(DelegateExecution execution) {
    calls.add("startReview");
  }

  public void reviewed(DelegateExecution execution) {
    calls.add("reviewed:" + execution.getVariable("meanScore"));
  }

  public void objectionRaised(DelegateExecution execution) {
    calls.add("objectionRaised:" + execution.getVariable("objection"));
    execution.setVariable("objectionReview", true);
  }

  public void fund(DelegateExecution execution) {
    calls.add("fund");
    execution.setVariable("finalReportDue", finalReportDue);
  }

  public void notFunded(DelegateExecution execution) {
    calls.add("notFunded");
  }

  public void accept(DelegateExecution execution) {
    calls.add("accept");
  }

  public void returnFinalReport(DelegateExecution execution) {
    calls.add("returnFinalReport");
    execution.setVariable("finalReportDue", deadlines.dueDate("grant-report-correction"));
  }
}
