package org.societyflow.change;

import org.societyflow.workflow.Deadlines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

/** Stands in for the bean {@code changeService}; records each call as "method[:argument]". Like the real service,
 * {@link #route} evaluates the deployed DMN change-review-routing for each requested item (set by the test in
 * {@link #items}) and combines the results; the eligibility flags of new officers come from {@link #flagged}. */
public class FakeChangeService {

  static final Map<String, String> LABELS = Map.of("NAME", "名称", "ADDRESS", "住所", "BUSINESS_SCOPE", "业务范围",
      "CHARTER", "章程", "LEGAL_REPRESENTATIVE", "法定代表人", "OFFICERS", "负责人", "FUNDS", "注册资金",
      "SUPERVISING_UNIT", "业务主管单位");

  public final List<String> calls = new ArrayList<>();
  public List<String> items = List.of("ADDRESS");
  public int flagged;
  private final Deadlines deadlines;

  public FakeChangeService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    Long societyId = (Long) execution.getVariable("societyId");
    calls.add("open:" + societyId);
    Long applicationId = 3000L + societyId;
    execution.setVariable("applicationId", applicationId);
    execution.setVariable("societyCode", "XH" + societyId);
    execution.setVariable("societyName", "测试学会" + societyId);
    execution.setVariable("title", "测试学会" + societyId + " 变更登记");
    execution.setVariable("applicationLink", "/changes/" + applicationId);
  }

  public void route(DelegateExecution execution) {
    calls.add("route:" + String.join("+", items));
    boolean party = false;
    boolean leadership = false;
    boolean filing = false;
    boolean eligibility = false;
    List<String> lines = new ArrayList<>();
    for (String item : items) {
      DmnDecisionRuleResult result = execution.getProcessEngineServices().getDecisionService()
          .evaluateDecisionTableByKey("change-review-routing", Variables.createVariables().putValue("item", item))
          .getSingleResult();
      party |= (Boolean) result.getEntry("partyReview");
      leadership |= (Boolean) result.getEntry("leadershipApproval");
      eligibility |= (Boolean) result.getEntry("eligibilityCheck");
      filing |= !"FILING".equals(result.getEntry("route"));
      lines.add(LABELS.get(item) + "：旧 → 新");
    }
    execution.setVariable("needsPartyReview", party);
    execution.setVariable("needsLeadership", leadership);
    execution.setVariable("needsFiling", filing);
    execution.setVariable("flaggedCandidates", eligibility ? flagged : 0);
    execution.setVariable("changeSummary", String.join("\n", lines));
  }

  public void returnRequest(DelegateExecution execution) {
    calls.add("returnRequest");
  }

  public void reject(DelegateExecution execution) {
    calls.add("reject");
  }

  public void apply(DelegateExecution execution) {
    calls.add("apply");
    execution.setVariable("filingDue", deadlines.dueDate("change-filing"));
  }

  public void recordFiling(DelegateExecution execution) {
    calls.add("recordFiling");
  }
}
