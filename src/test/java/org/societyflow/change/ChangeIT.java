package org.societyflow.change;

import static org.societyflow.change.ChangeFixtures.item;
import static org.societyflow.change.ChangeFixtures.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.societyflow.support.Candidates.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 变更 over the JSON API and the engine REST API: routing by item, reviews, the register applied at the end. */
@IntegrationTest
class ChangeIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    SocietyService societies;

    Task await(String applicationNo, String definitionKey) {
        return Await.until(definitionKey + " of " + applicationNo, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(applicationNo).taskDefinitionKey(definitionKey).singleResult());
    }

    @Test
    void anAddressChangeIsCheckedReviewedAppliedAndFiled() {
        Api society = Api.as(port, "soc-whas", "soc-whas");
        Api affairs = Api.as(port, "affairs", "affairs");
        Society before = societies.getByCode("whas");

        JsonNode started = society.post("/api/v1/changes", null).body();
        long id = started.get("id").asLong();
        String no = started.get("applicationNo").asText();
        assertThat(no).startsWith("BG-");
        String path = "/api/v1/changes/" + id;

        Api.Response empty = society.post(path + "/request/submit", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors/items").asText()).contains("至少");

        society.put(path + "/request", request("理事会决议迁址", item("ADDRESS", before.getAddress())));
        Api.Response unchanged = society.post(path + "/request/submit", null);
        assertThat(unchanged.body().at("/errors/items.ADDRESS").asText()).contains("相同");

        JsonNode saved = society.put(path + "/request", request("理事会决议迁址", item("ADDRESS", "武汉市江汉区新华路218号"))).body();
        assertThat(saved.at("/items/0/oldValue").asText()).isEqualTo(before.getAddress());
        assertThat(society.post(path + "/request/submit", null).status()).isEqualTo(200);

        // a second open request may not change the same item
        long second = society.post("/api/v1/changes", null).body().get("id").asLong();
        society.put("/api/v1/changes/" + second + "/request", request("再次迁址", item("ADDRESS", "武汉市洪山区")));
        Api.Response duplicate = society.post("/api/v1/changes/" + second + "/request/submit", null);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().at("/errors/items.ADDRESS").asText()).contains("进行中");

        Task review = await(no, "AffairsReview");
        assertThat((String) taskService.getVariable(review.getId(), "changeSummary"))
                .contains(before.getAddress() + " → 武汉市江汉区新华路218号");
        assertThat(taskService.getVariable(review.getId(), "needsPartyReview")).isEqualTo(false);
        assertThat(affairs.completeTask(review.getId(), Map.of("decision", "approve", "opinion", "同意迁址")).status())
                .isEqualTo(204);

        assertThat(societies.get(before.getId()).getAddress()).isEqualTo("武汉市江汉区新华路218号");
        assertThat(societies.changeLog(before.getId())).anySatisfy(entry -> {
            assertThat(entry.getField()).isEqualTo("address");
            assertThat(entry.getOldValue()).isEqualTo(before.getAddress());
            assertThat(entry.getApplicationNo()).isEqualTo(no);
            assertThat(entry.getChangedBy()).isEqualTo("affairs");
        });

        Task filing = await(no, "RecordFiling");
        assertThat(filing.getDueDate()).isNotNull();
        assertThat(society.post(path + "/filing/submit", null).status()).isEqualTo(400);
        society.put(path + "/filing", Map.of("filedOn", java.time.LocalDate.now().toString(), "certificateNo", "鄂民社证字第0123号"));
        assertThat(society.post(path + "/filing/submit", null).status()).isEqualTo(200);
        JsonNode done = society.get(path).body();
        assertThat(done.get("status").asText()).isEqualTo("FILED");
        assertThat(done.at("/progress/ended").asBoolean()).isTrue();
    }

    @Test
    void aNewNameGoesToLeadershipAndARejectionChangesNothing() {
        Api society = Api.as(port, "soc-whcs", "soc-whcs");
        Society before = societies.getByCode("whcs");
        long id = society.post("/api/v1/changes", null).body().get("id").asLong();
        String path = "/api/v1/changes/" + id;
        String no = society.get(path).body().get("applicationNo").asText();

        society.put(path + "/request", request("更名", item("NAME", "中国计算机学会武汉分会")));
        assertThat(society.post(path + "/request/submit", null).body().at("/errors/items.NAME").asText()).contains("中国");
        society.put(path + "/request", request("更名", item("NAME", "武汉医学会")));
        assertThat(society.post(path + "/request/submit", null).body().at("/errors/items.NAME").asText()).contains("其他学会");
        society.put(path + "/request", request("更名", item("NAME", "武汉市计算机与人工智能学会")));
        assertThat(society.post(path + "/request/submit", null).status()).isEqualTo(200);

        Api.as(port, "affairs", "affairs").completeTask(await(no, "AffairsReview").getId(),
                Map.of("decision", "approve", "opinion", "同意，报领导审批"));
        Task approval = await(no, "LeadershipApproval");
        assertThat(Api.as(port, "leader", "leader").completeTask(approval.getId(),
                Map.of("decision", "reject", "opinion", "名称与现有学会业务重叠")).status()).isEqualTo(204);

        assertThat(society.get(path).body().get("status").asText()).isEqualTo("REJECTED");
        assertThat(societies.get(before.getId()).getName()).isEqualTo(before.getName());
    }

    @Test
    void newOfficersGoThroughThePartyCommitteeAndNeedNoFiling() {
        Api society = Api.as(port, "soc-whma", "soc-whma");
        Society before = societies.getByCode("whma");
        long id = society.post("/api/v1/changes", null).body().get("id").asLong();
        String path = "/api/v1/changes/" + id;
        String no = society.get(path).body().get("applicationNo").asText();

        Map<String, Object> form = request("秘书长调整", item("OFFICERS", null));
        form.put("officers", List.of(
                candidate("PRESIDENT", "周建国", "1955-06-30", true, false),
                candidate("SECRETARY_GENERAL", "钱敏", "1985-05-05", false, true)));
        society.put(path + "/request", form);
        assertThat(society.post(path + "/request/submit", null).status()).isEqualTo(200);

        Api.as(port, "affairs", "affairs").completeTask(await(no, "AffairsReview").getId(),
                Map.of("decision", "approve", "opinion", "同意"));
        Task party = await(no, "PartyReview");
        assertThat(Api.as(port, "party", "party").completeTask(party.getId(),
                Map.of("decision", "approve", "opinion", "同意")).status()).isEqualTo(204);

        assertThat(society.get(path).body().get("status").asText()).isEqualTo("FILED");
        assertThat(societies.get(before.getId()).getOfficers()).extracting(o -> o.getName())
                .containsExactlyInAnyOrder("周建国", "钱敏");
    }

    @Test
    void aNewLegalRepresentativeNeedsTheDepartureAuditAndOnlyTheSocietyRequests() {
        Api society = Api.as(port, "soc-whps", "soc-whps");
        assertThat(society.post("/api/v1/changes", null).status()).isEqualTo(409);
        assertThat(Api.as(port, "affairs", "affairs").post("/api/v1/changes", null).status()).isEqualTo(409);

        Api whcs = Api.as(port, "soc-whcs", "soc-whcs");
        long id = whcs.post("/api/v1/changes", null).body().get("id").asLong();
        String path = "/api/v1/changes/" + id;
        assertThat(Api.as(port, "soc-whma", "soc-whma").get(path).status()).isEqualTo(404);
        assertThat(Api.as(port, "soc-whma", "soc-whma").put(path + "/request",
                request("x", item("ADDRESS", "x"))).status()).isEqualTo(404);

        whcs.put(path + "/request", request("法定代表人变更", item("LEGAL_REPRESENTATIVE", "不存在的人")));
        Api.Response refused = whcs.post(path + "/request/submit", null);
        assertThat(refused.body().at("/errors/items.LEGAL_REPRESENTATIVE").asText()).contains("负责人");
        assertThat(refused.body().at("/errors/attachments").asText()).contains("离任审计");

        whcs.put(path + "/request", request("法定代表人变更", item("LEGAL_REPRESENTATIVE", "赵晓峰")));
        whcs.upload(path + "/attachments", "kind", "DEPARTURE_AUDIT", "审计.pdf", Files.pdf());
        assertThat(whcs.post(path + "/request/submit", null).status()).isEqualTo(200);

        // the registered officer who becomes 法定代表人 goes through the officer rules and the party committee
        String no = whcs.get(path).body().get("applicationNo").asText();
        Task review = await(no, "AffairsReview");
        assertThat(taskService.getVariable(review.getId(), "needsPartyReview")).isEqualTo(true);
        assertThat(taskService.getVariable(review.getId(), "flaggedCandidates")).isEqualTo(0);
    }
}
