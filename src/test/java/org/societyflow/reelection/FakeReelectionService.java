package org.societyflow.reelection;

import org.societyflow.workflow.Deadlines;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the bean {@code reelectionService}; records each call as "method[:argument]". What the real service
 * computes (flagged candidates, whether the results differ) is set by the test in {@link #flagged} and
 * {@link #resultsDiffer} before the step runs. */
public class FakeReelectionService {

  public final List<String> calls = new ArrayList<>();
  public int flagged;
  public boolean resultsDiffer;
  private final Deadlines deadlines;

  public FakeReelectionService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    Long societyId = (Long) execution.getVariable("societyId");
    calls.add("open:" + societyId);
    Long applicationId = 2000L + societyId;
    execution.setVariable("applicationId", applicationId);
    execution.setVariable("societyCode", "XH" + societyId);
    execution.setVariable("societyName", "测试学会" + societyId);
    execution.setVariable("title", "测试学会" + societyId + " 第三届理事会换届");
    execution.setVariable("applicationLink", "/reelections/" + applicationId);
  }

  public void checkCandidates(DelegateExecution execution) {
    calls.add("checkCandidates:" + flagged);
    execution.setVariable("flaggedCandidates", flagged);
    execution.setVariable("eligibilitySummary", flagged == 0 ? "候选人资格均无异议" : flagged + " 名候选人资格存疑：选举时年龄超过70周岁");
    execution.setVariable("exceptionGranted", false);
  }

  public void returnPlan(DelegateExecution execution) {
    calls.add("returnPlan");
  }

  public void approvePlan(DelegateExecution execution) {
    calls.add("approvePlan");
    execution.setVariable("resultsDue", deadlines.dueDate("reelection-results"));
  }

  public void compareResults(DelegateExecution execution) {
    calls.add("compareResults:" + resultsDiffer);
    execution.setVariable("resultsDiffer", resultsDiffer);
  }

  public void returnResults(DelegateExecution execution) {
    calls.add("returnResults");
  }

  public void file(DelegateExecution execution) {
    calls.add("file");
  }
}
