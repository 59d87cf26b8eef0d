package org.societyflow.activity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.shared.ProcessVariables.ActivityVerification;
import org.societyflow.workflow.Deadlines;

/** Stands in for the bean {@code activityService}; records each call as "method[:argument]" and sets the process
 * contract as the real one does, with the sample's draw the test chooses ({@link #drawn}). */
public class FakeActivityService {

  public final List<String> calls = new ArrayList<>();
  private final Deadlines deadlines;
  boolean drawn;

  public FakeActivityService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    Long id = ProcessVariables.APPLICATION_ID.of(execution);
    calls.add("open:" + id);
    ProcessVariables.SOCIETY_CODE.set(execution, "XH5");
    ProcessVariables.SOCIETY_NAME.set(execution, "测试学会5");
    ProcessVariables.TITLE.set(execution, "学会活动核实 · 青年科学家论坛 · 测试学会5");
    ProcessVariables.APPLICATION_LINK.set(execution, "/activities/" + id);
    ActivityVerification.REVIEW_REQUIRED.set(execution, drawn);
    ActivityVerification.ACTIVITY_SUMMARY.set(execution, "活动类型：青年科学家论坛");
  }

  public void returnActivity(DelegateExecution execution) {
    calls.add("returnActivity");
    ActivityVerification.CORRECTION_DUE.set(execution, deadlines.dueDate("activity-correction"));
  }

  public void verify(DelegateExecution execution) {
    calls.add("verify");
  }
}
