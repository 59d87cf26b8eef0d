package org.societyflow.inspection;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the bean {@code inspectionCampaignService} in the process tests. */
public class FakeInspectionCampaignService {

  public final List<String> calls = new ArrayList<>();
  private final Long campaignId;
  private final Date reportDeadline;
  private final List<Long> eligible;

  public FakeInspectionCampaignService(Long campaignId, Date reportDeadline, List<Long> eligible) {
    this.campaignId = campaignId;
    this.reportDeadline = reportDeadline;
    this.eligible = eligible;
  }

  public void open(DelegateExecution execution) {
    Integer year = (Integer) execution.getVariable("year");
    if (year == null || year < 2000 || year > 2100) {
      throw new IllegalArgumentException("invalid campaign year " + year);
    }
    calls.add("open:" + year);
    execution.setVariable("campaignId", campaignId);
    execution.setVariable("reportDeadline", reportDeadline);
    execution.setProcessBusinessKey("NJGZ-" + year);
  }

  public List<Long> eligibleSocietyIds(Long campaignId) {
    calls.add("eligibleSocietyIds:" + campaignId);
    return eligible;
  }

  public void close(DelegateExecution execution) {
    calls.add("close:" + execution.getVariable("campaignId"));
  }
}
