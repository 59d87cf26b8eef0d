package org.societyflow.inspection;

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

@Deployment(resources = {"annual-inspection.bpmn", "annual-inspection-grade.dmn",
    "annual-inspection-review.form", "annual-inspection-rectification-review.form"})
class AnnualInspectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long DAY = 24L * 60 * 60 * 1000;
  static final Date REPORT_DEADLINE = new Date(NOW.getTime() + 89 * DAY); // 2025-03-31

  static final List<String> INDICATORS = List.of("certificateLent", "outsideScope", "refusedInspection",
      "unfiledChanges", "forProfit", "assetsMisappropriated", "seriousCase", "meetingsNotHeld", "charterNotFollowed",
      "termOverdue",
      "officersOverAgeOrTerm", "financeIrregular", "improperAwards", "uncooperative", "criticisedLastYear");

  FakeAnnualInspectionService inspections;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    inspections = new FakeAnnualInspectionService();
    Mocks.register("annualInspectionService", inspections);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("annual-inspection", "NJ-2025-0007",
        Variables.createVariables()
            .putValue("societyId", 7L)
            .putValue("year", 2024)
            .putValue("campaignId", 42L)
            .putValue("reportDeadline", REPORT_DEADLINE));
    assertThat(pi).isStarted().hasPassed("InspectionStarted", "RegisterInspection").isWaitingAt("SubmitReport");
    return pi;
  }

  /** The checklist answers the portal stores when the society submits: all false except the given ones. */
  static Map<String, Object> report(String... trueIndicators) {
    Map<String, Object> vars = new HashMap<>();
    INDICATORS.forEach(i -> vars.put(i, false));
    for (String i : trueIndicators) {
      vars.put(i, true);
    }
    return vars;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  void submitReport(ProcessInstance pi, String... trueIndicators) {
    assertThat(pi).isWaitingAt("SubmitReport");
    complete(task("SubmitReport"), report(trueIndicators));
    assertThat(pi).hasPassed("ProposeGrade", "RecordProposal").isWaitingAt("ReviewReport");
    assertThat(pi).variables().doesNotContainKey("gradeProposal");
  }

  @Test
  void reportSubmittedAndConfirmedAsPass() {
    ProcessInstance pi = start();
    submitReport(pi);
    assertThat(pi).variables()
        .containsEntry("proposedGrade", "PASS")
        .containsEntry("proposedGradeReason", "未发现问题")
        .containsEntry("grade", "PASS");

    complete(task("ReviewReport"), review("approve", "材料齐全，同意合格"));

    assertThat(pi).hasPassedInOrder("ReviewReport", "ReviewDecision", "RecordGrade", "RectificationNeeded")
        .isEnded().hasPassed("InspectionPassed");
    assertThat(inspections.calls).containsExactly("open:7", "recordProposal:PASS", "recordGrade:PASS");
    assertThat(shared.opinions.opinions).containsExactly("ReviewReport:approve:材料齐全，同意合格");
    assertThat(shared.guard.completed).containsExactly("SubmitReport");
    assertThat(jobQuery().count()).isZero(); // reminder and deadline timers went with the report task
  }

  @Test
  void basicPassThenRectificationAccepted() {
    ProcessInstance pi = start();
    submitReport(pi, "termOverdue");
    assertThat(pi).variables()
        .containsEntry("proposedGrade", "BASIC_PASS")
        .containsEntry("proposedGradeReason", "理事会任期届满逾期未换届");

    complete(task("ReviewReport"), review("approve", "逾期未换届，基本合格"));
    assertThat(pi).isWaitingAt("SubmitRectification");
    complete(task("SubmitRectification"));
    assertThat(pi).isWaitingAt("ReviewRectification");
    complete(task("ReviewRectification"), review("approve", "已完成换届"));

    assertThat(pi).isEnded().hasPassed("RecordRectificationAccepted", "RectificationDone")
        .hasNotPassed("RectificationRejected", "RectificationOverdue");
    assertThat(inspections.calls).containsExactly("open:7", "recordProposal:BASIC_PASS", "recordGrade:BASIC_PASS",
        "recordRectification:true");
    assertThat(shared.guard.completed).containsExactly("SubmitReport", "SubmitRectification");
  }

  @Test
  void failThenRectificationRejected() {
    ProcessInstance pi = start();
    submitReport(pi, "forProfit", "financeIrregular");
    assertThat(pi).variables().containsEntry("proposedGrade", "FAIL").containsEntry("grade", "FAIL");

    complete(task("ReviewReport"), review("approve", "从事营利性经营，不合格"));
    complete(task("SubmitRectification"));
    complete(task("ReviewRectification"), review("reject", "整改不到位"));

    assertThat(pi).isEnded().hasPassed("RecordRectificationRejected", "RectificationRejected");
    assertThat(inspections.calls).containsExactly("open:7", "recordProposal:FAIL", "recordGrade:FAIL",
        "recordRectification:false");
    assertThat(shared.opinions.opinions).containsExactly("ReviewReport:approve:从事营利性经营，不合格",
        "ReviewRectification:reject:整改不到位");
  }

  @Test
  void reviewerOverridesProposalToBasicPass() {
    ProcessInstance pi = start();
    submitReport(pi);
    complete(task("ReviewReport"), Map.of("decision", "approve", "opinion", "财务报告未经审计",
        "grade", "BASIC_PASS", "gradeOverrideReason", "财务报告未经审计"));
    assertThat(pi).isWaitingAt("SubmitRectification");
    assertThat(inspections.calls).contains("recordGrade:BASIC_PASS");
  }

  @Test
  void rectificationPeriodExpires() {
    ProcessInstance pi = start();
    submitReport(pi, "meetingsNotHeld");
    complete(task("ReviewReport"), review("approve", "基本合格"));
    assertThat(pi).isWaitingAt("SubmitRectification");

    Job timer = job("RectificationPeriodExpired");
    assertThat(timer.getDuedate()).isEqualTo(new Date(NOW.getTime() + 60 * DAY));
    execute(timer);

    assertThat(pi).isEnded().hasPassed("RecordRectificationOverdue", "RectificationOverdue")
        .hasNotPassed("ReviewRectification");
    assertThat(inspections.calls).endsWith("recordRectification:false");
    assertThat(shared.guard.completed).containsExactly("SubmitReport");
  }

  @Test
  void returnedForCorrectionThenResubmitted() {
    ProcessInstance pi = start();
    submitReport(pi, "improperAwards");
    complete(task("ReviewReport"), review("return", "请补充表彰活动的批准文件"));

    assertThat(pi).hasPassed("ReturnReport").isWaitingAt("SubmitReport");
    assertThat(inspections.calls).containsExactly("open:7", "recordProposal:BASIC_PASS", "returnReport");
    assertThat(jobQuery().count()).as("reminder and deadline timers again").isEqualTo(3);

    submitReport(pi); // corrected: the award was approved after all
    assertThat(pi).variables().containsEntry("proposedGrade", "PASS").containsEntry("grade", "PASS");
    complete(task("ReviewReport"), review("approve", "已补正"));

    assertThat(pi).isEnded().hasPassed("InspectionPassed");
    assertThat(shared.opinions.opinions).containsExactly("ReviewReport:return:请补充表彰活动的批准文件",
        "ReviewReport:approve:已补正");
  }

  @Test
  void bothRemindersFireAndTheReportStaysOpen() {
    ProcessInstance pi = start();
    Task report = task("SubmitReport");

    Job first = job("FirstReminder");
    assertThat(first.getDuedate()).isEqualTo(new Date(REPORT_DEADLINE.getTime() - 14 * DAY));
    execute(first);
    assertThat(pi).hasPassed("RemindSociety", "SocietyReminded").isWaitingAt("SubmitReport");
    assertThat(shared.reminders.sent).containsExactly("remind:RemindSociety:XH7");

    Job last = job("LastReminder");
    assertThat(last.getDuedate()).isEqualTo(new Date(REPORT_DEADLINE.getTime() - 3 * DAY));
    execute(last);
    assertThat(pi).hasPassed("RemindSocietyAgain", "SocietyRemindedAgain").isWaitingAt("SubmitReport");
    assertThat(shared.reminders.sent).containsExactly("remind:RemindSociety:XH7", "remind:RemindSocietyAgain:XH7");

    assertThat(task("SubmitReport").getId()).isEqualTo(report.getId());
    assertThat(jobQuery().activityId("ReportDeadlinePassed").count()).isEqualTo(1);
    submitReport(pi);
  }

  @Test
  void reportDeadlinePassesWithoutReport() {
    ProcessInstance pi = start();
    Job deadline = job("ReportDeadlinePassed");
    assertThat(deadline.getDuedate()).isEqualTo(REPORT_DEADLINE);

    execute(deadline);

    assertThat(pi).isEnded()
        .hasPassedInOrder("MarkNotSubmitted", "ProposeNotSubmittedGrade", "RecordNotSubmittedGrade", "ReportNotSubmitted")
        .hasNotPassed("ProposeGrade", "ReviewReport", "InspectionPassed");
    assertThat(inspections.calls).containsExactly("open:7", "markNotSubmitted", "recordNotSubmittedGrade:FAIL");
    assertThat(pi).variables().containsEntry("grade", "FAIL")
        .containsEntry("proposedGradeReason", "拒不接受或者不按照规定接受监督检查");
    assertThat(taskQuery().count()).isZero();
    assertThat(jobQuery().count()).as("the reminders are cancelled with the task").isZero();
  }

  /** The missed report is graded by the table (Rule_03) even when the register says more: the refusal comes first. */
  @Test
  void aMissedReportIsARefusedInspectionWhateverTheRegisterSays() {
    inspections.register.putAll(Map.of("termOverdue", true, "uncooperative", true, "seriousCase", true));
    ProcessInstance pi = start();
    execute(job("ReportDeadlinePassed"));
    assertThat(pi).isEnded().hasPassed("ReportNotSubmitted");
    assertThat(inspections.calls).endsWith("recordNotSubmittedGrade:FAIL");
    assertThat(pi).variables().containsEntry("proposedGradeReason", "拒不接受或者不按照规定接受监督检查");
  }

  /** A case record of the year (不配合检查) reaches the table at submission: 基本合格 (Rule_21). */
  @Test
  void aCaseRecordOfTheYearMakesTheProposal() {
    ProcessInstance pi = start();
    submitReport(pi, "uncooperative");
    assertThat(pi).variables().containsEntry("proposedGrade", "BASIC_PASS")
        .containsEntry("proposedGradeReason", "不配合业务主管单位和登记管理机关的管理");
  }

  /** The charter and the meetings are two inputs: either alone is 基本合格 with its own reason. */
  @Test
  void charterNotFollowedIsItsOwnInput() {
    ProcessInstance pi = start();
    submitReport(pi, "charterNotFollowed");
    assertThat(pi).variables().containsEntry("proposedGrade", "BASIC_PASS")
        .containsEntry("proposedGradeReason", "未按照章程规定开展活动");
  }

  /**
   * The reviewer flags 情节严重 and asks the table again: the report's 逾期未换届 is now serious, 不合格 (Rule_09);
   * the opinion of the reassessment is kept, and the review opens again with the new proposal.
   */
  @Test
  void reviewerFlagsASeriousCaseAndTheTableProposesAgain() {
    ProcessInstance pi = start();
    submitReport(pi, "termOverdue");
    assertThat(pi).variables().containsEntry("proposedGrade", "BASIC_PASS");

    complete(task("ReviewReport"), Map.of("decision", "reassess", "opinion", "逾期三年未换届，情节严重",
        "seriousCaseFlagged", true));

    assertThat(pi).hasPassedInOrder("ReviewReport", "ReviewDecision", "ReassessGrade", "ProposeGrade")
        .isWaitingAt("ReviewReport");
    assertThat(pi).variables().containsEntry("seriousCase", true).containsEntry("proposedGrade", "FAIL")
        .containsEntry("proposedGradeReason", "情节严重：理事会任期届满逾期未换届").containsEntry("grade", "FAIL");
    complete(task("ReviewReport"), review("approve", "不合格"));

    assertThat(pi).isWaitingAt("SubmitRectification");
    assertThat(inspections.calls).containsExactly("open:7", "recordProposal:BASIC_PASS", "reassess",
        "recordProposal:FAIL", "recordGrade:FAIL");
    assertThat(shared.opinions.opinions).containsExactly("ReviewReport:reassess:逾期三年未换届，情节严重",
        "ReviewReport:approve:不合格");
  }

  @Test
  void taskAttributes() {
    ProcessInstance pi = start();
    assertThat(pi).hasBusinessKey("NJ-2025-0007").variables()
        .containsEntry("applicationId", 1007L)
        .containsEntry("societyCode", "XH7")
        .containsEntry("societyName", "测试学会7");

    Task report = taskQuery().initializeFormKeys().taskDefinitionKey("SubmitReport").singleResult();
    assertThat(report).hasName("填报年度工作报告").hasCandidateGroup("society-XH7").hasDueDate(REPORT_DEADLINE);
    assertThat(report.getFormKey()).isEqualTo("/inspections/1007");

    submitReport(pi, "criticisedLastYear");
    Task review = taskQuery().initializeFormKeys().taskDefinitionKey("ReviewReport").singleResult();
    assertThat(review).hasName("学会部审核年检报告").hasCandidateGroup("society-affairs")
        .hasDueDate(new Date(NOW.getTime() + 30 * DAY));
    assertThat(review.getCamundaFormRef().getKey()).isEqualTo("annual-inspection-review");
    assertThat(review.getCamundaFormRef().getBinding()).isEqualTo("deployment");

    complete(task("ReviewReport"), review("approve", "基本合格"));
    Task rectification = taskQuery().initializeFormKeys().taskDefinitionKey("SubmitRectification").singleResult();
    assertThat(rectification).hasName("提交整改报告").hasCandidateGroup("society-XH7")
        .hasDueDate(new Date(NOW.getTime() + 60 * DAY));
    assertThat(rectification.getFormKey()).isEqualTo("/inspections/1007");

    complete(task("SubmitRectification"));
    Task recheck = taskQuery().initializeFormKeys().taskDefinitionKey("ReviewRectification").singleResult();
    assertThat(recheck).hasName("学会部复核整改").hasCandidateGroup("society-affairs")
        .hasDueDate(new Date(NOW.getTime() + 30 * DAY));
    assertThat(recheck.getCamundaFormRef().getKey()).isEqualTo("annual-inspection-rectification-review");
  }

  @Test
  void aThrowingTaskListenerPreventsCompletion() {
    ProcessInstance pi = start();

    shared.guard.refuse = true;
    Task report = task("SubmitReport");
    assertThatThrownBy(() -> taskService().complete(report.getId(), report()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("SubmitReport").hasNotPassed("SubmitReport");
    assertThat(task("SubmitReport").getId()).isEqualTo(report.getId());

    shared.guard.refuse = false;
    submitReport(pi);
    Task review = task("ReviewReport");
    assertThatThrownBy(() -> taskService().complete(review.getId(), Map.of("opinion", "没有结论")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("ReviewReport").hasNotPassed("ReviewReport", "RecordGrade");
    assertThat(shared.opinions.opinions).isEmpty();
  }
}
