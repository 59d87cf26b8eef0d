package org.societyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.shared.ProcessVariables;

/** Both paths of notification-mail: the mail leaves from the job after the start's transaction; a send that fails is
 * retried on the configured cycle (R3/PT1M), ends as an incident when no retry is left, and is sent once an admin
 * gives the job a retry again (Cockpit). */
@Deployment(resources = "notification-mail.bpmn")
class NotificationMailProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long MINUTE = 60_000L;

  /** Stands in for the bean notificationMail: records the addresses, or fails like an SMTP server that is down. */
  static class FakeMail implements JavaDelegate {

    final List<String> sent = new ArrayList<>();
    boolean down;

    @Override
    public void execute(DelegateExecution execution) {
      if (down) {
        throw new IllegalStateException("Mail server connection failed: Connection refused");
      }
      sent.add(ProcessVariables.Mail.TO.of(execution) + ":" + ProcessVariables.Mail.SUBJECT.of(execution));
    }
  }

  FakeMail mail;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(NOW);
    mail = new FakeMail();
    Mocks.register("notificationMail", mail);
    Mocks.register("notificationSettings", new NotificationSettings());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(MailOutbox.PROCESS, Variables.createVariables()
        .putValue("notificationId", 7L).putValue("recipient", "soc-whcs")
        .putValue(ProcessVariables.Mail.TO.name(), "soc-whcs@example.org")
        .putValue(ProcessVariables.Mail.SUBJECT.name(), "【学会工作平台】新待办：填报年度工作报告")
        .putValue(ProcessVariables.Mail.TEXT.name(), "新待办：填报年度工作报告"));
    assertThat(pi).isStarted().hasPassed("MailQueued").isWaitingAt("SendMail");
    assertThat(mail.sent).as("nothing is sent in the transaction that starts it").isEmpty();
    return pi;
  }

  @Test
  void theMailLeavesFromTheJob() {
    ProcessInstance pi = start();
    execute(job());
    assertThat(pi).hasPassed("SendMail", "MailSent").isEnded();
    assertThat(mail.sent).containsExactly("soc-whcs@example.org:【学会工作平台】新待办：填报年度工作报告");
  }

  @Test
  void aFailedSendIsRetriedThenRaisesAnIncident() {
    ProcessInstance pi = start();
    mail.down = true;
    for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
      Job job = job();
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("Connection refused");
      Job failed = job();
      assertThat(failed.getRetries()).isEqualTo(retriesLeft);
      assertThat(failed.getExceptionMessage()).contains("Connection refused");
      assertThat(failed.getDuedate()).as("the next try one minute later (R3/PT1M)")
          .isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + MINUTE));
      ClockUtil.setCurrentTime(failed.getDuedate());
    }
    assertThat(pi).isWaitingAt("SendMail");
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("SendMail");
    assertThat(mail.sent).isEmpty();

    // the server is back; an admin increments the job's retries in Cockpit
    mail.down = false;
    managementService().setJobRetries(job().getId(), 1);
    execute(job());
    assertThat(pi).hasPassed("MailSent").isEnded();
    assertThat(mail.sent).hasSize(1);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
