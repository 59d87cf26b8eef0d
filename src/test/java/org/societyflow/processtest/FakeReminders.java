package org.societyflow.processtest;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the bean {@code reminders}: records "kind:activity:society" ("kind:activity:applicant" for the
 * applicant of a founding, who has no society yet). */
public class FakeReminders {

  public final List<String> sent = new ArrayList<>();

  public void remindSociety(DelegateExecution execution) {
    sent.add("remind:" + execution.getCurrentActivityId() + ":" + execution.getVariable("societyCode"));
  }

  public void remindApplicant(DelegateExecution execution) {
    sent.add("remind:" + execution.getCurrentActivityId() + ":" + execution.getVariable("applicant"));
  }

  public void escalate(DelegateExecution execution) {
    sent.add("escalate:" + execution.getCurrentActivityId() + ":" + execution.getVariable("societyCode"));
  }
}
