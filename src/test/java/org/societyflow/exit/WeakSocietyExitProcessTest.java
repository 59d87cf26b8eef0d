package org.societyflow.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
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

/** Every path of weak-society-exit: the leadership meeting confirms the identification (or does not: the case
 * closes), the reminder letter and the first rectification period with its reminder and its
 * expiry, 学会部's assessment, and for a society that did not improve the interview, the second period with its reminder
 * and its expiry,
 * the on-site visit, the final assessment and the society's statement (submitted or lapsed); then the leadership
 * restores the society or decides its exit. 学会部 may extend either rectification period once: the period's end moves
 * and its timers with it. */
@Deployment(resources = {"weak-society-exit.bpmn", "exit-identification-confirmation.form", "exit-assessment.form", "exit-interview.form",
    "exit-on-site-visit.form", "exit-final-assessment.form", "exit-leadership-decision.form"})
class WeakSocietyExitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final Date RECTIFICATION_DUE = months(NOW, 3); // exit-rectification P3M, from the reminder letter
  static final Date REMIND_AT = days(RECTIFICATION_DUE, -14); // exit-rectification-reminder P14D
  static final Date SECOND_RECTIFICATION_DUE = months(NOW, 6); // exit-second-rectification P6M, from the interview
  static final Date STATEMENT_DUE = days(NOW, 15); // exit-statement P15D, from the notice of the right to state
  static final Date REVIEW_DUE = days(NOW, 15); // exit-review P15D
  static final Date CONFIRMATION_DUE = days(NOW, 30); // exit-identification P30D
  static final String CASE_PAGE = "/exit-cases/" + FakeExitCaseService.CASE_ID;
  static final String SOCIETY_GROUP = "society-" + FakeExitCaseService.SOCIETY_CODE;
  static final String MINUTES = "2025-04-10 约谈理事长、秘书长：承认未按章程换届，承诺六个月内召开会员大会";
  static final String FINDINGS = "住所无人办公；第二期整改报告所述会员大会未召开";
  static final String CONFIRMED = "2025年第1次党组会研究，确认认定";
  static final String CONFIRMED_OPINION = "ConfirmIdentification:approve:" + CONFIRMED;

  FakeExitCaseService cases;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    cases = new FakeExitCaseService(shared.deadlines);
    Mocks.register("exitCaseService", cases);
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

  /** 学会部 confirmed the scan's proposal: the app starts the case with the society and the proposal. */
  ProcessInstance open() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("weak-society-exit", "TC-2025-0001",
        Variables.createVariables().putValue("societyId", 42L).putValue("proposalId", 7L));
    assertThat(pi).isStarted().hasPassed("CaseConfirmed", "OpenCase").hasNotPassed("MarkWeak", "SendReminderLetter")
        .isWaitingAt("ConfirmIdentification");
    return pi;
  }

  /** Opened, and the 党组会 confirmed the identification: the society is flagged and the letter goes out. */
  ProcessInstance start() {
    ProcessInstance pi = open();
    complete(task("ConfirmIdentification"), review("approve", CONFIRMED));
    assertThat(pi).hasPassed("IdentificationResult", "MarkWeak", "SendReminderLetter", "RectificationPeriodOpen")
        .hasNotPassed("WithdrawCase").isWaitingAt("SubmitRectification");
    return pi;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  static Map<String, Object> review(String decision, String opinion, String key, Object value) {
    Map<String, Object> variables = new HashMap<>(review(decision, opinion));
    variables.put(key, value);
    return variables;
  }

  /** The society reports its rectification plan and report in the portal. */
  void submitRectification(ProcessInstance pi) {
    complete(task("SubmitRectification"));
    assertThat(pi).hasPassed("AssessmentPending").hasNotPassed("RecordOverdue").isWaitingAt("AffairsAssessment");
  }

  /** Reported in time, assessed as not improved: 学会部 interviews the officers. */
  ProcessInstance upToInterview() {
    ProcessInstance pi = start();
    submitRectification(pi);
    complete(task("AffairsAssessment"), review("reject", "整改报告未落实换届和负责人补选"));
    assertThat(pi).hasPassed("AssessmentResult").hasNotPassed("DecisionPending").isWaitingAt("Interview");
    return pi;
  }

  void interview(ProcessInstance pi) {
    complete(task("Interview"), review("approve", "已约谈，负责人承诺整改", "interviewMinutes", MINUTES));
    assertThat(pi).hasPassed("RecordInterview").isWaitingAt("SubmitSecondRectification");
  }

  /** Interviewed; the society reports on its second period in time: 学会部 visits it. */
  ProcessInstance upToVisit() {
    ProcessInstance pi = upToInterview();
    interview(pi);
    complete(task("SubmitSecondRectification"));
    assertThat(pi).hasPassed("VisitPending").hasNotPassed("RecordSecondOverdue").isWaitingAt("OnSiteVisit");
    return pi;
  }

  void visit(ProcessInstance pi) {
    complete(task("OnSiteVisit"), review("approve", "已完成现场办公", "visitFindings", FINDINGS));
    assertThat(pi).hasPassed("RecordVisit").isWaitingAt("FinalAssessment");
  }

  /** Visited and finally assessed: the society is told it may state its case. */
  ProcessInstance upToStatement(String recommendation, String opinion) {
    ProcessInstance pi = upToVisit();
    visit(pi);
    complete(task("FinalAssessment"), review(recommendation, opinion));
    assertThat(pi).hasPassed("OpenStatement").isWaitingAt("SubmitStatement");
    return pi;
  }

  void submitStatement(ProcessInstance pi) {
    complete(task("SubmitStatement"));
    assertThat(pi).hasPassed("StatementDone", "DecisionPending").hasNotPassed("StatementPeriodOver")
        .isWaitingAt("LeadershipDecision");
  }

  void restore(ProcessInstance pi) {
    complete(task("LeadershipDecision"), review("approve", "整改到位，恢复正常"));
    assertThat(pi).isEnded().hasPassed("Outcome", "RestoreSociety", "SocietyRestored")
        .hasNotPassed("ExitSociety", "SocietyExited");
  }

  void exit(ProcessInstance pi, String route, String opinion) {
    complete(task("LeadershipDecision"), review("reject", opinion, "exitRoute", route));
    assertThat(pi).isEnded().hasPassed("Outcome", "ExitSociety", "SocietyExited")
        .hasNotPassed("RestoreSociety", "SocietyRestored");
  }

  @Test
  void improvedInTheFirstPeriodAndRestored() {
    ProcessInstance pi = start();
    assertThat(pi).variables().containsEntry("applicationId", FakeExitCaseService.CASE_ID)
        .containsEntry("societyCode", FakeExitCaseService.SOCIETY_CODE).containsEntry("rectificationDue", RECTIFICATION_DUE);
    submitRectification(pi);
    complete(task("AffairsAssessment"), review("approve", "已完成换届，整改到位"));
    assertThat(pi).hasPassed("AssessmentResult", "DecisionPending").isWaitingAt("LeadershipDecision");
    restore(pi);

    assertThat(pi).hasPassedInOrder("OpenCase", "ConfirmIdentification", "MarkWeak", "SendReminderLetter",
        "SubmitRectification", "AffairsAssessment",
        "LeadershipDecision", "RestoreSociety")
        .hasNotPassed("Interview", "SubmitSecondRectification", "OnSiteVisit", "FinalAssessment", "OpenStatement",
            "SubmitStatement", "RecordOverdue", "RemindRectification", "ExtendRectification", "WithdrawCase");
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter", "restore");
    assertThat(shared.opinions.opinions).containsExactly(CONFIRMED_OPINION, "AffairsAssessment:approve:已完成换届，整改到位",
        "LeadershipDecision:approve:整改到位，恢复正常");
    assertThat(shared.guard.completed).containsExactly("SubmitRectification");
    assertThat(shared.reminders.sent).isEmpty();
    assertThat(jobQuery().count()).as("the rectification timers went with the task").isZero();
  }

  @Test
  void notImprovedInterviewedVisitedAndExited() {
    ProcessInstance pi = upToStatement("reject", "两期整改均未到位，建议退出");
    assertThat(pi).variables().containsEntry("rectificationDue", SECOND_RECTIFICATION_DUE)
        .containsEntry("statementDue", STATEMENT_DUE).containsEntry("interviewMinutes", MINUTES)
        .containsEntry("visitFindings", FINDINGS);
    submitStatement(pi);
    exit(pi, "REVOKE", "一年以上未开展活动，建议民政局撤销登记");

    assertThat(pi).hasPassedInOrder("SubmitRectification", "AffairsAssessment", "Interview", "RecordInterview",
        "SubmitSecondRectification", "OnSiteVisit", "RecordVisit", "FinalAssessment", "OpenStatement",
        "SubmitStatement", "LeadershipDecision", "ExitSociety")
        .hasNotPassed("RecordOverdue", "RecordSecondOverdue", "StatementPeriodOver", "RemindRectification",
            "RemindSecondRectification");
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter", "recordInterview:" + MINUTES,
        "recordVisit:" + FINDINGS, "openStatement", "exit:REVOKE");
    assertThat(shared.opinions.opinions).containsExactly(CONFIRMED_OPINION,
        "AffairsAssessment:reject:整改报告未落实换届和负责人补选",
        "Interview:approve:已约谈，负责人承诺整改", "OnSiteVisit:approve:已完成现场办公",
        "FinalAssessment:reject:两期整改均未到位，建议退出", "LeadershipDecision:reject:一年以上未开展活动，建议民政局撤销登记");
    assertThat(shared.guard.completed).containsExactly("SubmitRectification", "SubmitSecondRectification", "SubmitStatement");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void notImprovedButRestoredAfterItsStatement() {
    ProcessInstance pi = upToStatement("approve", "第二期整改基本到位，建议恢复正常");
    submitStatement(pi);
    restore(pi);

    assertThat(pi).hasPassed("Interview", "OnSiteVisit", "FinalAssessment", "SubmitStatement")
        .hasNotPassed("ExitSociety");
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter", "recordInterview:" + MINUTES,
        "recordVisit:" + FINDINGS, "openStatement", "restore");
    assertThat(shared.opinions.opinions).as("the final assessment only advises").endsWith(
        "FinalAssessment:approve:第二期整改基本到位，建议恢复正常", "LeadershipDecision:approve:整改到位，恢复正常");
  }

  @Test
  void firstPeriodOverdueGoesToTheAssessment() {
    ProcessInstance pi = start();
    Job overdue = job("RectificationOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(RECTIFICATION_DUE);

    ClockUtil.setCurrentTime(RECTIFICATION_DUE);
    execute(overdue);

    assertThat(pi).hasPassed("RectificationOverdue", "RecordOverdue", "AssessmentPending")
        .hasNotPassed("RemindRectification").isWaitingAt("AffairsAssessment");
    assertThat(task("AffairsAssessment")).hasCandidateGroup("society-affairs").hasDueDate(days(RECTIFICATION_DUE, 15));
    assertThat(taskQuery().taskDefinitionKey("SubmitRectification").count()).isZero();
    assertThat(jobQuery().count()).as("the reminder went with the task").isZero();
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter", "recordOverdue:RecordOverdue");
    assertThat(shared.guard.completed).isEmpty();

    complete(task("AffairsAssessment"), review("reject", "逾期未报送整改报告"));
    assertThat(pi).isWaitingAt("Interview");
  }

  @Test
  void reminderFiresAndTheRectificationTaskStaysOpen() {
    ProcessInstance pi = start();
    Task rectification = task("SubmitRectification");
    assertThat(jobQuery().count()).isEqualTo(2);

    Job reminder = job("RectificationReminder");
    assertThat(reminder.getDuedate()).isEqualTo(REMIND_AT);
    ClockUtil.setCurrentTime(REMIND_AT);
    execute(reminder);

    assertThat(pi).hasPassed("RectificationReminder", "RemindRectification", "RectificationReminded")
        .isWaitingAt("SubmitRectification");
    assertThat(task("SubmitRectification").getId()).isEqualTo(rectification.getId());
    assertThat(shared.reminders.sent).containsExactly("remind:RemindRectification:" + FakeExitCaseService.SOCIETY_CODE);
    assertThat(jobQuery().count()).isEqualTo(1);
    assertThat(job("RectificationOverdue").getDuedate()).isEqualTo(RECTIFICATION_DUE);

    submitRectification(pi);
    assertThat(jobQuery().count()).isZero();
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter");
  }

  @Test
  void secondPeriodOverdueGoesToTheVisit() {
    ProcessInstance pi = upToInterview();
    Date interviewedAt = days(NOW, 100);
    ClockUtil.setCurrentTime(interviewedAt);
    interview(pi);
    Date secondDue = months(interviewedAt, 6);
    assertThat(pi).variables().containsEntry("rectificationDue", secondDue);
    assertThat(jobQuery().count()).as("the second period's reminder and expiry").isEqualTo(2);
    Job overdue = job("SecondRectificationOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(secondDue);

    ClockUtil.setCurrentTime(secondDue);
    execute(overdue);

    assertThat(pi).hasPassed("SecondRectificationOverdue", "RecordSecondOverdue", "VisitPending")
        .hasNotPassed("RemindSecondRectification").isWaitingAt("OnSiteVisit");
    assertThat(jobQuery().count()).as("the reminder went with the task").isZero();
    assertThat(taskQuery().taskDefinitionKey("SubmitSecondRectification").count()).isZero();
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter", "recordInterview:" + MINUTES,
        "recordOverdue:RecordSecondOverdue");
    assertThat(shared.guard.completed).containsExactly("SubmitRectification");

    visit(pi);
    assertThat(pi).isWaitingAt("FinalAssessment");
  }

  @Test
  void secondReminderFiresAndTheSecondRectificationTaskStaysOpen() {
    ProcessInstance pi = upToInterview();
    Date interviewedAt = days(NOW, 100);
    ClockUtil.setCurrentTime(interviewedAt);
    interview(pi);
    Date secondDue = months(interviewedAt, 6);
    Date remindAt = days(secondDue, -14); // exit-rectification-reminder P14D, before the second period's end
    Task rectification = task("SubmitSecondRectification");
    assertThat(jobQuery().count()).isEqualTo(2);

    Job reminder = job("SecondRectificationReminder");
    assertThat(reminder.getDuedate()).isEqualTo(remindAt);
    ClockUtil.setCurrentTime(remindAt);
    execute(reminder);

    assertThat(pi).hasPassed("SecondRectificationReminder", "RemindSecondRectification", "SecondRectificationReminded")
        .hasNotPassed("SecondRectificationOverdue", "RecordSecondOverdue").isWaitingAt("SubmitSecondRectification");
    assertThat(task("SubmitSecondRectification").getId()).isEqualTo(rectification.getId());
    assertThat(shared.reminders.sent)
        .containsExactly("remind:RemindSecondRectification:" + FakeExitCaseService.SOCIETY_CODE);
    assertThat(jobQuery().count()).isEqualTo(1);
    assertThat(job("SecondRectificationOverdue").getDuedate()).isEqualTo(secondDue);

    complete(task("SubmitSecondRectification"));
    assertThat(pi).hasPassed("VisitPending").hasNotPassed("RecordSecondOverdue").isWaitingAt("OnSiteVisit");
    assertThat(jobQuery().count()).isZero();
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter", "recordInterview:" + MINUTES);
    assertThat(shared.guard.completed).containsExactly("SubmitRectification", "SubmitSecondRectification");
    visit(pi);
  }

  @Test
  void statementPeriodOverGoesToTheLeadership() {
    ProcessInstance pi = upToStatement("reject", "建议退出");
    Job over = job("StatementPeriodOver");
    assertThat(over.getDuedate()).isEqualTo(STATEMENT_DUE);

    ClockUtil.setCurrentTime(STATEMENT_DUE);
    execute(over);

    assertThat(pi).hasPassed("StatementPeriodOver", "StatementDone", "DecisionPending")
        .isWaitingAt("LeadershipDecision");
    assertThat(taskQuery().taskDefinitionKey("SubmitStatement").count()).isZero();
    assertThat(task("LeadershipDecision")).hasCandidateGroup("leadership").hasDueDate(days(STATEMENT_DUE, 15));
    exit(pi, "DEREGISTER", "逾期未申辩，引导注销");

    assertThat(cases.calls).endsWith("openStatement", "exit:DEREGISTER");
    assertThat(shared.guard.completed).containsExactly("SubmitRectification", "SubmitSecondRectification");
  }

  @Test
  void theLeadershipMeetingDoesNotConfirmAndTheCaseCloses() {
    ProcessInstance pi = open();
    complete(task("ConfirmIdentification"), review("reject", "学会已自行完成换届，不予认定"));

    assertThat(pi).isEnded().hasPassed("IdentificationResult", "WithdrawCase", "IdentificationNotConfirmed")
        .hasNotPassed("MarkWeak", "SendReminderLetter", "SubmitRectification");
    assertThat(cases.calls).containsExactly("open:42:7", "notConfirmed:学会已自行完成换届，不予认定");
    assertThat(shared.opinions.opinions).containsExactly("ConfirmIdentification:reject:学会已自行完成换届，不予认定");
    assertThat(jobQuery().count()).isZero();
  }

  /** 学会部 extends the first period: the task comes back with the later deadline, reminder and expiry follow it. */
  @Test
  void theFirstPeriodIsExtendedAndItsTimersMoveWithIt() {
    ProcessInstance pi = start();
    Date extendedAt = days(NOW, 60);
    ClockUtil.setCurrentTime(extendedAt);
    runtimeService().correlateMessage(ExitCaseService.PERIOD_EXTENDED, "TC-2025-0001");

    Date extendedDue = months(RECTIFICATION_DUE, 3); // exit-extension P3M, from the period's end
    assertThat(pi).hasPassed("RectificationExtended", "ExtendRectification").isWaitingAt("SubmitRectification");
    assertThat(pi).variables().containsEntry("rectificationDue", extendedDue);
    assertThat(task("SubmitRectification")).hasDueDate(extendedDue).hasCandidateGroup(SOCIETY_GROUP);
    assertThat(job("RectificationOverdue").getDuedate()).isEqualTo(extendedDue);
    assertThat(job("RectificationReminder").getDuedate()).isEqualTo(days(extendedDue, -14));
    assertThat(jobQuery().count()).as("the old period's timers went with the old task").isEqualTo(2);

    ClockUtil.setCurrentTime(extendedDue);
    execute(job("RectificationOverdue"));
    assertThat(pi).hasPassed("RecordOverdue").isWaitingAt("AffairsAssessment");
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter",
        "extendPeriod:ExtendRectification", "recordOverdue:RecordOverdue");
    assertThat(shared.guard.completed).isEmpty();
  }

  @Test
  void theSecondPeriodIsExtended() {
    ProcessInstance pi = upToInterview();
    interview(pi);
    assertThat(pi).hasPassed("SecondPeriodOpen");
    runtimeService().correlateMessage(ExitCaseService.PERIOD_EXTENDED, "TC-2025-0001");

    Date extendedDue = months(SECOND_RECTIFICATION_DUE, 3);
    assertThat(pi).hasPassed("SecondRectificationExtended", "ExtendSecondRectification")
        .hasNotPassed("ExtendRectification").isWaitingAt("SubmitSecondRectification");
    assertThat(task("SubmitSecondRectification")).hasDueDate(extendedDue);
    assertThat(job("SecondRectificationOverdue").getDuedate()).isEqualTo(extendedDue);
    complete(task("SubmitSecondRectification"));
    assertThat(pi).isWaitingAt("OnSiteVisit");
    assertThat(cases.calls).containsExactly("open:42:7", "markWeak", "sendReminderLetter",
        "recordInterview:" + MINUTES, "extendPeriod:ExtendSecondRectification");
  }

  @Test
  void taskAttributes() {
    open();
    assertReviewer("ConfirmIdentification", "党组会确认认定", "leadership", "exit-identification-confirmation",
        CONFIRMATION_DUE);
    assertThat(taskService().getVariables(task("ConfirmIdentification").getId())).as("what the meeting reads")
        .containsEntry("title", FakeExitCaseService.TITLE).containsEntry("caseSummary", FakeExitCaseService.CASE_SUMMARY)
        .doesNotContainKey("decision");
    complete(task("ConfirmIdentification"), review("approve", CONFIRMED));
    ProcessInstance pi = processInstanceQuery().singleResult();
    assertThat(pi).hasBusinessKey("TC-2025-0001").variables().containsEntry("societyId", 42L)
        .containsEntry("proposalId", 7L).containsEntry("title", FakeExitCaseService.TITLE)
        .containsEntry("societyName", FakeExitCaseService.SOCIETY_NAME)
        .containsEntry("caseSummary", FakeExitCaseService.CASE_SUMMARY).containsEntry("applicationLink", CASE_PAGE);
    assertSocietyTask("SubmitRectification", "报送整改方案和报告", RECTIFICATION_DUE);

    Date reportedAt = days(NOW, 80);
    ClockUtil.setCurrentTime(reportedAt);
    submitRectification(pi);
    assertReviewer("AffairsAssessment", "学会部评估整改情况", "society-affairs", "exit-assessment", days(reportedAt, 15));
    Map<String, Object> formVariables = taskService().getVariables(task("AffairsAssessment").getId());
    assertThat(formVariables).as("what Tasklist loads into the form").containsEntry("title", FakeExitCaseService.TITLE)
        .containsEntry("caseSummary", FakeExitCaseService.CASE_SUMMARY)
        .containsEntry("applicationId", FakeExitCaseService.CASE_ID).doesNotContainKey("decision");

    Date assessedAt = days(NOW, 90);
    ClockUtil.setCurrentTime(assessedAt);
    complete(task("AffairsAssessment"), review("reject", "未整改"));
    assertReviewer("Interview", "约谈负责人", "society-affairs", "exit-interview", days(assessedAt, 15));
    assertThat(taskService().getVariables(task("Interview").getId())).as("the assessment's decision is not shown")
        .doesNotContainKey("decision").doesNotContainKey("opinion");

    Date interviewedAt = days(NOW, 100);
    ClockUtil.setCurrentTime(interviewedAt);
    interview(pi);
    assertSocietyTask("SubmitSecondRectification", "报送第二期整改报告", months(interviewedAt, 6));

    Date reportedAgainAt = months(interviewedAt, 5);
    ClockUtil.setCurrentTime(reportedAgainAt);
    complete(task("SubmitSecondRectification"));
    assertReviewer("OnSiteVisit", "上门现场办公", "society-affairs", "exit-on-site-visit", days(reportedAgainAt, 15));

    Date visitedAt = days(reportedAgainAt, 10);
    ClockUtil.setCurrentTime(visitedAt);
    visit(pi);
    assertReviewer("FinalAssessment", "学会部最终评估", "society-affairs", "exit-final-assessment", days(visitedAt, 15));

    Date assessedAgainAt = days(visitedAt, 10);
    ClockUtil.setCurrentTime(assessedAgainAt);
    complete(task("FinalAssessment"), review("reject", "建议退出"));
    assertSocietyTask("SubmitStatement", "提交申辩意见", days(assessedAgainAt, 15));
    assertThat(job("StatementPeriodOver").getDuedate()).isEqualTo(days(assessedAgainAt, 15));

    Date statedAt = days(assessedAgainAt, 5);
    ClockUtil.setCurrentTime(statedAt);
    submitStatement(pi);
    assertReviewer("LeadershipDecision", "党组会决定", "leadership", "exit-leadership-decision", days(statedAt, 15));
  }

  void assertSocietyTask(String key, String name, Date due) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup(SOCIETY_GROUP).hasDueDate(due);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getFormKey()).isEqualTo(CASE_PAGE);
    assertThat(task.getCamundaFormRef()).isNull();
  }

  void assertReviewer(String key, String name, String group, String form, Date due) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup(group).hasDueDate(due);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }

  @Test
  void everyReviewerTaskRefusesCompletionWithoutADecision() {
    ProcessInstance pi = open();
    Task confirmation = task("ConfirmIdentification");
    assertThatThrownBy(() -> taskService().complete(confirmation.getId(), Map.of("opinion", "没有结论")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("ConfirmIdentification");
    complete(confirmation, review("approve", CONFIRMED));
    submitRectification(pi);
    Map<String, Map<String, Object>> completions = Map.of(
        "AffairsAssessment", review("reject", "未整改"),
        "Interview", review("approve", "已约谈", "interviewMinutes", MINUTES),
        "OnSiteVisit", review("approve", "已完成现场办公", "visitFindings", FINDINGS),
        "FinalAssessment", review("reject", "建议退出"));
    for (String key : List.of("AffairsAssessment", "Interview", "OnSiteVisit", "FinalAssessment",
        "LeadershipDecision")) {
      Task review = task(key);
      assertThatThrownBy(() -> taskService().complete(review.getId(), Map.of("opinion", "没有结论")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
      assertThat(pi).isWaitingAt(key);
      assertThat(task(key).getId()).isEqualTo(review.getId());
      if (completions.containsKey(key)) {
        complete(review, completions.get(key));
      }
      if (key.equals("Interview")) {
        complete(task("SubmitSecondRectification"));
      }
      if (key.equals("FinalAssessment")) {
        complete(task("SubmitStatement"));
      }
    }
    assertThat(pi).hasNotPassed("Outcome");
    assertThat(shared.opinions.opinions).hasSize(5);
  }

  @Test
  void everySocietyTaskRefusesCompletionOutsideThePortal() {
    ProcessInstance pi = start();
    for (String key : List.of("SubmitRectification", "SubmitSecondRectification", "SubmitStatement")) {
      shared.guard.refuse = true;
      Task society = task(key);
      assertThatThrownBy(() -> taskService().complete(society.getId()))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
      assertThat(pi).isWaitingAt(key);
      assertThat(task(key).getId()).isEqualTo(society.getId());
      shared.guard.refuse = false;
      complete(society);
      switch (key) {
        case "SubmitRectification" -> {
          complete(task("AffairsAssessment"), review("reject", "未整改"));
          interview(pi);
        }
        case "SubmitSecondRectification" -> {
          visit(pi);
          complete(task("FinalAssessment"), review("reject", "建议退出"));
        }
        default -> assertThat(pi).isWaitingAt("LeadershipDecision");
      }
    }
    assertThat(shared.guard.completed).containsExactly("SubmitRectification", "SubmitSecondRectification", "SubmitStatement");
  }
}
