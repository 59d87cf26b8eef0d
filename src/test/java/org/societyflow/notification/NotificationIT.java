package org.societyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.society.SocietyService;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.societyflow.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notifications end to end, with a 变更 of 武汉市网络空间安全学会 (its registered funds, which no other test changes):
 * the society's task and 学会部's review notify the groups' members in the app and by mail; the society hears of each
 * step and of the end; the deadline scan reminds before a due date and escalates after it, once each; and with the
 * SMTP server down a review completes and is stored while the mail job fails, keeps its retries and ends as an
 * incident.
 *
 * <p>Mailing is off in the suite (application-it.yml): these tests switch it on for themselves and remove the mail
 * processes they leave behind.
 */
@IntegrationTest
class NotificationIT {

    static final String SOCIETY = "whnss";
    static final String SOCIETY_MAIL = "soc-whnss@example.org";
    static final String AFFAIRS_MAIL = "affairs@example.org";

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    NotificationSettings settings;

    @Autowired
    DeadlineScan scan;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    SocietyService societies;

    Api society;
    Api affairs;
    private boolean mailConfigured;
    private String retryCycle;

    @BeforeEach
    void mailOn() {
        mailConfigured = settings.isMail();
        retryCycle = settings.getRetryCycle();
        settings.setMail(true);
        society = Api.as(port, "soc-" + SOCIETY, "soc-" + SOCIETY);
        affairs = Api.as(port, "affairs", "affairs");
    }

    @AfterEach
    void mailAsConfigured() {
        settings.setMail(mailConfigured);
        settings.setRetryCycle(retryCycle);
        for (ProcessInstance left : runtimeService.createProcessInstanceQuery().processDefinitionKey(MailOutbox.PROCESS).list()) {
            try {
                runtimeService.deleteProcessInstance(left.getId(), "NotificationIT cleans up", true, true);
            } catch (RuntimeException e) {
                // sent meanwhile
            }
        }
    }

    record Change(long id, String no, String path) {
    }

    /** The society opens a 变更 of its registered funds: the process gives it the task to fill in the request. */
    Change open() {
        JsonNode started = society.post("/api/v1/changes", null).body();
        Change change = new Change(started.get("id").asLong(), started.get("applicationNo").asText(),
                "/api/v1/changes/" + started.get("id").asLong());
        await(change, "SubmitRequest");
        return change;
    }

    void submit(Change change) {
        long funds = societies.getByCode(SOCIETY).getRegisteredFunds().longValue() + 1000;
        society.put(change.path + "/request", Map.of("reason", "理事会决议增资",
                "items", List.of(Map.of("field", "FUNDS", "newValue", String.valueOf(funds)))));
        assertThat(society.post(change.path + "/request/submit", null).status()).isEqualTo(200);
    }

    Task await(Change change, String definitionKey) {
        return Await.until(definitionKey + " of " + change.no, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(change.no).taskDefinitionKey(definitionKey).singleResult());
    }

    static JsonNode notifications(Api who) {
        Api.Response response = who.get("/api/v1/notifications");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    static List<String> titles(Api who) {
        return StreamSupport.stream(notifications(who).get("notifications").spliterator(), false)
                .map(n -> n.get("title").asText()).toList();
    }

    static JsonNode latest(Api who, String titleContains) {
        return StreamSupport.stream(notifications(who).get("notifications").spliterator(), false)
                .filter(n -> n.get("title").asText().contains(titleContains)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification with " + titleContains + " in " + titles(who)));
    }

    static List<MimeMessage> mailsAbout(String address, String subjectContains) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : Mailbox.to(mail, address)) {
            try {
                if (message.getSubject().contains(subjectContains)) {
                    found.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    @Test
    void aTaskForAGroupNotifiesItsMembersInTheAppAndByMailAndTheSocietyHearsOfEachStep() throws Exception {
        society.post("/api/v1/notifications/read", null);
        long affairsUnread = notifications(affairs).get("unread").asLong();

        Change change = open();
        JsonNode task = latest(society, "新待办：填报变更申请");
        assertThat(task.get("link").asText()).isEqualTo("/changes/" + change.id);
        assertThat(task.get("read").asBoolean()).isFalse();
        assertThat(notifications(society).get("unread").asLong()).isEqualTo(1);
        MimeMessage societyMail = Await.until("the mail of the society's task",
                () -> mailsAbout(SOCIETY_MAIL, "新待办：填报变更申请").stream().findFirst().orElse(null));
        assertThat(societyMail.getSubject()).startsWith("【学会工作平台】新待办：填报变更申请");
        assertThat(Mailbox.text(societyMail)).contains("http://localhost:8080/changes/" + change.id);

        submit(change);
        Task review = await(change, "AffairsReview");
        Await.until("学会部's notification", () -> notifications(affairs).get("unread").asLong() > affairsUnread);
        JsonNode reviewNotice = latest(affairs, "新待办：学会部审核变更申请");
        assertThat(reviewNotice.get("link").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + review.getId());
        MimeMessage affairsMail = Await.until("the mail of 学会部's task",
                () -> mailsAbout(AFFAIRS_MAIL, "新待办：学会部审核变更申请").stream().findFirst().orElse(null));
        assertThat(Mailbox.text(affairsMail)).contains("/camunda/app/tasklist/default/#/?task=" + review.getId());
        assertThat(titles(society)).as("the society's own step is no news to it").noneMatch(t -> t.contains("填报变更申请已办理"));

        assertThat(affairs.completeTask(review.getId(), Map.of("decision", "reject", "opinion", "增资证明不全")).status())
                .isEqualTo(204);
        assertThat(society.get(change.path).body().get("status").asText()).isEqualTo("REJECTED");
        JsonNode step = latest(society, "学会部审核变更申请已办理");
        assertThat(step.get("link").asText()).isEqualTo("/changes/" + change.id);
        assertThat(step.get("title").asText()).as("decisions stay on the application's page").doesNotContain("增资证明不全");
        assertThat(latest(society, "已办结").get("title").asText()).endsWith("已办结：不予变更");
        Await.until("the mail of the end", () -> !mailsAbout(SOCIETY_MAIL, "已办结：不予变更").isEmpty());

        // the bell, the page that marks everything read, and the API's read marks of one user only
        assertThat(notifications(society).get("unread").asLong()).isEqualTo(3);
        mvc.perform(get("/").with(httpBasic("soc-" + SOCIETY, "soc-" + SOCIETY)))
                .andExpect(content().string(containsString("id=\"notification-bell\"")))
                .andExpect(content().string(containsString("<span class=\"count\">3</span>")));
        mvc.perform(get("/notifications").with(httpBasic("soc-" + SOCIETY, "soc-" + SOCIETY)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已办结：不予变更")))
                .andExpect(content().string(containsString("class=\"unread\"")));
        assertThat(notifications(society).get("unread").asLong()).isZero();
        mvc.perform(get("/notifications").with(httpBasic("soc-" + SOCIETY, "soc-" + SOCIETY)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"unread\""))));

        long stillUnread = notifications(affairs).get("unread").asLong();
        assertThat(stillUnread).as("the society's reading is not 学会部's").isGreaterThan(affairsUnread);
        Api.Response one = affairs.post("/api/v1/notifications/read", Map.of("ids", List.of(reviewNotice.get("id").asLong())));
        assertThat(one.body().get("marked").asInt()).isEqualTo(1);
        assertThat(one.body().get("unread").asLong()).isEqualTo(stillUnread - 1);
        assertThat(latest(affairs, "新待办：学会部审核变更申请").get("read").asBoolean()).isTrue();
        Api.Response all = affairs.post("/api/v1/notifications/read", null);
        assertThat(all.body().get("unread").asLong()).isZero();
    }

    @Test
    void theScanRemindsBeforeTheDueDateAndEscalatesAfterItOnceEach() {
        String name = "报送活动总结" + System.nanoTime();
        Task task = taskService.newTask();
        task.setName(name);
        task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(10))));
        taskService.saveTask(task);
        try {
            taskService.addCandidateGroup(task.getId(), "society-" + SOCIETY);
            Instant due = task.getDueDate().toInstant();
            String id = task.getId();

            assertThat(scan.scan(due.minus(Duration.ofDays(4)))).noneMatch(s -> s.endsWith(id));
            assertThat(scan.scan(due.minus(Duration.ofDays(3)).plusSeconds(60))).contains("before-PT72H:" + id);
            assertThat(scan.scan(due.minus(Duration.ofDays(3)).plusSeconds(120))).noneMatch(s -> s.endsWith(id));
            assertThat(scan.scan(due.minus(Duration.ofDays(1)).plusSeconds(60))).contains("before-PT24H:" + id);
            assertThat(scan.scan(due.minus(Duration.ofHours(2)))).noneMatch(s -> s.endsWith(id));
            assertThat(scan.scan(due.plusSeconds(60))).contains("overdue:" + id);
            assertThat(scan.scan(due.plus(Duration.ofDays(2)))).noneMatch(s -> s.endsWith(id));

            List<String> told = titles(society).stream().filter(t -> t.contains("「" + name + "」")).toList();
            assertThat(told).hasSize(3);
            assertThat(told.get(0)).startsWith("超期：「" + name + "」已于 ").endsWith("到期，尚未办理");
            assertThat(told.get(1)).startsWith("提醒：「" + name + "」将于 ");
            assertThat(told.get(2)).startsWith("提醒：「" + name + "」将于 ");
            assertThat(titles(affairs).stream().filter(t -> t.contains("「" + name + "」"))).as("学会部 hears of the escalation")
                    .containsExactly(told.get(0));
            Await.until("the escalation's mail", () -> !mailsAbout(AFFAIRS_MAIL, "超期：「" + name + "」").isEmpty());

            // a new due date is a new deadline: reminded again
            task = taskService.createTaskQuery().taskId(id).singleResult();
            task.setDueDate(Date.from(due.plus(Duration.ofDays(7))));
            taskService.saveTask(task);
            assertThat(scan.scan(due.plus(Duration.ofDays(6)).plusSeconds(60))).contains("before-PT24H:" + id);
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    @Test
    void theScanLeavesToAModelTheRemindersAndEscalationsItsTimersSend() {
        String key = "own-timers-" + System.nanoTime();
        // the start form declares the variables of this test alone, which are not in the process contract
        repositoryService.createDeployment().name(key).addString(key + ".bpmn", TestProcesses.of(key, "自带定时的步骤", """
                <bpmn:startEvent id="Start" name="开始">
                  <bpmn:extensionElements><camunda:formData>
                    <camunda:formField id="due" type="date"/>
                    <camunda:formField id="remindAt" type="date"/>
                    <camunda:formField id="escalateAt" type="date"/>
                  </camunda:formData></bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Fork"/>
                <bpmn:parallelGateway id="Fork"/>
                <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="Reminded"/>
                <bpmn:sequenceFlow id="F3" sourceRef="Fork" targetRef="Escalated"/>
                <bpmn:userTask id="Reminded" name="自带提醒" camunda:candidateGroups="society-affairs" camunda:dueDate="${due}"/>
                <bpmn:boundaryEvent id="Reminder" name="提醒" attachedToRef="Reminded" cancelActivity="false">
                  <bpmn:timerEventDefinition><bpmn:timeDate>${remindAt}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:userTask id="Escalated" name="自带超期" camunda:candidateGroups="society-affairs" camunda:dueDate="${due}"/>
                <bpmn:boundaryEvent id="Overdue" name="超期" attachedToRef="Escalated" cancelActivity="false">
                  <bpmn:timerEventDefinition><bpmn:timeDate>${escalateAt}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="F4" sourceRef="Reminder" targetRef="Reminders"/>
                <bpmn:endEvent id="Reminders"/>
                <bpmn:sequenceFlow id="F5" sourceRef="Overdue" targetRef="Escalations"/>
                <bpmn:endEvent id="Escalations"/>
                <bpmn:sequenceFlow id="F6" sourceRef="Reminded" targetRef="End"/>
                <bpmn:sequenceFlow id="F7" sourceRef="Escalated" targetRef="End"/>
                <bpmn:endEvent id="End"/>
                """)).deploy();
        Instant due = Instant.now().plus(Duration.ofDays(10));
        // the escalation's date computed a moment before the step's due date, as the 变更 filing's is
        String instance = runtimeService.startProcessInstanceByKey(key, Map.of("due", Date.from(due),
                "remindAt", Date.from(due.minus(Duration.ofDays(5))), "escalateAt", Date.from(due.minusSeconds(2)))).getId();
        try {
            String reminded = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Reminded")
                    .singleResult().getId();
            String escalated = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Escalated")
                    .singleResult().getId();
            // the model's reminder has fired: the step still counts as reminded by its model
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                    .activityId("Reminder").singleResult().getId());

            List<String> before = scan.scan(due.minus(Duration.ofDays(1)).plusSeconds(60));
            assertThat(before).contains("before-PT24H:" + escalated).noneMatch(s -> s.endsWith(reminded));
            List<String> after = scan.scan(due.plusSeconds(60));
            assertThat(after).contains("overdue:" + reminded).noneMatch(s -> s.endsWith(escalated));
        } finally {
            runtimeService.deleteProcessInstance(instance, "test");
        }
    }

    @Test
    void aTaskCompletedAfterTheScanReadItDoesNotKeepTheOthersFromTheirReminders() {
        Instant due = Instant.now().plus(Duration.ofDays(10));
        List<Task> read = new ArrayList<>();
        for (String name : List.of("已办理的待办", "仍待办理的待办")) {
            Task task = taskService.newTask();
            task.setName(name + System.nanoTime());
            task.setDueDate(Date.from(due));
            taskService.saveTask(task);
            taskService.addCandidateGroup(task.getId(), "society-" + SOCIETY);
            read.add(taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult());
        }
        taskService.complete(read.get(0).getId());
        try {
            assertThat(scan.remindAll(read, due.minus(Duration.ofDays(1)).plusSeconds(60)))
                    .containsExactly("before-PT24H:" + read.get(1).getId());
        } finally {
            taskService.deleteTask(read.get(1).getId(), true);
        }
    }

    @Test
    void aMailServerThatIsDownNeitherBlocksNorLosesTheReview() {
        // the job executor tries once; the test runs the remaining retries itself
        settings.setRetryCycle("R3/PT1H");
        mail.stop();
        Change change = open();
        submit(change);
        Task review = await(change, "AffairsReview");
        assertThat(affairs.completeTask(review.getId(), Map.of("decision", "reject", "opinion", "材料不全，不予变更")).status())
                .isEqualTo(204);
        JsonNode rejected = society.get(change.path).body();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.at("/progress/ended").asBoolean()).isTrue();
        assertThat(rejected.at("/progress/opinions").toString()).contains("材料不全，不予变更");
        assertThat(latest(society, "已办结").get("title").asText()).endsWith("已办结：不予变更");

        ProcessInstance mailProcess = runtimeService.createProcessInstanceQuery().processDefinitionKey(MailOutbox.PROCESS)
                .variableValueEquals(ProcessVariables.Mail.TO.name(), SOCIETY_MAIL)
                .variableValueLike(ProcessVariables.Mail.SUBJECT.name(), "%已办结：不予变更%").singleResult();
        Job job = Await.until("the job executor's first try", () -> {
            Job j = managementService.createJobQuery().processInstanceId(mailProcess.getId()).singleResult();
            return j != null && j.getRetries() == 2 ? j : null;
        });
        assertThat(job.getExceptionMessage()).containsIgnoringCase("connect");
        assertThat(job.getDuedate()).as("the next try an hour later").isAfter(Date.from(Instant.now().plus(Duration.ofMinutes(50))));

        for (int left = 1; left >= 0; left--) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(left);
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(mailProcess.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("SendMail");
        assertThat(society.get(change.path).body().get("status").asText()).as("the review stays done").isEqualTo("REJECTED");
    }
}
