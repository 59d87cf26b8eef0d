package org.societyflow.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
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

/** Every path of activity-verification: an activity the sample leaves out is verified directly; a drawn one is
 * verified by 学会部, or returned to the society, corrected and verified on its second review. The process has no
 * timer of its own: the review's and the correction's due dates are the hourly deadline scan's. */
@Deployment(resources = {"activity-verification.bpmn", "activity-verification-review.form"})
class ActivityVerificationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long DAY = 24L * 60 * 60 * 1000;

  FakeActivityService activities;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    activities = new FakeActivityService(shared.deadlines);
    Mocks.register("activityService", activities);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance submit(boolean drawn) {
    activities.drawn = drawn;
    return runtimeService().startProcessInstanceByKey("activity-verification", "HD-2025-0003",
        Map.of("applicationId", 31L, "societyId", 5L));
  }

  void awaitReview(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("VerifyActivity");
    assertThat(task("VerifyActivity")).hasCandidateGroup("society-affairs");
    assertThat(task("VerifyActivity").getDueDate()).isEqualTo(new Date(NOW.getTime() + 15 * DAY));
  }

  @Test
  void anActivityTheSampleLeavesOutIsVerifiedDirectly() {
    ProcessInstance pi = submit(false);
    assertThat(pi).isEnded().hasPassedInOrder("ActivitySubmitted", "OpenActivity", "SampleDecision", "VerificationDone",
        "RecordVerified", "ActivityVerified").hasNotPassed("VerifyActivity", "ReviewPending");
    assertThat(activities.calls).containsExactly("open:31", "verify");
    assertThat(shared.opinions.opinions).isEmpty();
  }

  @Test
  void aDrawnActivityIsVerifiedByTheSocietyAffairsDepartment() {
    ProcessInstance pi = submit(true);
    awaitReview(pi);
    complete(task("VerifyActivity"), Map.of("decision", "approve", "opinion", "照片与材料相符"));
    assertThat(pi).isEnded().hasPassedInOrder("SampleDecision", "ReviewPending", "VerifyActivity",
        "VerificationDecision", "VerificationDone", "RecordVerified", "ActivityVerified").hasNotPassed("ReturnActivity");
    assertThat(activities.calls).containsExactly("open:31", "verify");
    assertThat(shared.opinions.opinions).containsExactly("VerifyActivity:approve:照片与材料相符");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void aReturnedActivityIsCorrectedByTheSocietyAndReviewedAgain() {
    ProcessInstance pi = submit(true);
    awaitReview(pi);
    complete(task("VerifyActivity"), Map.of("decision", "return", "opinion", "参与人数与签到表不符"));
    assertThat(pi).hasPassed("ReturnActivity").isWaitingAt("CorrectActivity");
    assertThat(task("CorrectActivity")).hasCandidateGroup("society-XH5").hasFormKey("/activities/${applicationId}");
    assertThat(task("CorrectActivity").getDueDate()).isEqualTo(new Date(NOW.getTime() + 15 * DAY));
    complete(task("CorrectActivity"), Map.of("activitySummary", "参与人数：80"));
    awaitReview(pi);
    complete(task("VerifyActivity"), Map.of("decision", "approve", "opinion", "已更正"));
    assertThat(pi).isEnded().hasPassed("ActivityVerified");
    assertThat(activities.calls).containsExactly("open:31", "returnActivity", "verify");
    assertThat(shared.guard.completed).containsExactly("CorrectActivity");
    assertThat(shared.opinions.opinions).containsExactly("VerifyActivity:return:参与人数与签到表不符",
        "VerifyActivity:approve:已更正");
  }
}
