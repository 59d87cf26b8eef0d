package org.societyflow.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;

/** Every path of party-exemplar-selection: the call closes at its day, the committee ranks, leadership approves or
 * returns the list, the 公示 ends with publication, or an objection comes in that the committee dismisses (the 公示
 * goes on) or upholds (the committee ranks again). */
@Deployment(resources = {"party-exemplar-selection.bpmn", "party-exemplar-ranking.form",
    "party-exemplar-approval.form", "party-exemplar-objection.form"})
class PartyExemplarSelectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long DAY = 24L * 60 * 60 * 1000;
  static final Date CLOSES_AT = new Date(NOW.getTime() + 30 * DAY);
  static final Date NOTICE_ENDS = new Date(NOW.getTime() + 50 * DAY);

  FakePartyExemplarService exemplars;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    exemplars = new FakePartyExemplarService(NOTICE_ENDS);
    Mocks.register("partyExemplarService", exemplars);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance startAndClose() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("party-exemplar-selection", "DX-2025-0001",
        Map.of("selectionId", 3L, "closesAt", CLOSES_AT, "title", "党建典型评选 · 2025"));
    assertThat(pi).isWaitingAt("NominationsClosed");
    assertThat(job("NominationsClosed").getDuedate()).isEqualTo(CLOSES_AT);
    execute(job("NominationsClosed"));
    assertThat(pi).hasPassed("CloseNominations").isWaitingAt("CommitteeRanking");
    assertThat(task("CommitteeRanking")).hasCandidateGroup("party-committee");
    assertThat(task("CommitteeRanking").getDueDate()).isEqualTo(new Date(NOW.getTime() + 15 * DAY));
    return pi;
  }

  void rankAndApprove(ProcessInstance pi, String list) {
    complete(task("CommitteeRanking"), Map.of("selectedList", list, "decision", "approve", "opinion", "按得分排序"));
    assertThat(pi).isWaitingAt("LeadershipApproval");
    assertThat(task("LeadershipApproval")).hasCandidateGroup("leadership");
    complete(task("LeadershipApproval"), Map.of("decision", "approve", "opinion", "同意公示"));
    assertThat(pi).hasPassed("PublishNotice").isWaitingAt("NoticeEvents");
    assertThat(job("NoticeEnded").getDuedate()).isEqualTo(NOTICE_ENDS);
  }

  void object(ProcessInstance pi) {
    runtimeService().createMessageCorrelation("PartyExemplarObjection").processInstanceBusinessKey("DX-2025-0001")
        .setVariable("objection", "某学会：事迹不实").correlate();
    assertThat(pi).isWaitingAt("ObjectionReview");
    assertThat(task("ObjectionReview")).hasCandidateGroup("party-committee");
  }

  @Test
  void theRankedListIsApprovedPutOnNoticeAndPublished() {
    ProcessInstance pi = startAndClose();
    rankAndApprove(pi, "1,2");
    execute(job("NoticeEnded"));
    assertThat(pi).isEnded().hasPassedInOrder("OpenSelection", "NominationsClosed", "CloseNominations",
        "CommitteeRanking", "LeadershipApproval", "PublishNotice", "NoticeEnded", "PublishList", "ListPublished")
        .hasNotPassed("ReopenRanking", "ObjectionReceived");
    assertThat(exemplars.calls).containsExactly("open:DX-2025-0001", "close", "checkSelection:1,2", "publishNotice",
        "publish");
    assertThat(shared.opinions.opinions).containsExactly("CommitteeRanking:approve:按得分排序",
        "LeadershipApproval:approve:同意公示");
  }

  @Test
  void aListRefusedByTheRankingCheckStaysWithTheCommittee() {
    startAndClose();
    assertThatThrownBy(() -> complete(task("CommitteeRanking"), Map.of("selectedList", " ", "decision", "approve",
        "opinion", "无"))).hasMessageContaining("empty");
    assertThat(shared.opinions.opinions).as("the refusal records nothing").isEmpty();
  }

  @Test
  void leadershipReturnsTheListAndTheCommitteeRanksAgain() {
    ProcessInstance pi = startAndClose();
    complete(task("CommitteeRanking"), Map.of("selectedList", "1", "decision", "approve", "opinion", "拟定"));
    complete(task("LeadershipApproval"), Map.of("decision", "return", "opinion", "请补充品牌活动"));
    assertThat(pi).hasPassed("ReopenRanking").isWaitingAt("CommitteeRanking");
    rankAndApprove(pi, "1,2");
    execute(job("NoticeEnded"));
    assertThat(pi).isEnded();
    assertThat(exemplars.calls).containsExactly("open:DX-2025-0001", "close", "checkSelection:1", "reopenRanking",
        "checkSelection:1,2", "publishNotice", "publish");
  }

  @Test
  void aDismissedObjectionLetsTheNoticeRunOnAnUpheldOneSendsTheListBack() {
    ProcessInstance pi = startAndClose();
    rankAndApprove(pi, "1,2");

    object(pi);
    complete(task("ObjectionReview"), Map.of("decision", "approve", "opinion", "经核实，事迹属实"));
    assertThat(pi).isWaitingAt("NoticeEvents");
    assertThat(job("NoticeEnded").getDuedate()).as("the same 公示 goes on").isEqualTo(NOTICE_ENDS);

    object(pi);
    complete(task("ObjectionReview"), Map.of("decision", "return", "opinion", "异议属实，撤下该学会"));
    assertThat(pi).hasPassed("ReopenRanking").isWaitingAt("CommitteeRanking");
    rankAndApprove(pi, "2");
    execute(job("NoticeEnded"));
    assertThat(pi).isEnded().hasPassed("ListPublished");
    assertThat(exemplars.calls).containsExactly("open:DX-2025-0001", "close", "checkSelection:1,2", "publishNotice",
        "reopenRanking", "checkSelection:2", "publishNotice", "publish");
    assertThat(shared.opinions.opinions).contains("ObjectionReview:approve:经核实，事迹属实",
        "ObjectionReview:return:异议属实，撤下该学会");
  }
}
