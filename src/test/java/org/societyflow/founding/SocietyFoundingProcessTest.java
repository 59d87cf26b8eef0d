package org.societyflow.founding;

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

/** Every path of society-founding: the applicant's submission with its return and lapse, 学会部's formal check, the
 * parallel expert and party-committee reviews (in either order), the summary and the leadership decision, and the
 * 筹备 period with its reminder, its one extension, its expiry and 民政局's registration or refusal. */
@Deployment(resources = {"society-founding.bpmn", "founding-formal-check.form", "founding-expert-opinion.form",
    "founding-party-review.form", "founding-affairs-summary.form", "founding-leadership-decision.form",
    "founding-registration.form"})
class SocietyFoundingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final Date APPLICATION_DUE = days(NOW, 60); // founding-application P60D
  static final Date REVIEW_DUE = days(NOW, 15); // founding-review P15D
  static final Date PREPARATION_DUE = months(NOW, 6); // founding-preparation P6M; approve runs at NOW in these tests
  static final String CREDIT_CODE = "51420000MJH012345J"; // valid per GB 32100 (CreditCode.isValid)

  FakeFoundingService foundings;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    foundings = new FakeFoundingService(shared.deadlines);
    Mocks.register("foundingService", foundings);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Dates as the Deadlines bean computes them: calendar arithmetic in the engine's time zone. */
  static Date days(Date from, int days) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
  }

  static Date months(Date from, int months) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusMonths(months).toInstant());
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("society-founding", "CL-2025-0001",
        Variables.createVariables().putValue("applicationId", 1001L).putValue("applicant", "initiator")
            .putValue("title", "湖北省人工智能学会成立申请").putValue("applicationLink", "/foundings/1001"));
    assertThat(pi).isStarted().hasPassed("FoundingRequested", "OpenApplication", "ApplicationPending")
        .isWaitingAt("SubmitApplication");
    return pi;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  /** The applicant submits the application in the portal; the service checks it against the register. */
  void submit(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("SubmitApplication");
    complete(task("SubmitApplication"));
    assertThat(pi).hasPassed("CheckApplication").isWaitingAt("FormalCheck");
    assertThat(pi).variables().containsEntry("checkSummary", FakeFoundingService.CHECK_SUMMARY);
  }

  void approve(ProcessInstance pi, String key, String opinion) {
    complete(task(key), review("approve", opinion));
  }

  /** Submitted and found complete: the expert and the party committee review side by side. */
  ProcessInstance upToReviews() {
    ProcessInstance pi = start();
    submit(pi);
    approve(pi, "FormalCheck", "材料齐全");
    assertThat(pi).hasPassed("FormalCheckDecision", "ReviewsSplit").isWaitingAt("ExpertOpinion", "PartyReview");
    return pi;
  }

  /** Both reviews, the summary and the leadership approve: the society is in 筹备, 学会部 waits for 民政局. */
  ProcessInstance upToRegistration() {
    ProcessInstance pi = upToReviews();
    approve(pi, "ExpertOpinion", "有必要成立");
    approve(pi, "PartyReview", "同意");
    assertThat(pi).hasPassed("ReviewsJoin").isWaitingAt("AffairsSummary");
    approve(pi, "AffairsSummary", "建议同意");
    approve(pi, "LeadershipDecision", "同意筹备");
    assertThat(pi).hasPassed("LeadershipVerdict", "ApproveFounding", "PreparationPending")
        .isWaitingAt("RecordRegistration");
    return pi;
  }

  void register(ProcessInstance pi) {
    Map<String, Object> registration = new HashMap<>(review("approve", "民政局已准予成立登记"));
    registration.put("creditCode", CREDIT_CODE);
    registration.put("registeredOn", "2025-05-20");
    complete(task("RecordRegistration"), registration);
    assertThat(pi).isEnded().hasPassed("RegistrationOutcome", "RegisterSociety", "SocietyFounded")
        .hasNotPassed("LapsePreparation", "PreparationLapsed");
  }

  @Test
  void approvedPreparedAndRegistered() {
    ProcessInstance pi = upToRegistration();
    assertThat(pi).variables().containsEntry("societyCode", "XH1001").containsEntry("societyName", "湖北省人工智能学会")
        .containsEntry("preparationDue", PREPARATION_DUE);
    register(pi);

    assertThat(pi).hasPassedInOrder("SubmitApplication", "CheckApplication", "FormalCheck", "AffairsSummary",
        "LeadershipDecision", "ApproveFounding", "RecordRegistration", "RegisterSociety")
        .hasNotPassed("ReturnApplication", "LapseApplication", "RejectApplication", "ExtendPreparation",
            "RemindPreparation");
    assertThat(foundings.calls).containsExactly("open:1001", "check", "approve", "register:" + CREDIT_CODE);
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全", "ExpertOpinion:approve:有必要成立",
        "PartyReview:approve:同意", "AffairsSummary:approve:建议同意", "LeadershipDecision:approve:同意筹备",
        "RecordRegistration:approve:民政局已准予成立登记");
    assertThat(shared.guard.completed).containsExactly("SubmitApplication");
    assertThat(shared.reminders.sent).isEmpty();
    assertThat(jobQuery().count()).as("the preparation timers went with the task").isZero();
  }

  @Test
  void returnedForCorrectionThenResubmitted() {
    ProcessInstance pi = start();
    submit(pi);
    Date returnedAt = days(NOW, 10);
    ClockUtil.setCurrentTime(returnedAt);
    complete(task("FormalCheck"), review("return", "缺章程草案和会员承诺书"));

    assertThat(pi).hasPassed("FormalCheckDecision", "ReturnApplication").hasNotPassed("ReviewsSplit")
        .isWaitingAt("SubmitApplication");
    Date resubmissionDue = days(returnedAt, 30); // founding-resubmission P30D
    assertThat(pi).variables().containsEntry("applicationDue", resubmissionDue);
    assertThat(task("SubmitApplication")).isAssignedTo("initiator").hasDueDate(resubmissionDue);
    assertThat(job("ApplicationLapsed").getDuedate()).isEqualTo(resubmissionDue);

    submit(pi);
    approve(pi, "FormalCheck", "补正后材料齐全");
    assertThat(pi).isWaitingAt("ExpertOpinion", "PartyReview");
    assertThat(foundings.calls).containsExactly("open:1001", "check", "returnApplication", "check");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:return:缺章程草案和会员承诺书", "FormalCheck:approve:补正后材料齐全");
    assertThat(shared.guard.completed).containsExactly("SubmitApplication", "SubmitApplication");
  }

  @Test
  void rejectedByTheFormalCheck() {
    ProcessInstance pi = start();
    submit(pi);
    complete(task("FormalCheck"), review("reject", "名称以“中国”开头，地方学会不得使用"));

    assertThat(pi).isEnded().hasPassed("FormalCheckDecision", "RejectionMerge", "RejectApplication", "FoundingRejected")
        .hasNotPassed("ReviewsSplit", "ReturnApplication", "LeadershipDecision");
    assertThat(foundings.calls).containsExactly("open:1001", "check", "reject");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void rejectedByTheLeadership() {
    ProcessInstance pi = upToReviews();
    approve(pi, "ExpertOpinion", "有必要成立");
    approve(pi, "PartyReview", "同意");
    complete(task("AffairsSummary"), review("reject", "与省计算机学会业务范围高度重叠"));
    assertThat(pi).as("the summary only advises").isWaitingAt("LeadershipDecision");
    complete(task("LeadershipDecision"), review("reject", "业务范围与现有学会重叠，不同意成立"));

    assertThat(pi).isEnded().hasPassed("LeadershipVerdict", "RejectionMerge", "RejectApplication", "FoundingRejected")
        .hasNotPassed("ApproveFounding", "RecordRegistration");
    assertThat(foundings.calls).containsExactly("open:1001", "check", "reject");
    assertThat(shared.opinions.opinions).endsWith("AffairsSummary:reject:与省计算机学会业务范围高度重叠",
        "LeadershipDecision:reject:业务范围与现有学会重叠，不同意成立");
  }

  @Test
  void applicationLapsesWhenNotSubmittedInTime() {
    ProcessInstance pi = start();
    Job lapse = job("ApplicationLapsed");
    assertThat(lapse.getDuedate()).isEqualTo(APPLICATION_DUE);

    ClockUtil.setCurrentTime(APPLICATION_DUE);
    execute(lapse);

    assertThat(pi).isEnded().hasPassed("ApplicationLapsed", "LapseApplication", "FoundingLapsed")
        .hasNotPassed("CheckApplication");
    assertThat(taskQuery().count()).isZero();
    assertThat(foundings.calls).containsExactly("open:1001", "lapse");
    assertThat(shared.guard.completed).isEmpty();
  }

  @Test
  void returnedApplicationLapsesWhenNotResubmittedInTime() {
    ProcessInstance pi = start();
    submit(pi);
    complete(task("FormalCheck"), review("return", "缺活动资金证明"));
    Job lapse = job("ApplicationLapsed");
    assertThat(lapse.getDuedate()).isEqualTo(days(NOW, 30));

    execute(lapse);
    assertThat(pi).isEnded().hasPassed("ReturnApplication", "LapseApplication", "FoundingLapsed");
    assertThat(foundings.calls).containsExactly("open:1001", "check", "returnApplication", "lapse");
  }

  @Test
  void expertFirstThenPartyCommittee() {
    ProcessInstance pi = upToReviews();
    complete(task("ExpertOpinion"), review("reject", "与现有学会业务范围有重叠"));
    assertThat(pi).as("the join waits for the party committee").isWaitingAt("PartyReview")
        .hasNotPassed("ReviewsJoin");
    approve(pi, "PartyReview", "党建工作方案可行");

    assertThat(pi).as("the expert opinion only advises").hasPassed("ReviewsJoin").isWaitingAt("AffairsSummary");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全", "ExpertOpinion:reject:与现有学会业务范围有重叠",
        "PartyReview:approve:党建工作方案可行");
  }

  @Test
  void partyCommitteeFirstThenExpert() {
    ProcessInstance pi = upToReviews();
    approve(pi, "PartyReview", "同意");
    assertThat(pi).as("the join waits for the expert").isWaitingAt("ExpertOpinion").hasNotPassed("ReviewsJoin");
    approve(pi, "ExpertOpinion", "填补省内该学科空白");

    assertThat(pi).hasPassed("ReviewsJoin").isWaitingAt("AffairsSummary");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全", "PartyReview:approve:同意",
        "ExpertOpinion:approve:填补省内该学科空白");
  }

  @Test
  void theSecondReviewDoesNotSeeTheFirstOnesDecision() {
    ProcessInstance pi = upToReviews();
    approve(pi, "ExpertOpinion", "有必要成立");

    Task party = task("PartyReview");
    assertThat(taskService().getVariables(party.getId())).as("what Tasklist loads into the party committee's form")
        .containsEntry("decision", null).containsEntry("opinion", null).containsEntry("title", "湖北省人工智能学会成立申请");
    assertThatThrownBy(() -> taskService().complete(party.getId(), Map.of("opinion", "同意")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("PartyReview");

    complete(task("PartyReview"), review("reject", "拟任理事长资格存疑"));
    assertThat(pi).isWaitingAt("AffairsSummary");
    assertThat(shared.opinions.opinions).endsWith("ExpertOpinion:approve:有必要成立", "PartyReview:reject:拟任理事长资格存疑");
    assertThat(taskService().getVariables(task("AffairsSummary").getId())).as("no review's decision is left over")
        .doesNotContainKey("decision");
  }

  @Test
  void preparationReminderFiresAndTheRegistrationTaskStaysOpen() {
    ProcessInstance pi = upToRegistration();
    Task registration = task("RecordRegistration");
    assertThat(jobQuery().count()).isEqualTo(2);

    Job reminder = job("PreparationReminder");
    Date remindAt = days(PREPARATION_DUE, -30); // founding-preparation-reminder P30D
    assertThat(reminder.getDuedate()).isEqualTo(remindAt);
    ClockUtil.setCurrentTime(remindAt);
    execute(reminder);

    assertThat(pi).hasPassed("PreparationReminder", "RemindPreparation", "PreparationReminded")
        .isWaitingAt("RecordRegistration");
    assertThat(task("RecordRegistration").getId()).isEqualTo(registration.getId());
    assertThat(shared.reminders.sent).containsExactly("remind:RemindPreparation:initiator");
    assertThat(job("PreparationExpired").getDuedate()).isEqualTo(PREPARATION_DUE);

    register(pi);
    assertThat(foundings.calls).endsWith("approve", "register:" + CREDIT_CODE);
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void preparationExpires() {
    ProcessInstance pi = upToRegistration();
    Job expiry = job("PreparationExpired");
    assertThat(expiry.getDuedate()).isEqualTo(PREPARATION_DUE);

    ClockUtil.setCurrentTime(PREPARATION_DUE);
    execute(expiry);

    assertThat(pi).isEnded().hasPassed("PreparationExpired", "PreparationFailedMerge", "LapsePreparation",
        "PreparationLapsed").hasNotPassed("RegistrationOutcome", "RegisterSociety");
    assertThat(taskQuery().count()).isZero();
    assertThat(jobQuery().count()).as("the reminder went with the task").isZero();
    assertThat(foundings.calls).containsExactly("open:1001", "check", "approve", "lapsePreparation");
  }

  @Test
  void preparationExtendedOnceThenRegistered() {
    ProcessInstance pi = upToRegistration();
    Date decidedAt = days(NOW, 170);
    ClockUtil.setCurrentTime(decidedAt);
    complete(task("RecordRegistration"), review("extend", "第一次会员大会延期召开，申请延长筹备期"));

    Date extendedDue = months(PREPARATION_DUE, 3); // founding-preparation-extension P3M, from the old end of 筹备
    assertThat(pi).hasPassed("RegistrationOutcome", "ExtendPreparation").isWaitingAt("RecordRegistration");
    assertThat(pi).variables().containsEntry("preparationDue", extendedDue).containsEntry("extended", true);
    assertThat(task("RecordRegistration")).hasCandidateGroup("society-affairs").hasDueDate(extendedDue);
    assertThat(job("PreparationExpired").getDuedate()).isEqualTo(extendedDue);
    assertThat(job("PreparationReminder").getDuedate()).isEqualTo(days(extendedDue, -30));

    register(pi);
    assertThat(foundings.calls).containsExactly("open:1001", "check", "approve", "extendPreparation",
        "register:" + CREDIT_CODE);
    assertThat(shared.opinions.opinions).endsWith("RecordRegistration:extend:第一次会员大会延期召开，申请延长筹备期",
        "RecordRegistration:approve:民政局已准予成立登记");
  }

  @Test
  void aSecondExtensionIsRefused() {
    ProcessInstance pi = upToRegistration();
    complete(task("RecordRegistration"), review("extend", "申请延长"));
    Task registration = task("RecordRegistration");

    assertThatThrownBy(() -> taskService().complete(registration.getId(), review("extend", "再次申请延长")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能延长一次");
    assertThat(pi).isWaitingAt("RecordRegistration");
    assertThat(task("RecordRegistration").getId()).isEqualTo(registration.getId());
    assertThat(foundings.calls).containsOnlyOnce("extendPreparation");
  }

  @Test
  void notRegisteredByCivilAffairs() {
    ProcessInstance pi = upToRegistration();
    complete(task("RecordRegistration"), review("reject", "民政局不予登记：会员大会未达法定人数"));

    assertThat(pi).isEnded().hasPassed("RegistrationOutcome", "PreparationFailedMerge", "LapsePreparation",
        "PreparationLapsed").hasNotPassed("RegisterSociety", "ExtendPreparation");
    assertThat(foundings.calls).containsExactly("open:1001", "check", "approve", "lapsePreparation");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void taskAttributes() {
    ProcessInstance pi = start();
    assertThat(pi).hasBusinessKey("CL-2025-0001").variables().containsEntry("applicationId", 1001L)
        .containsEntry("applicant", "initiator").containsEntry("applicationLink", "/foundings/1001")
        .containsEntry("applicationDue", APPLICATION_DUE);

    Task application = taskQuery().initializeFormKeys().taskDefinitionKey("SubmitApplication").singleResult();
    assertThat(application).hasName("填报成立申请").isAssignedTo("initiator").hasDueDate(APPLICATION_DUE);
    assertThat(application.getFormKey()).isEqualTo("/foundings/1001");

    submit(pi);
    assertReviewer("FormalCheck", "学会部形式审查", "society-affairs", "founding-formal-check", REVIEW_DUE);
    approve(pi, "FormalCheck", "材料齐全");
    assertReviewer("ExpertOpinion", "专家论证成立必要性", "experts", "founding-expert-opinion", REVIEW_DUE);
    assertReviewer("PartyReview", "科技社团党委审查", "party-committee", "founding-party-review", REVIEW_DUE);
    approve(pi, "ExpertOpinion", "有必要成立");
    approve(pi, "PartyReview", "同意");
    assertReviewer("AffairsSummary", "学会部汇总意见", "society-affairs", "founding-affairs-summary", REVIEW_DUE);
    approve(pi, "AffairsSummary", "建议同意");
    assertReviewer("LeadershipDecision", "领导审批成立申请", "leadership", "founding-leadership-decision", REVIEW_DUE);
    approve(pi, "LeadershipDecision", "同意筹备");
    assertReviewer("RecordRegistration", "登记民政局成立登记", "society-affairs", "founding-registration",
        PREPARATION_DUE);
  }

  void assertReviewer(String key, String name, String group, String form, Date due) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup(group).hasDueDate(due);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }

  @Test
  void listenersGuardTheApplicantsAndEveryReviewerTask() {
    ProcessInstance pi = start();

    shared.guard.refuse = true;
    Task application = task("SubmitApplication");
    assertThatThrownBy(() -> taskService().complete(application.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("SubmitApplication").hasNotPassed("CheckApplication");
    shared.guard.refuse = false;

    submit(pi);
    for (String key : List.of("FormalCheck", "ExpertOpinion", "PartyReview", "AffairsSummary", "LeadershipDecision",
        "RecordRegistration")) {
      Task review = task(key);
      assertThatThrownBy(() -> taskService().complete(review.getId(), Map.of("opinion", "没有结论")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
      assertThat(pi).isWaitingAt(key);
      if (!key.equals("RecordRegistration")) {
        approve(pi, key, "同意");
      }
    }
    assertThat(pi).hasNotPassed("RegistrationOutcome");
    assertThat(shared.opinions.opinions).hasSize(5);
  }
}
