package org.societyflow.inspection;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Stands in for {@code reviewOpinionRecorder}: records "task:decision:opinion", refuses completion without a decision. */
public class FakeReviewOpinionRecorder implements TaskListener {

  public final List<String> opinions = new ArrayList<>();

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("decision");
    if (decision == null || decision.toString().isBlank()) {
      throw new ProcessEngineException("a review needs a decision: " + task.getTaskDefinitionKey());
    }
    opinions.add(task.getTaskDefinitionKey() + ":" + decision + ":" + task.getVariable("opinion"));
  }
}
