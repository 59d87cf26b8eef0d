package org.societyflow.inspection;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the bean {@code reminders}. */
public class FakeReminders {

  public final List<String> reminded = new ArrayList<>();

  public void remindSociety(DelegateExecution execution) {
    reminded.add(execution.getCurrentActivityId() + ":" + execution.getVariable("societyCode"));
  }
}
