package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 补正 and 撤回 on a real process (变更 of a society of the test's own), 退回 onto a society step, and the service time
 * with the clock paused while the society has the case.
 */
@IntegrationTest
class CorrectionIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    ProcessProgressService progress;
    @Autowired
    CorrectionRequestRepository corrections;
    @Autowired
    NotificationService notifications;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    SubmittedChange submittedChange() {
        return SubmittedChange.submit(port, testSocieties, taskService);
    }

    Task await(String no, String definitionKey) {
        return SubmittedChange.await(taskService, no, definitionKey);
    }

    static Api affairs(int port) {
        return Api.as(port, "affairs", "affairs");
    }

    @Test
    void theSocietyCorrectsTheFieldsAReviewerNamesWhileTheClockIsPaused() {
        SubmittedChange application = submittedChange();
        Api affairs = affairs(port);
        assertThat(affairs.get("/changes/" + application.id()).text()).contains("correction-form", "items.ADDRESS");

        Api.Response requested = affairs.post("/api/v1/approvals/" + application.no() + "/corrections",
                Map.of("fields", List.of("items.ADDRESS", "reason"), "reason", "新住所请写明门牌号，并附理事会决议"));
        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.body().get("activityId").asText()).isEqualTo("SubmitRequest");
        assertThat(application.status()).as("the society may edit again").isEqualTo("RETURNED");
        assertThat(await(application.no(), "SubmitRequest")).isNotNull();
        assertThat(progress.opinionsOf(application.no())).anySatisfy(o -> {
            assertThat(o.getDecision()).isEqualTo("correction");
            assertThat(o.getUserId()).isEqualTo("affairs");
            assertThat(o.getOpinion()).contains("填报变更申请", "住所", "变更理由", "门牌号");
        });
        assertThat(notifications.latestFor(Set.of(Groups.ofSociety(application.code())), null, 10))
                .anySatisfy(n -> assertThat(n.getTitle()).contains("补正通知", application.no()));
        String page = application.society().get("/changes/" + application.id()).text();
        assertThat(page).contains("补正通知", "门牌号", "data-fields=\"items.ADDRESS reason\"", "data-field=\"items.ADDRESS\"");

        // the society takes ten days: not the 科协's time
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10))));
        assertThat(application.society().put(application.path() + "/request", Map.of("reason", "理事会决议迁址（附决议）",
                "items", List.of(Map.of("field", "ADDRESS", "newValue", "武汉市江汉区新华路218号" + application.code()))))
                .status()).isEqualTo(200);
        application.submit();
        await(application.no(), "AffairsReview");

        assertThat(corrections.findByBusinessKeyOrderByIdAsc(application.no())).singleElement()
                .satisfies(c -> assertThat(c.getResolvedAt()).isNotNull());
        ApplicantSide side = progress.progress(application.no()).applicant();
        assertThat(side.correction()).isNull();
        assertThat(side.serviceTime().total()).isGreaterThanOrEqualTo(Duration.ofDays(10));
        assertThat(side.serviceTime().withApplicant()).isGreaterThanOrEqualTo(Duration.ofDays(10));
        assertThat(side.serviceTime().service()).isLessThan(Duration.ofDays(1));
        assertThat(affairs.get("/approvals/" + application.no() + "/sheet").text()).contains("办理用时 0 天", "申请人办理时间 10 天");
    }

    @Test
    void correctionsAreRefusedToOthersAndWithoutWhatToCorrect() {
        SubmittedChange application = submittedChange();
        String corrections = "/api/v1/approvals/" + application.no() + "/corrections";
        Map<String, Object> valid = Map.of("fields", List.of("items.ADDRESS"), "reason", "请补正");
        assertThat(Api.as(port, "leader", "leader").post(corrections, valid).status()).as("not the holder").isEqualTo(403);
        assertThat(Api.as(port, "soc-whma", "soc-whma").post(corrections, valid).status()).isEqualTo(403);
        assertThat(application.society().post(corrections, valid).status()).as("the society itself").isEqualTo(403);

        Api.Response empty = affairs(port).post(corrections, Map.of("fields", List.of(), "reason", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors/fields").asText()).contains("勾选");
        assertThat(empty.body().at("/errors/reason").asText()).isNotBlank();
        Api.Response unknown = affairs(port).post(corrections, Map.of("fields", List.of("items.ADDRESS", "budget"),
                "reason", "请补正"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/fields").asText()).contains("不属于");
        assertThat(application.status()).as("nothing changed").isEqualTo("SUBMITTED");
        assertThat(await(application.no(), "AffairsReview")).isNotNull();
    }

    @Test
    void noCorrectionBeforeTheApplicantSubmittedAStep() {
        String key = TestSocieties.uniqueCode("nocor-");
        Api.as(port, "admin", "admin").post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部审核", ""))));
        runtimeService.startProcessInstanceByKey(key, key.toUpperCase(), Map.of("societyCode", "whcs", "title", "补正测试"));
        Api.Response refused = affairs(port).post("/api/v1/approvals/" + key.toUpperCase() + "/corrections",
                Map.of("fields", List.of("reason"), "reason", "请补正"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("不能要求补正");
    }

    @Test
    void sendingBackToTheSocietyStepReopensTheApplication() {
        SubmittedChange application = submittedChange();
        assertThat(affairs(port).post("/api/v1/approvals/" + application.no() + "/send-back",
                Map.of("activityId", "SubmitRequest", "reason", "请重新填报")).status()).isEqualTo(200);
        assertThat(application.status()).isEqualTo("RETURNED");
        assertThat(application.society().put(application.path() + "/request", Map.of("reason", "重新填报",
                "items", List.of(Map.of("field", "ADDRESS", "newValue", "武汉市洪山区" + application.code()))))
                .status()).isEqualTo(200);
        application.submit();
        assertThat(await(application.no(), "AffairsReview")).isNotNull();
    }

    @Test
    void theSocietyWithdrawsBeforeTheFirstReviewOnly() {
        SubmittedChange application = submittedChange();
        String withdrawal = "/api/v1/approvals/" + application.no() + "/withdrawal";
        assertThat(application.society().get("/changes/" + application.id()).text()).contains("id=\"withdraw\"");
        assertThat(Api.as(port, "soc-whma", "soc-whma").post(withdrawal, null).status()).isEqualTo(403);
        assertThat(affairs(port).post(withdrawal, null).status()).as("staff do not withdraw").isEqualTo(403);

        assertThat(application.society().post(withdrawal, null).status()).isEqualTo(200);
        assertThat(application.status()).isEqualTo("RETURNED");
        assertThat(await(application.no(), "SubmitRequest")).isNotNull();
        assertThat(progress.opinionsOf(application.no())).extracting(ReviewOpinion::getDecision).containsExactly("withdraw");
        assertThat(notifications.latestFor(Set.of(Groups.SOCIETY_AFFAIRS), null, 20))
                .anySatisfy(n -> assertThat(n.getTitle()).contains("撤回", application.no()));
        Api.Response again = application.society().post(withdrawal, null);
        assertThat(again.status()).as("it is the society's already").isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("无需撤回");

        // submitted again, it may still be withdrawn until a reviewer claims it
        application.submit();
        assertThat(progress.progress(application.no()).applicant().withdrawable()).isTrue();
        taskService.claim(await(application.no(), "AffairsReview").getId(), "affairs");
        assertThat(progress.progress(application.no()).applicant().withdrawable()).isFalse();
        Api.Response claimed = application.society().post(withdrawal, null);
        assertThat(claimed.status()).isEqualTo(409);
        assertThat(claimed.body().get("detail").asText()).contains("不能撤回");
        assertThat(application.status()).isEqualTo("SUBMITTED");
    }

    @Test
    void noWithdrawalOnceAReviewerHasGivenAnOpinion() {
        SubmittedChange application = submittedChange();
        assertThat(affairs(port).post("/api/v1/approvals/" + application.no() + "/corrections",
                Map.of("fields", List.of("reason"), "reason", "理由过简")).status()).isEqualTo(200);
        application.submit();
        await(application.no(), "AffairsReview");
        Api.Response refused = application.society().post("/api/v1/approvals/" + application.no() + "/withdrawal", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(application.society().get("/changes/" + application.id()).text()).doesNotContain("id=\"withdraw\"");
    }

    @Test
    void thePortalFormsWithdrawAndRequestCorrections() throws Exception {
        SubmittedChange application = submittedChange();
        String account = application.account();
        String page = "http://localhost/changes/" + application.id();
        mvc.perform(post("/approvals/" + application.no() + "/withdrawal").with(httpBasic(account, account)).with(csrf())
                        .header("Referer", page))
                .andExpect(redirectedUrl("/changes/" + application.id())).andExpect(flash().attribute("success", "withdrawal.done"));
        assertThat(application.status()).isEqualTo("RETURNED");
        application.submit();
        await(application.no(), "AffairsReview");

        mvc.perform(post("/approvals/" + application.no() + "/corrections").with(httpBasic("affairs", "affairs")).with(csrf())
                        .param("reason", "请补正").header("Referer", page))
                .andExpect(flash().attribute("approvalError", "correction.fieldsRequired"));
        assertThat(application.status()).isEqualTo("SUBMITTED");
        mvc.perform(post("/approvals/" + application.no() + "/corrections").with(httpBasic("affairs", "affairs")).with(csrf())
                        .param("fields", "items.ADDRESS", "attachments").param("reason", "请附迁址决议").header("Referer", page))
                .andExpect(flash().attribute("success", "correction.requested"));
        assertThat(application.status()).isEqualTo("RETURNED");
        assertThat(corrections.findByBusinessKeyOrderByIdAsc(application.no())).singleElement()
                .satisfies(c -> assertThat(c.getFields()).containsExactly("items.ADDRESS", "attachments"));
    }
}
