package org.societyflow.grant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Stands in for {@code expertScoring} on each expert's 专家评审打分 task. On create, like the real one, it gives the
 * expert's own review LOCAL variables {@code conflict} (false) and {@code conflictReason}, {@code innovation},
 * {@code feasibility}, {@code impact}, {@code budgetScore}, {@code comment} (null), so the form of one expert never
 * shows another's declaration or scores. They go on the expert's instance of the multi-instance subprocess (the
 * execution holding the element variable {@code expert}), not on the task's own execution: the boundary timer makes
 * Score a scope whose execution ends with the task, and the gateway after it must still read {@code conflict}.
 * On complete it refuses an incomplete review and records
 * "expert:conflict:reason" or "expert:innovation/feasibility/impact/budgetScore:comment"; {@link #scores} keeps each
 * scoring expert's mean. */
public class FakeExpertScoring implements TaskListener {

  static final List<String> CRITERIA = List.of("innovation", "feasibility", "impact", "budgetScore");

  public final List<String> reviews = new ArrayList<>();
  public final Map<String, Double> scores = new LinkedHashMap<>();

  /** The expert's own review: the innermost execution from the task's up that holds {@code expert} locally. */
  static VariableScope reviewOf(DelegateTask task) {
    return ExpertScoring.branchOf(task);
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      VariableScope review = reviewOf(task);
      review.setVariableLocal("conflict", false);
      for (String name : List.of("conflictReason", "innovation", "feasibility", "impact", "budgetScore", "comment")) {
        review.setVariableLocal(name, null);
      }
      return;
    }
    String expert = task.getAssignee();
    if (Boolean.TRUE.equals(task.getVariable("conflict"))) {
      Object reason = task.getVariable("conflictReason");
      if (reason == null || reason.toString().isBlank()) {
        throw new ProcessEngineException("申请回避须说明理由");
      }
      reviews.add(expert + ":conflict:" + reason);
      return;
    }
    double sum = 0;
    List<String> values = new ArrayList<>();
    for (String criterion : CRITERIA) {
      if (!(task.getVariable(criterion) instanceof Number score) || score.doubleValue() < 0
          || score.doubleValue() > 100) {
        throw new ProcessEngineException(criterion + " 须为 0–100 分");
      }
      sum += score.doubleValue();
      values.add(String.valueOf(score.intValue()));
    }
    Object comment = task.getVariable("comment");
    if (comment == null || comment.toString().isBlank()) {
      throw new ProcessEngineException("须填写评审意见");
    }
    reviews.add(expert + ":" + String.join("/", values) + ":" + comment);
    scores.put(expert, sum / CRITERIA.size());
  }
}
