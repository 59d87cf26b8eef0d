package org.societyflow.processtest;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.societyflow.workflow.ReviewRound;

/** Stands in for {@code reviewOpinionRecorder}: records "task:decision:opinion", refuses completion without a decision,
 * and like the real one begins a {@link ReviewRound} when the task is created. */
public class FakeReviewOpinionRecorder implements TaskListener {

  public final List<String> opinions = new ArrayList<>();

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ReviewRound.begin(task);
      return;
    }
    Object decision = task.getVariable("decision");
    if (decision == null || decision.toString().isBlank()) {
      throw new ProcessEngineException("a review needs a decision: " + task.getTaskDefinitionKey());
    }
    opinions.add(task.getTaskDefinitionKey() + ":" + decision + ":" + task.getVariable("opinion"));
  }
}
