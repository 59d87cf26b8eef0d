package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
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

/** Every path of grant-programme: the call closes at its date, with every review in or waiting for the last one; the
 * ranking proposed by mean score is fixed by 学会部 and approved by the leadership (or returned, once or more); the
 * public notice runs its period and the funding is decided. */
@Deployment(resources = {"grant-programme.bpmn", "grant-ranking.form", "grant-funding-approval.form"})
class GrantProgrammeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final Date CLOSES_AT = days(NOW, 60);
  static final Date REVIEW_DUE = days(CLOSES_AT, 15); // grant-review P15D, from the close in these tests

  FakeGrantProgrammeService programmes;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    programmes = new FakeGrantProgrammeService();
    Mocks.register("grantProgrammeService", programmes);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date days(Date from, int days) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  static Map<String, Object> ranking(String fundedList, String adjustmentReason, String opinion) {
    Map<String, Object> values = new HashMap<>(review("approve", opinion));
    values.put("fundedList", fundedList);
    values.put("adjustmentReason", adjustmentReason);
    return values;
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("grant-programme", "ZX-2025-0001",
        Variables.createVariables().putValue("programmeId", 31L).putValue("programmeTitle", "2025 年学术交流活动平台项目")
            .putValue("closesAt", CLOSES_AT));
    assertThat(pi).isStarted().hasPassed("ProgrammePublished", "OpenProgramme").isWaitingAt("CallClosed");
    return pi;
  }

  /** The call closes at its date. */
  void close(ProcessInstance pi) {
    Job closing = job("CallClosed");
    assertThat(closing.getDuedate()).isEqualTo(CLOSES_AT);
    ClockUtil.setCurrentTime(CLOSES_AT);
    execute(closing);
    assertThat(pi).hasPassed("CallClosed", "CloseCall", "ReviewsDone");
  }

  /** Closed with every review in: 学会部 fixes the ranking. */
  ProcessInstance upToRanking() {
    ProcessInstance pi = start();
    close(pi);
    assertThat(pi).hasPassed("ReviewsReady", "Propose", "RankingPending").hasNotPassed("ReviewsCompleted")
        .isWaitingAt("Ranking");
    assertThat(pi).variables().containsEntry("rankingSummary", FakeGrantProgrammeService.RANKING_SUMMARY)
        .containsEntry("fundedList", FakeGrantProgrammeService.FUNDED_LIST)
        .containsEntry("totalBudget", FakeGrantProgrammeService.TOTAL_BUDGET);
    return pi;
  }

  /** The public notice runs its period; the funding is decided. */
  void noticeEnds(ProcessInstance pi) {
    Date noticeEnds = days(ClockUtil.getCurrentTime(), FakeGrantProgrammeService.NOTICE_DAYS);
    assertThat(pi).hasPassed("FundingVerdict", "PublishNotice").isWaitingAt("NoticeEnded");
    assertThat(pi).variables().containsEntry("noticeEnds", noticeEnds);
    Job notice = job("NoticeEnded");
    assertThat(notice.getDuedate()).isEqualTo(noticeEnds);
    ClockUtil.setCurrentTime(noticeEnds);
    execute(notice);
    assertThat(pi).isEnded().hasPassed("NoticeEnded", "DecideFunding", "FundingDecided");
  }

  @Test
  void reviewsCompleteWhenTheCallClosesThenRankedApprovedAndPublished() {
    ProcessInstance pi = upToRanking();
    complete(task("Ranking"), ranking(FakeGrantProgrammeService.FUNDED_LIST, null, "按均分排序，在预算内资助前两项"));
    assertThat(pi).isWaitingAt("FundingApproval");
    complete(task("FundingApproval"), review("approve", "同意"));
    noticeEnds(pi);

    assertThat(pi).hasPassedInOrder("OpenProgramme", "CallClosed", "CloseCall", "Propose", "Ranking",
        "FundingApproval", "PublishNotice", "NoticeEnded", "DecideFunding").hasNotPassed("ReviewsCompleted");
    assertThat(programmes.calls).containsExactly("open:31", "close", "propose",
        "checkFundedList:" + FakeGrantProgrammeService.FUNDED_LIST,
        "publishNotice:" + FakeGrantProgrammeService.FUNDED_LIST,
        "decide");
    assertThat(shared.opinions.opinions).containsExactly("Ranking:approve:按均分排序，在预算内资助前两项",
        "FundingApproval:approve:同意");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void reviewsOutstandingWhenTheCallClosesWaitForTheLastOne() {
    programmes.reviewsComplete = false;
    ProcessInstance pi = start();
    close(pi);
    assertThat(pi).as("some applications are still with the experts").isWaitingAt("ReviewsCompleted")
        .hasNotPassed("ReviewsReady", "Propose");

    runtimeService().createMessageCorrelation("GrantReviewsCompleted").processInstanceBusinessKey("ZX-2025-0001")
        .correlate();

    assertThat(pi).hasPassed("ReviewsCompleted", "ReviewsReady", "Propose").isWaitingAt("Ranking");
    complete(task("Ranking"), ranking(FakeGrantProgrammeService.FUNDED_LIST, null, "报审"));
    complete(task("FundingApproval"), review("approve", "同意"));
    noticeEnds(pi);
    assertThat(programmes.calls).containsExactly("open:31", "close", "propose",
        "checkFundedList:" + FakeGrantProgrammeService.FUNDED_LIST,
        "publishNotice:" + FakeGrantProgrammeService.FUNDED_LIST,
        "decide");
  }

  @Test
  void returnedByTheLeadershipThenRankedAgain() {
    ProcessInstance pi = upToRanking();
    complete(task("Ranking"), ranking(FakeGrantProgrammeService.FUNDED_LIST, null, "按均分排序"));
    complete(task("FundingApproval"), review("return", "智能制造论坛应予支持，请调整"));

    assertThat(pi).hasPassed("FundingVerdict").hasNotPassed("PublishNotice").isWaitingAt("Ranking");
    Task again = task("Ranking");
    assertThat(taskService().getVariables(again.getId())).as("the returned ranking, not the leadership's decision")
        .doesNotContainKeys("decision", "opinion").containsEntry("fundedList", FakeGrantProgrammeService.FUNDED_LIST);

    complete(again, ranking("XM-2025-0003， XM-2025-0002", "按领导意见调整：智能制造论坛压减至 5 万元", "已按意见调整"));
    complete(task("FundingApproval"), review("approve", "同意"));
    noticeEnds(pi);

    assertThat(programmes.calls).containsExactly("open:31", "close", "propose",
        "checkFundedList:" + FakeGrantProgrammeService.FUNDED_LIST, "checkFundedList:XM-2025-0003， XM-2025-0002",
        "publishNotice:XM-2025-0003， XM-2025-0002", "decide");
    assertThat(shared.opinions.opinions).containsExactly("Ranking:approve:按均分排序",
        "FundingApproval:return:智能制造论坛应予支持，请调整", "Ranking:approve:已按意见调整", "FundingApproval:approve:同意");
  }

  @Test
  void aFundedListThatIsNotApplicationNumbersIsRefused() {
    ProcessInstance pi = upToRanking();
    Task ranking = task("Ranking");
    assertThatThrownBy(() -> taskService().complete(ranking.getId(), ranking("第一名和第三名", null, "报审")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("拟资助项目编号");
    assertThat(pi).isWaitingAt("Ranking");
    assertThat(shared.opinions.opinions).as("the list is checked before the opinion is recorded").isEmpty();
    assertThatThrownBy(() -> taskService().complete(ranking.getId(), Map.of("fundedList", "XM-2025-0001")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("Ranking");
  }

  @Test
  void taskAttributes() {
    ProcessInstance pi = upToRanking();
    assertThat(pi).hasBusinessKey("ZX-2025-0001");
    assertReviewer("Ranking", "学会部确定拟资助名单", "society-affairs", "grant-ranking");
    complete(task("Ranking"), ranking(FakeGrantProgrammeService.FUNDED_LIST, null, "报审"));
    assertReviewer("FundingApproval", "领导审批资助名单", "leadership", "grant-funding-approval");
    assertThat(taskService().getVariables(task("FundingApproval").getId()))
        .containsEntry("programmeTitle", "2025 年学术交流活动平台项目")
        .containsEntry("rankingSummary", FakeGrantProgrammeService.RANKING_SUMMARY)
        .containsEntry("fundedList", FakeGrantProgrammeService.FUNDED_LIST).doesNotContainKey("decision");
  }

  void assertReviewer(String key, String name, String group, String form) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup(group).hasDueDate(REVIEW_DUE);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }
}
