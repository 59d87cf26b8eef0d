package org.societyflow.grant;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.workflow.Deadlines;

/** Stands in for the bean {@code stationAssessmentService}; records each call as "method[:argument]" and sets the
 * variables the model and the forms read: {@code reportDue} (open: station-report, returnReport: grant-correction)
 * and {@code passed} (conclude: true when 学会部's conclusion was {@code approve}, 合格). Durations are the shipped
 * {@code societyflow.deadlines.*}. */
public class FakeStationAssessmentService {

  public final List<String> calls = new ArrayList<>();
  private final Deadlines deadlines;

  public FakeStationAssessmentService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    calls.add("open:" + execution.getVariable("applicationId"));
    execution.setVariable("reportDue", deadlines.dueDate("station-report"));
  }

  public void returnReport(DelegateExecution execution) {
    calls.add("returnReport");
    execution.setVariable("reportDue", deadlines.dueDate("grant-correction"));
  }

  public void reviewed(DelegateExecution execution) {
    calls.add("reviewed:" + execution.getVariable("meanScore"));
  }

  public void conclude(DelegateExecution execution) {
    boolean passed = "approve".equals(execution.getVariable("decision"));
    calls.add("conclude:" + passed);
    execution.setVariable("passed", passed);
  }

  public void pass(DelegateExecution execution) {
    calls.add("pass");
  }

  public void closeStation(DelegateExecution execution) {
    calls.add("closeStation");
  }
}
