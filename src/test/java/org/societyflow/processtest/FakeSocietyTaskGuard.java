package org.societyflow.processtest;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Stands in for {@code societyTaskGuard}: refuses completion while {@link #refuse} is set (portal did not submit). */
public class FakeSocietyTaskGuard implements TaskListener {

  public final List<String> completed = new ArrayList<>();
  public boolean refuse;

  @Override
  public void notify(DelegateTask task) {
    if (refuse) {
      throw new ProcessEngineException("submit " + task.getTaskDefinitionKey() + " in the portal");
    }
    completed.add(task.getTaskDefinitionKey());
  }
}
