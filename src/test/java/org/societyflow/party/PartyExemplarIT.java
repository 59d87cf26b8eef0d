package org.societyflow.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 党建典型 over the JSON API and the engine REST API as the party committee, two societies and leadership: the call,
 * the nominations with their 材料, the ranking, leadership's return and approval, the 公示 with an objection the
 * committee dismisses, and the published list on the register; bad input and other societies' reach. */
@IntegrationTest
class PartyExemplarIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TestSocieties testSocieties;

    Task await(String businessKey, String definitionKey) {
        return Await.until(definitionKey + " of " + businessKey, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).singleResult());
    }

    void fireTimer(String businessKey) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    static Map<String, Object> call(LocalDate closesOn) {
        Map<String, Object> call = new HashMap<>();
        call.put("year", LocalDate.now().getYear());
        call.put("title", "同心炬会 科耀江城 · 学会党建典型");
        call.put("callText", "各学会：请于截止日前申报党建工作示范党组织和党建品牌活动。");
        call.put("closesOn", closesOn.toString());
        call.put("quota", 2);
        call.put("noticeWorkingDays", 5);
        return call;
    }

    static Map<String, Object> nomination(String kind, String title) {
        return Map.of("kind", kind, "title", title, "achievements", "组织开展“科技工作者之家”主题党日活动 12 次");
    }

    @Test
    void theCommitteeSelectsLeadershipApprovesAndTheListIsPublishedAfterItsNotice() {
        Api party = Api.as(port, "party", "party");
        Api leader = Api.as(port, "leader", "leader");
        Society first = testSocieties.registerActive("pxa");
        Society second = testSocieties.registerActive("pxb");
        Api society = Api.as(port, "soc-" + first.getCode(), "soc-" + first.getCode());
        Api other = Api.as(port, "soc-" + second.getCode(), "soc-" + second.getCode());
        int before = party.get("/api/v1/party-exemplars").body().size();

        // the call: the committee's alone, checked, nothing stored when refused
        Api.Response empty = party.post("/api/v1/party-exemplars", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors").has("title")).isTrue();
        assertThat(empty.body().at("/errors").has("closesOn")).isTrue();
        Api.Response past = party.post("/api/v1/party-exemplars", call(LocalDate.now().minusDays(1)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().at("/errors/closesOn").asText()).contains("早于今天");
        assertThat(society.post("/api/v1/party-exemplars", call(LocalDate.now())).status()).isEqualTo(409);
        assertThat(leader.post("/api/v1/party-exemplars", call(LocalDate.now())).status()).isEqualTo(409);
        assertThat(party.get("/api/v1/party-exemplars").body().size()).as("nothing stored").isEqualTo(before);

        Api.Response opened = party.post("/api/v1/party-exemplars", call(LocalDate.now()));
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.body().get("id").asLong();
        String no = opened.body().get("applicationNo").asText();
        assertThat(no).startsWith("DX-" + LocalDate.now().getYear() + "-");
        assertThat(opened.body().get("status").asText()).isEqualTo("OPEN");
        String path = "/api/v1/party-exemplars/" + id;

        // nominations: checked, one per kind, each society its own
        Api.Response bad = society.post(path + "/nominations", Map.of("title", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors").has("kind")).isTrue();
        assertThat(bad.body().at("/errors").has("title")).isTrue();
        assertThat(bad.body().at("/errors").has("achievements")).isTrue();
        assertThat(society.get(path).body().get("nominations")).as("nothing stored").isEmpty();
        assertThat(party.post(path + "/nominations", nomination("ORGANISATION", "党委")).status()).isEqualTo(409);

        Api.Response organisation = society.post(path + "/nominations", nomination("ORGANISATION", "学会功能型党支部"));
        assertThat(organisation.status()).isEqualTo(201);
        long organisationId = organisation.body().get("id").asLong();
        assertThat(society.post(path + "/nominations", nomination("ORGANISATION", "又一个")).status())
                .as("one per kind").isEqualTo(409);
        long brandId = society.post(path + "/nominations", nomination("BRAND_ACTIVITY", "科普进社区")).body()
                .get("id").asLong();
        long otherId = other.post(path + "/nominations", nomination("ORGANISATION", "联合党支部")).body()
                .get("id").asLong();

        String nominationPath = "/api/v1/party-nominations/" + organisationId;
        assertThat(society.upload(nominationPath + "/attachments", "kind", "MATERIAL", "事迹.pdf", Files.pdf()).status())
                .isIn(200, 201);
        assertThat(other.get(nominationPath).status()).as("another society").isEqualTo(404);
        assertThat(other.put(nominationPath, nomination("ORGANISATION", "改名")).status()).isEqualTo(404);
        assertThat(other.get(nominationPath + "/attachments").status()).isEqualTo(404);
        assertThat(other.upload(nominationPath + "/attachments", "kind", "MATERIAL", "x.pdf", Files.pdf()).status())
                .isEqualTo(404);
        assertThat(other.get(path).body().findValuesAsText("title")).contains("联合党支部")
                .doesNotContain("学会功能型党支部", "科普进社区");
        assertThat(party.get(path).body().get("nominations")).hasSize(3);
        assertThat(society.put(nominationPath, Map.of("title", "", "achievements", "")).status()).isEqualTo(400);
        assertThat(society.put(nominationPath, nomination("BRAND_ACTIVITY", "学会党支部")).status()).isEqualTo(200);
        assertThat(society.get(nominationPath).body().get("title").asText()).isEqualTo("学会党支部");
        assertThat(society.get(nominationPath).body().get("kind").asText()).as("what is nominated stays")
                .isEqualTo("ORGANISATION");

        // the call closes; the committee ranks
        fireTimer(no);
        assertThat(party.get(path).body().at("/selection/status").asText()).isEqualTo("REVIEW");
        assertThat(other.post(path + "/nominations", nomination("BRAND_ACTIVITY", "迟到")).status()).isEqualTo(409);
        Task ranking = await(no, "CommitteeRanking");
        assertThat((String) taskService.getVariable(ranking.getId(), "nominationSummary"))
                .contains("学会党支部", "科普进社区", "联合党支部");
        assertThat(party.completeTask(ranking.getId(), Map.of("selectedList", organisationId + "," + brandId + ","
                + otherId, "decision", "approve", "opinion", "排序")).status()).as("over the quota").isEqualTo(400);
        assertThat(party.completeTask(ranking.getId(), Map.of("selectedList", "999999", "decision", "approve",
                "opinion", "排序")).status()).as("not a nomination").isEqualTo(400);
        assertThat(leader.completeTask(ranking.getId(), Map.of("selectedList", Long.toString(otherId), "decision",
                "approve", "opinion", "排序")).status()).as("the committee's step").isNotEqualTo(204);
        assertThat(party.completeTask(ranking.getId(), Map.of("selectedList", otherId + "," + brandId, "decision",
                "approve", "opinion", "按事迹排序")).status()).isEqualTo(204);

        // leadership returns, the committee ranks again, leadership approves
        Task approval = await(no, "LeadershipApproval");
        assertThat((String) taskService.getVariable(approval.getId(), "selectionSummary")).contains("联合党支部");
        assertThat(leader.completeTask(approval.getId(), Map.of("decision", "return", "opinion", "请再斟酌"))
                .status()).isEqualTo(204);
        assertThat(party.completeTask(await(no, "CommitteeRanking").getId(), Map.of("selectedList",
                organisationId + "," + brandId, "decision", "approve", "opinion", "调整排序")).status()).isEqualTo(204);
        assertThat(leader.completeTask(await(no, "LeadershipApproval").getId(), Map.of("decision", "approve",
                "opinion", "同意公示")).status()).isEqualTo(204);
        JsonNode notice = party.get(path).body().get("selection");
        assertThat(notice.get("status").asText()).isEqualTo("NOTICE");
        assertThat(LocalDate.parse(notice.get("noticeEndsOn").asText())).isAfter(LocalDate.now().plusDays(4));
        assertThat(other.get(path).body().findValuesAsText("title")).as("the list on notice is public")
                .contains("学会党支部", "科普进社区");

        // an objection during the 公示, dismissed
        assertThat(other.post(path + "/objection", Map.of("reason", "")).status()).isEqualTo(400);
        assertThat(party.post(path + "/objection", Map.of("reason", "异议")).status()).isEqualTo(409);
        assertThat(other.post(path + "/objection", Map.of("reason", "该学会活动次数不实")).status()).isEqualTo(200);
        assertThat(other.post(path + "/objection", Map.of("reason", "再提一次")).status()).as("one at a time")
                .isEqualTo(409);
        Task objection = await(no, "ObjectionReview");
        assertThat((String) taskService.getVariable(objection.getId(), "objection"))
                .contains(second.getName(), "该学会活动次数不实");
        assertThat(party.completeTask(objection.getId(), Map.of("decision", "approve", "opinion", "经核实属实"))
                .status()).isEqualTo(204);

        // the 公示 ends: the list is published, on the selection and on the register
        fireTimer(no);
        JsonNode published = other.get(path).body();
        assertThat(published.at("/selection/status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.findValuesAsText("title")).contains("学会党支部", "科普进社区", "联合党支部");
        JsonNode own = society.get(nominationPath).body();
        assertThat(own.get("exemplary").asBoolean()).isTrue();
        assertThat(own.get("rankingPosition").asInt()).isEqualTo(1);
        assertThat(other.get("/api/v1/party-nominations/" + otherId).body().get("exemplary").asBoolean()).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).count()).isZero();
        assertThat(society.get("/party-organisations").text()).contains("学会党支部", "科普进社区");
        assertThat(party.get("/party-organisations").text()).contains("学会党支部");
        assertThat(other.get("/party-exemplars/" + id).text()).contains("学会党支部", "已发布");
    }
}
