package org.societyflow.founding;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.workflow.Deadlines;

/** Stands in for the bean {@code foundingService}; records each call as "method[:argument]" and sets the variables
 * the model and the forms read: {@code applicationDue} (open, returnApplication), {@code checkSummary} (check),
 * {@code societyCode}, {@code societyName}, {@code preparationDue} (approve), {@code preparationDue} moved and
 * {@code extended} (extendPreparation). Durations are the shipped {@code societyflow.deadlines.founding-*}. */
public class FakeFoundingService {

  public static final String CHECK_SUMMARY = "名称：未发现重名或近似名称\n会员：个人会员 62 人（不少于 50 人）\n活动资金：5 万元（不少于 3 万元）";

  public final List<String> calls = new ArrayList<>();
  private final Deadlines deadlines;

  public FakeFoundingService(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public void open(DelegateExecution execution) {
    calls.add("open:" + execution.getVariable("applicationId"));
    execution.setVariable("applicationDue", deadlines.dueDate("founding-application"));
  }

  public void check(DelegateExecution execution) {
    calls.add("check");
    execution.setVariable("checkSummary", CHECK_SUMMARY);
  }

  public void returnApplication(DelegateExecution execution) {
    calls.add("returnApplication");
    execution.setVariable("applicationDue", deadlines.dueDate("founding-resubmission"));
  }

  public void lapse(DelegateExecution execution) {
    calls.add("lapse");
  }

  public void reject(DelegateExecution execution) {
    calls.add("reject");
  }

  public void approve(DelegateExecution execution) {
    calls.add("approve");
    execution.setVariable("societyCode", "XH" + execution.getVariable("applicationId"));
    execution.setVariable("societyName", "湖北省人工智能学会");
    execution.setVariable("preparationDue", deadlines.dueDate("founding-preparation"));
  }

  /** Like the real service, allows one extension only (the registration form no longer offers a second one). */
  public void extendPreparation(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("extended"))) {
      throw new ProcessEngineException("筹备期只能延长一次");
    }
    calls.add("extendPreparation");
    Date due = (Date) execution.getVariable("preparationDue");
    execution.setVariable("preparationDue", plus(due, deadlines.duration("founding-preparation-extension")));
    execution.setVariable("extended", true);
  }

  public void register(DelegateExecution execution) {
    calls.add("register:" + execution.getVariable("creditCode"));
  }

  public void lapsePreparation(DelegateExecution execution) {
    calls.add("lapsePreparation");
  }

  /** A date plus an ISO-8601 duration with a date and/or a time part (P3M, P10D, PT12H), in the engine's time zone. */
  static Date plus(Date date, String duration) {
    int t = duration.indexOf('T');
    Period period = t == 1 ? Period.ZERO : Period.parse(t < 0 ? duration : duration.substring(0, t));
    Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + duration.substring(t));
    return Date.from(date.toInstant().atZone(ZoneId.systemDefault()).plus(period).plus(time).toInstant());
  }
}
