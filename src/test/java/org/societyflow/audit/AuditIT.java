package org.societyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.identity.LoginSecuritySettings;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Modeler;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestProcesses;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each kind of security event leaves its row, with who did it; only admins search and export them. */
@IntegrationTest
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AuditLog auditLog;

    @Autowired
    LoginSecuritySettings loginSettings;

    @Test
    void loginsFailuresLocksAndUnlocksAreRecorded() {
        String user = ownUser("audit-login");
        assertThat(new PortalLogin(port).logIn(user, user)).isEqualTo("/");
        assertThat(Api.as(port, user, "wrong").get("/engine-rest/task").status()).isEqualTo(401);
        for (int i = 1; i < loginSettings.getMaxAttempts(); i++) {
            new PortalLogin(port).logIn(user, "wrong");
        }
        assertThat(new PortalLogin(port).logIn(user, user)).isEqualTo("/login?locked");
        assertThat(Api.as(port, "admin", "admin").post("/api/v1/admin/users/" + user + "/unlock", Map.of()).status())
                .isEqualTo(204);

        assertThat(events(user)).extracting(AuditEvent::kind).containsExactly(
                AuditKind.ACCOUNT_UNLOCKED, AuditKind.LOGIN_WHILE_LOCKED, AuditKind.ACCOUNT_LOCKED,
                AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED,
                AuditKind.LOGIN);
        assertThat(events(user).get(0).actor()).isEqualTo("admin");
        assertThat(events(user).get(1).actor()).isEqualTo(user);
    }

    @Test
    void deploysInstanceOperationsAndMembershipChangesAreRecordedWithTheirAdmin() throws Exception {
        String key = TestSocieties.uniqueCode("audit-proc");
        Modeler.Response deployed = Modeler.deploy(port, "admin", key,
                Map.of(key + ".bpmn", TestProcesses.twoSteps(key, "学会部审查", "")));
        assertThat(deployed.status()).isEqualTo(200);
        String deploymentId = new ObjectMapper().readTree(deployed.body()).get("id").asText();

        String moved = runtimeService.startProcessInstanceByKey(key).getId();
        Api admin = Api.as(port, "admin", "admin");
        assertThat(admin.post("/engine-rest/process-instance/" + moved + "/modification", Map.of("instructions", List.of(
                Map.of("type", "startBeforeActivity", "activityId", "Approve"),
                Map.of("type", "cancel", "activityId", "Check")))).status()).isEqualTo(204);
        String cancelled = runtimeService.startProcessInstanceByKey(key).getId();
        assertThat(admin.post("/api/v1/models/instances/" + cancelled + "/cancel", Map.of("reason", "审计测试"))
                .status()).isEqualTo(200);

        String member = ownUser("audit-member");
        assertThat(admin.put("/engine-rest/group/" + Groups.LEADERSHIP + "/members/" + member, Map.of()).status())
                .isEqualTo(204);
        assertThat(admin.delete("/engine-rest/group/" + Groups.LEADERSHIP + "/members/" + member).status())
                .isEqualTo(204);

        List<AuditEvent> all = auditLog.search(new AuditQuery(null, null, "admin", null), 0, 200);
        assertThat(all).filteredOn(e -> e.kind() == AuditKind.MODEL_DEPLOYED).extracting(AuditEvent::subject)
                .contains(deploymentId);
        assertThat(all).filteredOn(e -> e.kind() == AuditKind.INSTANCE_MODIFIED).extracting(AuditEvent::subject)
                .contains(moved);
        assertThat(all).filteredOn(e -> e.kind() == AuditKind.INSTANCE_CANCELLED).extracting(AuditEvent::subject)
                .contains(cancelled);
        assertThat(events(member)).extracting(AuditEvent::kind)
                .containsExactly(AuditKind.MEMBERSHIP_REMOVED, AuditKind.MEMBERSHIP_ADDED);
        assertThat(events(member).get(0).detail()).contains("groupId=" + Groups.LEADERSHIP);
    }

    @Test
    void onlyAdminsSearchAndExport() {
        String user = ownUser("audit-search");
        new PortalLogin(port).logIn(user, "wrong");

        Api.Response found = Api.as(port, "admin", "admin")
                .get("/api/v1/admin/audit?user=" + user + "&kind=LOGIN_FAILED");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("events")).hasSize(1);
        assertThat(found.body().at("/events/0/subject").asText()).isEqualTo(user);
        assertThat(Api.as(port, "admin", "admin").get("/api/v1/admin/audit?user=" + user + "&kind=LOGIN")
                .body().get("events")).isEmpty();

        Api.Response bad = Api.as(port, "admin", "admin").get("/api/v1/admin/audit?from=2026-13-01&to=x&kind=NOPE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").toString()).contains("from", "to", "kind");
        assertThat(Api.as(port, "admin", "admin").get("/api/v1/admin/audit?from=2026-12-07&to=2026-12-01")
                .body().at("/errors/to").asText()).isEqualTo("截止日期不能早于起始日期");

        assertThat(Api.as(port, "affairs", "affairs").get("/api/v1/admin/audit").status()).isEqualTo(403);

        PortalLogin admin = new PortalLogin(port);
        admin.logIn("admin", "admin");
        assertThat(admin.get("/admin/audit?user=" + user).body()).contains("data-kind=\"LOGIN_FAILED\"")
                .contains("登录失败");
        HttpResponse<String> export = admin.get("/admin/audit/export?user=" + user);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        PortalLogin staff = new PortalLogin(port);
        staff.logIn("affairs", "affairs");
        assertThat(staff.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(staff.get("/admin/audit/export").statusCode()).isEqualTo(403);
    }

    /** The user's events, newest first. */
    private List<AuditEvent> events(String user) {
        return auditLog.search(new AuditQuery(null, null, user, null), 0, 100);
    }

    private String ownUser(String prefix) {
        String id = TestSocieties.uniqueCode(prefix);
        User user = identityService.newUser(id);
        user.setLastName("审计测试");
        user.setPassword(id);
        TestUsers.save(identityService, user);
        identityService.createMembership(id, Groups.SOCIETY_AFFAIRS);
        return id;
    }
}
