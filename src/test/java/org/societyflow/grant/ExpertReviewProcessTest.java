package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;

/** Every path of expert-review: the experts drawn by discipline score side by side, each on a form of their own; an
 * expert who declares a conflict or lets the deadline pass is replaced by the next expert of the pool, and when the
 * pool is exhausted 学会部 names one by hand; the mean score is summarised at the end. */
@Deployment(resources = {"expert-review.bpmn", "expert-review-score.form", "expert-review-assignment.form"})
class ExpertReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final Date SCORE_DUE = days(NOW, 14); // expert-review P14D
  static final Date ASSIGNMENT_DUE = days(NOW, 15); // grant-review P15D
  static final List<String> REVIEW_VARIABLES =
      List.of("conflict", "conflictReason", "innovation", "feasibility", "impact", "budgetScore", "comment");

  FakeExpertScoring scoring;
  FakeExpertAssignment experts;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    scoring = new FakeExpertScoring();
    experts = new FakeExpertAssignment(scoring);
    Mocks.register("expertScoring", scoring);
    Mocks.register("expertAssignment", experts);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date days(Date from, int days) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
  }

  /** As grant-application's call activity starts it: the three experts are drawn and each has a scoring task. */
  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("expert-review", "XM-2025-0001",
        Variables.createVariables().putValue("applicationId", 2001L).putValue("societyCode", "XH1001")
            .putValue("societyName", "湖北省人工智能学会").putValue("title", "2025 年人工智能青年科学家论坛")
            .putValue("discipline", "ENGINEERING").putValue("expertCount", 3));
    assertThat(pi).isStarted().hasPassed("ExpertReviewStarted", "AssignExperts", "ExpertInvited", "ScorePending")
        .isWaitingAt("Score");
    assertThat(taskQuery().taskDefinitionKey("Score").list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("expert-a", "expert-b", "expert-c");
    return pi;
  }

  static Task scoreTaskOf(String expert) {
    return taskQuery().taskDefinitionKey("Score").taskAssignee(expert).singleResult();
  }

  static Map<String, Object> scores(int innovation, int feasibility, int impact, int budget, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("conflict", false);
    values.put("innovation", innovation);
    values.put("feasibility", feasibility);
    values.put("impact", impact);
    values.put("budgetScore", budget);
    values.put("comment", comment);
    return values;
  }

  static void score(String expert, int innovation, int feasibility, int impact, int budget, String comment) {
    complete(scoreTaskOf(expert), scores(innovation, feasibility, impact, budget, comment));
  }

  static void decline(String expert, String reason) {
    complete(scoreTaskOf(expert), Map.of("conflict", true, "conflictReason", reason));
  }

  /** The timer of one expert's scoring task (each task has its own). */
  static Job overdueTimerOf(String expert) {
    return jobQuery().activityId("ScoreOverdue").executionId(scoreTaskOf(expert).getExecutionId()).singleResult();
  }

  static Double meanScore(ProcessInstance pi) {
    return (Double) historyService().createHistoricVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName("meanScore").singleResult().getValue();
  }

  @Test
  void threeExpertsScoreInParallel() {
    ProcessInstance pi = start();
    assertThat(jobQuery().activityId("ScoreOverdue").list()).hasSize(3).extracting(Job::getDuedate)
        .containsOnly(SCORE_DUE);

    score("expert-b", 80, 70, 90, 60, "选题前沿，预算偏高");
    assertThat(pi).as("the others still score").isWaitingAt("Score").hasNotPassed("SummariseScores");
    score("expert-a", 90, 90, 80, 80, "方案可行");
    assertThat(taskQuery().taskDefinitionKey("Score").list()).extracting(Task::getAssignee)
        .containsExactly("expert-c");
    assertThat(runtimeService().getVariables(pi.getId())).as("no expert's review reaches the process instance")
        .doesNotContainKeys(REVIEW_VARIABLES.toArray(String[]::new));
    score("expert-c", 70, 80, 70, 100, "影响面较广");

    assertThat(pi).isEnded().hasPassed("ConflictDeclared", "ScoreCompleted", "ExpertReviews", "SummariseScores",
        "ExpertReviewCompleted").hasNotPassed("ReassignNeeded", "ReassignExpert", "AssignManually");
    assertThat(scoring.reviews).containsExactly("expert-b:80/70/90/60:选题前沿，预算偏高", "expert-a:90/90/80/80:方案可行",
        "expert-c:70/80/70/100:影响面较广");
    assertThat(meanScore(pi)).isEqualTo(80.0); // (75 + 85 + 80) / 3
    assertThat(experts.calls).containsExactly("assign:2001:ENGINEERING:3", "summarise");
    assertThat(jobQuery().count()).as("the timers went with the tasks").isZero();
  }

  @Test
  void anExpertSeesNeitherTheDeclarationNorTheScoresOfAnother() {
    ProcessInstance pi = start();
    score("expert-a", 95, 95, 95, 95, "强烈推荐");
    decline("expert-c", "本人为该学会理事");

    Task b = scoreTaskOf("expert-b");
    Map<String, Object> form = taskService().getVariables(b.getId());
    assertThat(form).as("what Tasklist loads into expert B's form").containsEntry("conflict", false)
        .containsEntry("conflictReason", null).containsEntry("innovation", null).containsEntry("feasibility", null)
        .containsEntry("impact", null).containsEntry("budgetScore", null).containsEntry("comment", null)
        .containsEntry("expert", "expert-b").containsEntry("title", "2025 年人工智能青年科学家论坛")
        .containsEntry("societyName", "湖北省人工智能学会").containsEntry("applicationId", 2001L);

    Task d = scoreTaskOf("expert-d");
    assertThat(taskService().getVariables(d.getId())).as("the replacement starts from an empty form, not C's")
        .containsEntry("conflict", false).containsEntry("conflictReason", null).containsEntry("innovation", null)
        .containsEntry("expert", "expert-d");

    score("expert-b", 60, 60, 60, 60, "一般");
    score("expert-d", 70, 70, 70, 70, "尚可");
    assertThat(pi).isEnded();
    assertThat(meanScore(pi)).as("A, B and D; C declined").isEqualTo(75.0);
  }

  @Test
  void anIncompleteReviewIsRefused() {
    ProcessInstance pi = start();
    Task a = scoreTaskOf("expert-a");
    Map<String, Object> noComment = scores(80, 80, 80, 80, " ");
    assertThatThrownBy(() -> taskService().complete(a.getId(), noComment))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("评审意见");
    Map<String, Object> outOfRange = scores(80, 101, 80, 80, "好");
    assertThatThrownBy(() -> taskService().complete(a.getId(), outOfRange))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("feasibility");
    assertThatThrownBy(() -> taskService().complete(a.getId(), Map.of("conflict", true)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("回避");

    assertThat(pi).isWaitingAt("Score").hasNotPassed("ConflictDeclared");
    assertThat(scoreTaskOf("expert-a").getId()).isEqualTo(a.getId());
    assertThat(scoring.reviews).isEmpty();
  }

  @Test
  void anExpertWithAConflictIsReplacedByTheNextOfThePool() {
    ProcessInstance pi = start();
    decline("expert-b", "本人为该学会副理事长");

    assertThat(pi).hasPassed("ConflictDeclared", "ReassignNeeded", "ReassignExpert", "ExpertAssigned")
        .hasNotPassed("ScoreCompleted", "AssignManually").isWaitingAt("Score");
    assertThat(taskQuery().taskDefinitionKey("Score").list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("expert-a", "expert-c", "expert-d");
    assertThat(scoreTaskOf("expert-d")).hasDueDate(SCORE_DUE);
    assertThat(overdueTimerOf("expert-d").getDuedate()).isEqualTo(SCORE_DUE);

    score("expert-a", 80, 80, 80, 80, "同意资助");
    score("expert-d", 60, 70, 80, 70, "预算合理");
    score("expert-c", 90, 90, 90, 90, "优秀");
    assertThat(pi).isEnded().hasPassed("SummariseScores", "ExpertReviewCompleted");
    assertThat(scoring.reviews).containsExactly("expert-b:conflict:本人为该学会副理事长", "expert-a:80/80/80/80:同意资助",
        "expert-d:60/70/80/70:预算合理", "expert-c:90/90/90/90:优秀");
    assertThat(meanScore(pi)).isEqualTo(80.0);
    assertThat(experts.calls).containsExactly("assign:2001:ENGINEERING:3", "reassign:expert-b", "summarise");
  }

  @Test
  void anOverdueExpertIsReplaced() {
    ProcessInstance pi = start();
    score("expert-a", 80, 80, 80, 80, "同意资助");
    Task late = scoreTaskOf("expert-c");

    ClockUtil.setCurrentTime(SCORE_DUE);
    execute(overdueTimerOf("expert-c"));

    assertThat(pi).hasPassed("ScoreOverdue", "ReassignNeeded", "ReassignExpert", "ExpertAssigned")
        .hasNotPassed("AssignManually").isWaitingAt("Score");
    assertThat(taskQuery().taskId(late.getId()).count()).as("the late expert's task is withdrawn").isZero();
    Task replacement = scoreTaskOf("expert-d");
    assertThat(replacement).as("a fresh 14 days from the reassignment").hasDueDate(days(SCORE_DUE, 14));
    assertThat(overdueTimerOf("expert-b").getDuedate()).as("B's deadline is unchanged").isEqualTo(SCORE_DUE);

    score("expert-b", 70, 70, 70, 70, "可以");
    score("expert-d", 90, 90, 90, 90, "很好");
    assertThat(pi).isEnded();
    assertThat(meanScore(pi)).isEqualTo(80.0);
    assertThat(experts.calls).containsExactly("assign:2001:ENGINEERING:3", "reassign:expert-c", "summarise");
  }

  @Test
  void whenThePoolIsExhaustedSocietyAffairsNamesAnExpert() {
    ProcessInstance pi = start();
    decline("expert-a", "与项目负责人为师生关系");
    assertThat(scoreTaskOf("expert-d")).isNotNull();

    ClockUtil.setCurrentTime(SCORE_DUE);
    execute(overdueTimerOf("expert-d"));

    assertThat(pi).hasPassed("ScoreOverdue", "ReassignExpert", "NoExpertAvailable").isWaitingAt("Score",
        "AssignManually");
    Task assignment = taskQuery().initializeFormKeys().taskDefinitionKey("AssignManually").singleResult();
    assertThat(assignment).hasName("学会部指定专家").hasCandidateGroup("society-affairs")
        .hasDueDate(days(SCORE_DUE, 15));
    assertThat(assignment.getAssignee()).isNull();
    assertThat(assignment.getCamundaFormRef().getKey()).isEqualTo("expert-review-assignment");
    assertThat(assignment.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    assertThat(taskService().getVariables(assignment.getId())).containsEntry("title", "2025 年人工智能青年科学家论坛")
        .containsEntry("societyName", "湖北省人工智能学会").containsEntry("discipline", "ENGINEERING");

    for (String refused : List.of("", "expert-b", "expert-d")) {
      assertThatThrownBy(() -> taskService().complete(assignment.getId(), Map.of("expert", refused)))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("未参与");
    }
    assertThat(pi).isWaitingAt("AssignManually");
    complete(task("AssignManually"), Map.of("expert", "expert-m"));

    assertThat(pi).hasPassed("AssignManually", "ExpertAssigned").isWaitingAt("Score");
    assertThat(taskQuery().taskDefinitionKey("Score").list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("expert-b", "expert-c", "expert-m");
    Task manual = scoreTaskOf("expert-m");
    assertThat(manual).hasDueDate(days(SCORE_DUE, 14));
    assertThat(taskService().getVariables(manual.getId())).containsEntry("conflict", false)
        .containsEntry("innovation", null);

    score("expert-m", 85, 85, 85, 85, "补充评审意见");
    score("expert-b", 75, 75, 75, 75, "同意");
    score("expert-c", 80, 80, 80, 80, "同意");
    assertThat(pi).isEnded().hasPassed("SummariseScores", "ExpertReviewCompleted");
    assertThat(meanScore(pi)).isEqualTo(80.0);
    assertThat(experts.calls).containsExactly("assign:2001:ENGINEERING:3", "reassign:expert-a", "reassign:expert-d",
        "checkManual:expert-m", "summarise");
  }

  @Test
  void aManuallyNamedExpertMayDeclineTooAndSocietyAffairsNamesAnother() {
    experts.reserve.clear();
    ProcessInstance pi = start();
    decline("expert-c", "本人为该学会会员");
    assertThat(pi).hasPassed("NoExpertAvailable").isWaitingAt("Score", "AssignManually");
    complete(task("AssignManually"), Map.of("expert", "expert-m"));
    decline("expert-m", "曾参与该项目论证");
    complete(task("AssignManually"), Map.of("expert", "expert-n"));

    score("expert-a", 60, 60, 60, 60, "一般");
    score("expert-b", 70, 70, 70, 70, "尚可");
    score("expert-n", 80, 80, 80, 80, "较好");
    assertThat(pi).isEnded();
    assertThat(meanScore(pi)).isEqualTo(70.0);
    assertThat(experts.calls).containsExactly("assign:2001:ENGINEERING:3", "reassign:expert-c", "checkManual:expert-m",
        "reassign:expert-m", "checkManual:expert-n", "summarise");
  }

  @Test
  void scoringTaskAttributes() {
    ProcessInstance pi = start();
    assertThat(pi).hasBusinessKey("XM-2025-0001");
    for (Task score : taskQuery().initializeFormKeys().taskDefinitionKey("Score").list()) {
      assertThat(score).hasName("专家评审打分").hasDueDate(SCORE_DUE);
      assertThat(taskService().getIdentityLinksForTask(score.getId())).as("assigned to the expert alone")
          .allMatch(link -> link.getGroupId() == null);
      assertThat(score.getCamundaFormRef().getKey()).isEqualTo("expert-review-score");
      assertThat(score.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    }
    assertThat(shared.opinions.opinions).as("experts' reviews are not review opinions").isEmpty();
  }
}
