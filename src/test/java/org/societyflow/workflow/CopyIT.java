package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 抄送: staff copy an application to colleagues, who find it in 抄送我的 and read its 审批单. */
@IntegrationTest
class CopyIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessProgressService progress;

    @Test
    void aCopyReachesTheRecipientsInboxAndOpensTheSheetOnly() {
        String key = TestApplications.start(port, runtimeService);
        String expert = TestApplications.staff(identityService, Groups.EXPERTS);
        String colleague = TestApplications.staff(identityService, Groups.PARTY_COMMITTEE);
        Api affairs = Api.as(port, "affairs", "affairs");
        assertThat(Api.as(port, expert, expert).get("/approvals/" + key + "/sheet").status())
                .as("an expert sees no application before it is copied to them").isEqualTo(404);

        Api.Response copied = affairs.post("/api/v1/approvals/" + key + "/copies",
                Map.of("users", List.of(expert, colleague), "note", "请了解预算安排"));
        assertThat(copied.status()).isEqualTo(200);
        assertThat(progress.opinionsOf(key)).anySatisfy(o -> {
            assertThat(o.getDecision()).isEqualTo("copy");
            assertThat(o.getUserId()).isEqualTo("affairs");
            assertThat(o.getOpinion()).isEqualTo("抄送给 " + expert + "、" + colleague + "：请了解预算安排");
            assertThat(o.getTaskName()).isEqualTo("学会部审核");
        });

        JsonNode inbox = Api.as(port, expert, expert).get("/api/v1/copies").body();
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("businessKey").asText()).isEqualTo(key);
        assertThat(inbox.get(0).get("fromUser").asText()).isEqualTo("affairs");
        assertThat(inbox.get(0).get("readAt").isNull()).isTrue();
        assertThat(Api.as(port, expert, expert).get("/api/v1/notifications").text()).contains("抄送", key);

        PortalLogin browser = new PortalLogin(port);
        browser.logIn(expert, expert);
        assertThat(browser.get("/").body()).contains("id=\"nav-copies\"");
        String page = browser.get("/copies").body();
        assertThat(page).contains(key, "请了解预算安排", "class=\"new\"");
        HttpResponse<String> opened = browser.get("/copies/" + inbox.get(0).get("id").asLong());
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/approvals/" + key + "/sheet");
        HttpResponse<String> sheet = browser.get("/approvals/" + key + "/sheet");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body()).contains("审批单", "抄送给 " + expert).doesNotContain("<form method=\"post\"");
        assertThat(Api.as(port, expert, expert).get("/api/v1/copies").body().get(0).get("readAt").isNull()).isFalse();
        assertThat(browser.get("/copies").body()).doesNotContain("class=\"new\"");
        // someone else's copy does not open
        assertThat(Api.as(port, colleague, colleague).get("/copies/" + inbox.get(0).get("id").asLong()).status())
                .isEqualTo(404);
    }

    @Test
    void onlyStaffAreCopiedAndNothingIsStoredOnBadInput() {
        String key = TestApplications.start(port, runtimeService);
        Api affairs = Api.as(port, "affairs", "affairs");
        int before = progress.opinionsOf(key).size();

        Api.Response society = affairs.post("/api/v1/approvals/" + key + "/copies",
                Map.of("users", List.of("leader", "soc-whcs"), "note", ""));
        assertThat(society.status()).isEqualTo(400);
        assertThat(society.body().at("/errors/users").asText()).contains("科协工作人员");
        assertThat(affairs.post("/api/v1/approvals/" + key + "/copies", Map.of("users", List.of("nobody-here")))
                .body().at("/errors/users").asText()).isNotEmpty();
        assertThat(affairs.post("/api/v1/approvals/" + key + "/copies", Map.of("users", List.of(" ")))
                .body().at("/errors/users").asText()).contains("用户名");
        assertThat(affairs.post("/api/v1/approvals/" + key + "/copies", Map.of("users", List.of("affairs")))
                .status()).as("not to oneself").isEqualTo(400);
        assertThat(affairs.post("/api/v1/approvals/" + key + "/copies",
                Map.of("users", List.of("leader"), "note", "长".repeat(1001))).body().at("/errors/note").asText()).isNotEmpty();
        assertThat(progress.opinionsOf(key)).hasSize(before);
        assertThat(Api.as(port, "leader", "leader").get("/api/v1/copies").text()).doesNotContain(key);

        // a society copies nothing, neither its own application nor another's, and sees no other society's
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").post("/api/v1/approvals/" + key + "/copies",
                Map.of("users", List.of("leader"))).status()).isEqualTo(403);
        assertThat(Api.as(port, "soc-whma", "soc-whma").post("/api/v1/approvals/" + key + "/copies",
                Map.of("users", List.of("leader"))).status()).isEqualTo(403);
        assertThat(Api.as(port, "soc-whma", "soc-whma").get("/approvals/" + key + "/sheet").status()).isEqualTo(404);
        assertThat(affairs.post("/api/v1/approvals/NO-SUCH-KEY/copies", Map.of("users", List.of("leader"))).status())
                .isEqualTo(404);
        assertThat(progress.opinionsOf(key)).hasSize(before);
    }
}
