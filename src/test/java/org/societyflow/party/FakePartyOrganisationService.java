package org.societyflow.party;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.workflow.Deadlines;

/** Stands in for the bean {@code partyOrganisationService}; records each call as "method[:argument]" and sets the
 * process contract as the real one does (the report's due date from the shipped deadlines). */
public class FakePartyOrganisationService {

  public final List<String> calls = new ArrayList<>();
  private final Deadlines deadlines;

  public FakePartyOrganisationService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    Long societyId = ProcessVariables.SOCIETY_ID.of(execution);
    String kind = ProcessVariables.Party.CHANGE_KIND.of(execution);
    calls.add("open:" + societyId + (kind == null ? "" : ":" + kind));
    Long applicationId = 7000L + societyId;
    Date due = deadlines.dueDate("INITIAL".equals(kind) ? "party-first-report" : "party-report");
    ProcessVariables.APPLICATION_ID.set(execution, applicationId);
    ProcessVariables.SOCIETY_CODE.set(execution, "XH" + societyId);
    ProcessVariables.SOCIETY_NAME.set(execution, "测试学会" + societyId);
    ProcessVariables.TITLE.set(execution, "党组织情况报告 · 测试学会" + societyId);
    ProcessVariables.APPLICATION_LINK.set(execution, "/party-changes/" + applicationId);
    ProcessVariables.Party.REPORT_DUE.set(execution, due);
  }

  public void returnReport(DelegateExecution execution) {
    calls.add("returnReport");
  }

  public void reject(DelegateExecution execution) {
    calls.add("reject");
  }

  public void apply(DelegateExecution execution) {
    calls.add("apply:" + ProcessVariables.Party.INSTRUCTOR.of(execution));
  }
}
