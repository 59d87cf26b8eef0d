package org.societyflow.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;

/** Every path of party-organisation-change: the party committee approves (with or without an instructor), returns
 * the report to the society, or refuses it; the reminder and the escalation while the society has not reported,
 * for a report it opened (30 days) and for the duty after registration (3 months). */
@Deployment(resources = {"party-organisation-change.bpmn", "party-organisation-change-review.form"})
class PartyOrganisationChangeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long DAY = 24L * 60 * 60 * 1000;

  FakePartyOrganisationService party;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    party = new FakePartyOrganisationService(shared.deadlines);
    Mocks.register("partyOrganisationService", party);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start(VariableMap variables) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("party-organisation-change", "DJ-2025-0005",
        variables.putValue("societyId", 5L));
    assertThat(pi).isStarted().hasPassed("PartyReportStarted", "OpenReport", "ReportPending")
        .isWaitingAt("SubmitReport");
    assertThat(task("SubmitReport")).hasCandidateGroup("society-XH5").hasFormKey("/party-changes/${applicationId}");
    return pi;
  }

  ProcessInstance start() {
    return start(Variables.createVariables());
  }

  void submit(ProcessInstance pi) {
    complete(task("SubmitReport"), Map.of("reportSummary", "报告事项：更换书记"));
    assertThat(pi).isWaitingAt("PartyCommitteeReview");
    assertThat(task("PartyCommitteeReview")).hasCandidateGroup("party-committee");
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  @Test
  void approvedReportUpdatesTheRegisterWithTheAssignedInstructor() {
    ProcessInstance pi = start();
    assertThat(task("SubmitReport").getDueDate()).isEqualTo(new Date(NOW.getTime() + 30 * DAY));
    submit(pi);
    assertThat(task("PartyCommitteeReview").getDueDate()).isEqualTo(new Date(NOW.getTime() + 15 * DAY));
    complete(task("PartyCommitteeReview"), Map.of("decision", "approve", "opinion", "同意", "instructor", "陈红梅"));
    assertThat(pi).isEnded().hasPassedInOrder("SubmitReport", "PartyCommitteeReview", "ReviewDecision",
        "UpdateRegister", "RegisterUpdated").hasNotPassed("ReturnReport", "RejectReport", "RemindReport");
    assertThat(party.calls).containsExactly("open:5", "apply:陈红梅");
    assertThat(shared.opinions.opinions).containsExactly("PartyCommitteeReview:approve:同意");
    assertThat(shared.guard.completed).containsExactly("SubmitReport");
    assertThat(jobQuery().count()).as("the report's timers went with the task").isZero();
  }

  @Test
  void returnedReportGoesBackToTheSocietyAndIsReviewedAgain() {
    ProcessInstance pi = start();
    submit(pi);
    complete(task("PartyCommitteeReview"), review("return", "请补充党员名册"));
    assertThat(pi).hasPassed("ReturnReport").isWaitingAt("SubmitReport");
    submit(pi);
    complete(task("PartyCommitteeReview"), review("approve", "同意"));
    assertThat(pi).isEnded().hasPassed("RegisterUpdated");
    assertThat(party.calls).containsExactly("open:5", "returnReport", "apply:null");
    assertThat(shared.opinions.opinions).containsExactly("PartyCommitteeReview:return:请补充党员名册",
        "PartyCommitteeReview:approve:同意");
  }

  @Test
  void refusedReportEndsWithoutChangingTheRegister() {
    ProcessInstance pi = start();
    submit(pi);
    complete(task("PartyCommitteeReview"), review("reject", "所报党组织未经上级党组织批准"));
    assertThat(pi).isEnded().hasPassed("RejectReport", "ReportRejected").hasNotPassed("UpdateRegister");
    assertThat(party.calls).containsExactly("open:5", "reject");
  }

  @Test
  void aNewSocietyThatDoesNotReportIsRemindedThenEscalatedAndStillReports() {
    ProcessInstance pi = start(Variables.createVariables().putValue("changeKind", "INITIAL"));
    Task report = task("SubmitReport");
    Date due = Date.from(LocalDate.of(2025, 4, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(report.getDueDate()).as("three months after registration").isEqualTo(due);

    Job reminder = job("ReportReminder");
    assertThat(reminder.getDuedate()).isEqualTo(new Date(due.getTime() - 14 * DAY));
    execute(reminder);
    assertThat(pi).hasPassed("RemindReport", "SocietyReminded").isWaitingAt("SubmitReport");

    Job overdue = job("ReportOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(due);
    execute(overdue);
    assertThat(pi).hasPassed("EscalateReport", "AffairsInformed").isWaitingAt("SubmitReport");

    assertThat(shared.reminders.sent).containsExactly("remind:RemindReport:XH5", "escalate:EscalateReport:XH5");
    assertThat(task("SubmitReport").getId()).isEqualTo(report.getId());
    assertThat(party.calls).containsExactly("open:5:INITIAL");
    submit(pi); // a late report is still reviewed
  }
}
