package org.societyflow.reelection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.shared.EngineClock;
import org.societyflow.workflow.WorkingDays;

/** Stands in for the bean {@code reelectionService}; records each call as "method[:argument]". What the real service
 * computes (flagged candidates, whether the results differ) is set by the test in {@link #flagged} and
 * {@link #resultsDiffer} before the step runs; the results' due date is the real {@link ResultsDeadline}'s, from the
 * process's {@code assemblyDate}, on a calendar of weekdays without holidays. */
public class FakeReelectionService {

  public final List<String> calls = new ArrayList<>();
  public int flagged;
  public boolean resultsDiffer;
  private final ResultsDeadline resultsDeadline = new ResultsDeadline(WEEKDAYS, new ReelectionSettings());

  /** Monday to Friday, no holidays: enough to tell a working-day period from a calendar one. */
  static final WorkingDays WEEKDAYS = (from, days) -> {
    LocalDate day = from;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return day;
  };

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
    LocalDate assembly = EngineClock.day((Date) execution.getVariable("assemblyDate"));
    execution.setVariable("resultsDue", resultsDeadline.dueAt(assembly));
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
