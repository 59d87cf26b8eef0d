package org.societyflow.founding;

import static org.societyflow.founding.FoundingFixtures.application;
import static org.societyflow.founding.FoundingFixtures.initiator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.society.CreditCode;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Files;
import org.societyflow.support.Initiators;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 学会成立 over the JSON API and the engine REST API: the checks, the reviews, 筹备 and the registered society. */
@IntegrationTest
class FoundingIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SocietyService societies;

    Api newApplicant() {
        return Initiators.fresh(identityService, port);
    }

    Task await(String applicationNo, String definitionKey) {
        return Await.until(definitionKey + " of " + applicationNo, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(applicationNo).taskDefinitionKey(definitionKey).singleResult());
    }


    static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    @Test
    void anApplicationIsCheckedReviewedApprovedPreparedAndRegistered() {
        Api applicant = newApplicant();
        JsonNode started = applicant.post("/api/v1/foundings", null).body();
        long id = started.get("id").asLong();
        String no = started.get("applicationNo").asText();
        assertThat(no).startsWith("CL-" + LocalDate.now().getYear() + "-");
        assertThat(applicant.post("/api/v1/foundings", null).status()).isEqualTo(409);
        String path = "/api/v1/foundings/" + id;

        // every field present in the draft, so a client can fill it without knowing it
        JsonNode draft = applicant.get(path + "/application").body();
        assertThat(draft.has("proposedName")).isTrue();
        assertThat(draft.has("initiators")).isTrue();

        Api.Response empty = applicant.post(path + "/application/submit", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors/proposedName").isMissingNode()).isFalse();
        assertThat(empty.body().at("/errors/attachments").asText()).contains("章程草案");

        Map<String, Object> form = application("武汉人工智能学会", "whaisoc");
        form.put("membersIndividual", 20);
        form.put("membersUnit", 5);
        form.put("funds", 10000);
        form.put("initiators", List.of(initiator("张三", true, false)));
        applicant.put(path + "/application", form);
        assertThat(applicant.upload(path + "/attachments", "kind", "DRAFT_CHARTER", "章程.exe", new byte[] {'M', 'Z', 0, 0})
                .status()).isEqualTo(400);
        assertThat(applicant.upload(path + "/attachments", "kind", "DRAFT_CHARTER", "章程草案.pdf", Files.pdf()).status())
                .isEqualTo(201);
        assertThat(applicant.upload(path + "/attachments", "kind", "MEMBER_COMMITMENTS", "承诺书.pdf", Files.pdf()).status())
                .isEqualTo(201);
        Api.Response refused = applicant.post(path + "/application/submit", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/membersIndividual").asText()).contains("最低要求");
        assertThat(refused.body().at("/errors/funds").asText()).contains("3万元");
        assertThat(refused.body().at("/errors/initiators[0].politicalRights").asText()).contains("政治权利");
        assertThat(applicant.get(path).body().get("status").asText()).isEqualTo("DRAFT");

        applicant.put(path + "/application", application("中国人工智能学会", "whaisoc"));
        assertThat(applicant.post(path + "/application/submit", null).body().at("/errors/proposedName").asText())
                .contains("中国");
        applicant.put(path + "/application", application("武汉计算机协会", "whcs"));
        Api.Response taken = applicant.post(path + "/application/submit", null);
        assertThat(taken.body().at("/errors/proposedName").asText()).contains("同名");
        assertThat(taken.body().at("/errors/proposedCode").asText()).contains("已被使用");

        // a similar name is not refused: reviewers read it among the findings
        applicant.put(path + "/application", application("武汉市计算机应用学会", "whaisoc"));
        assertThat(applicant.post(path + "/application/submit", null).status()).isEqualTo(200);
        assertThat(newApplicant().get(path).status()).isEqualTo(404);
        assertThat(applicant.put(path + "/application", application("改名", "whaisoc")).status()).isEqualTo(409);

        Api affairs = Api.as(port, "affairs", "affairs");
        Task formal = await(no, "FormalCheck");
        assertThat((String) taskService.getVariable(formal.getId(), "checkSummary")).contains("名称相近：武汉市计算机学会");
        assertThat(affairs.completeTask(formal.getId(), Map.of("decision", "return", "opinion", "请补充住所证明")).status())
                .isEqualTo(204);
        assertThat(applicant.get(path).body().get("status").asText()).isEqualTo("RETURNED");
        Task resubmit = await(no, "SubmitApplication");
        assertThat(resubmit.getAssignee()).isEqualTo(applicant.user());
        assertThat(applicant.upload(path + "/attachments", "kind", "PREMISES_PROOF", "住所证明.png", Files.png()).status())
                .isEqualTo(201);
        assertThat(applicant.post(path + "/application/submit", null).status()).isEqualTo(200);

        assertThat(affairs.completeTask(await(no, "FormalCheck").getId(),
                Map.of("decision", "approve", "opinion", "材料齐全")).status()).isEqualTo(204);
        assertThat(Api.as(port, "expert1", "expert1").completeTask(await(no, "ExpertOpinion").getId(),
                Map.of("decision", "approve", "opinion", "应用方向与计算机学会不同，有必要成立")).status()).isEqualTo(204);
        assertThat(Api.as(port, "party", "party").completeTask(await(no, "PartyReview").getId(),
                Map.of("decision", "approve", "opinion", "同意")).status()).isEqualTo(204);
        assertThat(affairs.completeTask(await(no, "AffairsSummary").getId(),
                Map.of("decision", "approve", "opinion", "建议同意筹备")).status()).isEqualTo(204);
        assertThat(Api.as(port, "leader", "leader").completeTask(await(no, "LeadershipDecision").getId(),
                Map.of("decision", "approve", "opinion", "同意筹备")).status()).isEqualTo(204);

        JsonNode preparing = applicant.get(path).body();
        assertThat(preparing.get("status").asText()).isEqualTo("PREPARING");
        assertThat(preparing.at("/progress/opinions").size()).isEqualTo(6);
        Society society = societies.getByCode("whaisoc");
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.PREPARING);
        assertThat(society.getName()).isEqualTo("武汉市计算机应用学会");
        assertThat(applicant.get("/foundings/" + id + "/consent-letter").text())
                .contains("关于同意筹备成立武汉市计算机应用学会的函", "李明（法定代表人）");

        Task registration = await(no, "RecordRegistration");
        assertThat(registration.getDueDate()).isAfter(java.sql.Timestamp.valueOf(LocalDate.now().plusMonths(5).atStartOfDay()));
        Api.Response badCode = affairs.completeTask(registration.getId(), Map.of("decision", "approve", "opinion", "已登记",
                "creditCode", "51420100MJ0000000X", "registeredOn", LocalDate.now().toString()));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body().get("message").asText()).as("the refusal alone").doesNotContain("ENGINE-", "Exception");
        assertThat(badCode.text()).contains("统一社会信用代码");
        assertThat(societies.getByCode("whaisoc").getStatus()).isEqualTo(SocietyStatus.PREPARING);

        String code = creditCode("51420100MJ" + String.format("%07d", id % 10_000_000));
        assertThat(affairs.completeTask(registration.getId(), Map.of("decision", "approve", "opinion", "民政局已准予登记",
                "creditCode", code, "registeredOn", LocalDate.now().toString())).status()).isEqualTo(204);

        Society registered = societies.getByCode("whaisoc");
        assertThat(registered.getStatus()).isEqualTo(SocietyStatus.ACTIVE);
        assertThat(registered.getCreditCode()).isEqualTo(code);
        assertThat(registered.getTermNumber()).isEqualTo(1);
        assertThat(registered.getOfficers()).extracting(o -> o.getName()).containsExactlyInAnyOrder("李明", "王芳");
        assertThat(applicant.get(path).body().get("status").asText()).isEqualTo("REGISTERED");

        // from the next login the initiator works as the new society
        JsonNode me = Api.as(port, applicant.user(), applicant.user()).get("/api/v1/me").body();
        assertThat(me.toString()).contains("whaisoc");
    }

    @Test
    void anApplicationNotSubmittedInTimeLapsesAndItsInitiatorsWaitAYearWhateverTheirAccount() {
        Api applicant = newApplicant();
        JsonNode started = applicant.post("/api/v1/foundings", null).body();
        String no = started.get("applicationNo").asText();
        Map<String, Object> lapsing = application("武汉量子信息学会", "whqis");
        lapsing.put("initiators", List.of(initiator("赵六一", true, true)));
        assertThat(applicant.put("/api/v1/foundings/" + started.get("id").asLong() + "/application", lapsing).status())
                .isEqualTo(200);
        String processInstanceId = await(no, "SubmitApplication").getProcessInstanceId();

        Job lapse = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        managementService.executeJob(lapse.getId());

        assertThat(applicant.get("/api/v1/foundings/" + started.get("id").asLong()).body().get("status").asText())
                .isEqualTo("LAPSED");
        // the wait binds the initiators (DOMAIN A.5), not the account: from another account they are refused by name
        Api another = newApplicant();
        String path = "/api/v1/foundings/" + another.post("/api/v1/foundings", null).body().get("id").asLong();
        assertThat(another.upload(path + "/attachments", "kind", "DRAFT_CHARTER", "章程草案.pdf", Files.pdf()).status())
                .isEqualTo(201);
        assertThat(another.upload(path + "/attachments", "kind", "MEMBER_COMMITMENTS", "承诺书.pdf", Files.pdf()).status())
                .isEqualTo(201);
        Map<String, Object> form = application("武汉量子信息学会", "whqis");
        form.put("initiators", List.of(initiator("李明", true, true), initiator("赵六一", true, true)));
        another.put(path + "/application", form);
        Api.Response refused = another.post(path + "/application/submit", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/initiators[1].name").asText())
                .contains("赵六一").contains("之后方可再次作为发起人");
        assertThat(refused.body().at("/errors/initiators[0].name").isMissingNode()).isTrue();
        assertThat(another.get(path).body().get("status").asText()).isEqualTo("DRAFT");
        // the account itself may apply again, with other initiators
        assertThat(applicant.post("/api/v1/foundings", null).status()).isEqualTo(201);
    }

    @Test
    void onlyInitiatorsApplyAndStaffSeeEveryApplication() {
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").post("/api/v1/foundings", null).status()).isEqualTo(409);
        Api applicant = newApplicant();
        long id = applicant.post("/api/v1/foundings", null).body().get("id").asLong();
        assertThat(Api.as(port, "affairs", "affairs").get("/api/v1/foundings").text()).contains("\"id\":" + id);
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/foundings/" + id).status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get("/api/v1/foundings").status()).isEqualTo(401);
    }
}
