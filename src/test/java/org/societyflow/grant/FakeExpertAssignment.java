package org.societyflow.grant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Stands in for the bean {@code expertAssignment}; records each call as "method[:argument]". {@code assign} draws
 * {@code expertCount} experts from {@link #pool}; {@code reassign} sets {@code expert} to the next one of
 * {@link #reserve} and throws the BPMN error NO_EXPERT when it is empty; {@code checkManual} refuses a blank user name
 * and an expert already drawn for this review; {@code summarise} sets {@code meanScore}, the mean of the scoring
 * experts' means as {@link FakeExpertScoring} recorded them. */
public class FakeExpertAssignment {

  public final List<String> calls = new ArrayList<>();
  public final List<String> pool = new ArrayList<>(List.of("expert-a", "expert-b", "expert-c"));
  public final Deque<String> reserve = new ArrayDeque<>(List.of("expert-d"));
  public final List<String> drawn = new ArrayList<>();
  private final FakeExpertScoring scoring;

  public FakeExpertAssignment(FakeExpertScoring scoring) {
    this.scoring = scoring;
  }

  public void assign(DelegateExecution execution) {
    int count = (Integer) execution.getVariable("expertCount");
    calls.add("assign:" + execution.getVariable("applicationId") + ":" + execution.getVariable("discipline") + ":"
        + count);
    drawn.addAll(pool.subList(0, count));
  }

  public List<String> assigned(DelegateExecution execution) {
    return List.copyOf(drawn);
  }

  public void reassign(DelegateExecution execution) {
    calls.add("reassign:" + execution.getVariable("expert"));
    if (reserve.isEmpty()) {
      throw new BpmnError("NO_EXPERT");
    }
    String next = reserve.poll();
    drawn.add(next);
    execution.setVariable("expert", next);
  }

  public void checkManual(DelegateTask task) {
    Object expert = task.getVariable("expert");
    if (expert == null || expert.toString().isBlank() || drawn.contains(expert.toString())) {
      throw new ProcessEngineException("请指定一位未参与本项评审的专家: " + expert);
    }
    calls.add("checkManual:" + expert);
    drawn.add(expert.toString());
  }

  public void summarise(DelegateExecution execution) {
    calls.add("summarise");
    execution.setVariable("meanScore",
        scoring.scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
  }
}
