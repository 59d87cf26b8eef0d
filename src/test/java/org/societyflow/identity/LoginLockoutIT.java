package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.societyflow.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed logins lock an account on every door — the portal's form, HTTP Basic on the JSON API and on
 * {@code /engine-rest}, the webapps' own login — and a locked account is told so, not "wrong password", until an
 * admin unlocks it. Each test locks a user of its own, never a shared demo user.
 */
@IntegrationTest
class LoginLockoutIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginSecuritySettings settings;

    @Test
    void thePortalFormLocksAfterTheLastAllowedFailureAndSaysSo() {
        String user = ownUser("lock-form");
        for (int i = 1; i < settings.getMaxAttempts(); i++) {
            assertThat(new PortalLogin(port).logIn(user, "wrong")).isEqualTo("/login?error");
        }
        assertThat(new PortalLogin(port).logIn(user, "wrong")).isEqualTo("/login?locked");
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(user, user)).as("the right password no longer helps").isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("id=\"login-locked\"")
                .contains("账户已锁定：连续登录失败次数过多，请联系管理员解锁").doesNotContain("用户名或密码错误");
        assertThat(browser.get("/login?error").body()).contains("用户名或密码错误").doesNotContain("账户已锁定");

        assertLockedEverywhere(user);
        unlockAsAdmin(user);
        assertThat(new PortalLogin(port).logIn(user, user)).isEqualTo("/");
    }

    @Test
    void onlyFailuresInARowCount() {
        String user = ownUser("lock-reset");
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i < settings.getMaxAttempts(); i++) {
                assertThat(new PortalLogin(port).logIn(user, "wrong")).isEqualTo("/login?error");
            }
            assertThat(new PortalLogin(port).logIn(user, user)).as("a correct login resets the count").isEqualTo("/");
        }
        assertThat(((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts()).isZero();
    }

    @Test
    void httpBasicOnTheJsonApiLocksAndAnswers423() {
        String user = ownUser("lock-api");
        for (int i = 1; i < settings.getMaxAttempts(); i++) {
            Api.Response wrong = Api.as(port, user, "wrong").get("/api/v1/me");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body().path("code").isMissingNode()).isTrue();
        }
        Api.Response locking = Api.as(port, user, "wrong").get("/api/v1/me");
        assertThat(locking.status()).isEqualTo(423);
        assertThat(locking.contentType()).contains("application/problem+json");
        assertThat(locking.body().get("code").asText()).isEqualTo("account-locked");
        assertThat(locking.body().get("detail").asText()).contains("账户已锁定");

        assertLockedEverywhere(user);
        unlockAsAdmin(user);
        assertThat(Api.as(port, user, user).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void httpBasicOnTheEngineRestApiLocks() {
        String user = ownUser("lock-rest");
        for (int i = 0; i < settings.getMaxAttempts(); i++) {
            assertThat(Api.as(port, user, "wrong").get("/engine-rest/task").status()).isEqualTo(401);
        }
        assertLockedEverywhere(user);
        unlockAsAdmin(user);
        assertThat(Api.as(port, user, user).get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void theWebappsLoginLocks() {
        String user = ownUser("lock-webapp");
        PortalLogin admin = new PortalLogin(port);
        assertThat(admin.logIn("admin", "admin")).isEqualTo("/");
        for (int i = 0; i < settings.getMaxAttempts(); i++) {
            HttpResponse<String> wrong = admin.postFormToWebapps("/camunda/api/admin/auth/user/default/login/tasklist",
                    Map.of("username", user, "password", "wrong"));
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        assertLockedEverywhere(user);
    }

    @Test
    void onlyAdminsSeeAndUnlockLockedAccounts() {
        String user = ownUser("lock-admin");
        for (int i = 0; i < settings.getMaxAttempts(); i++) {
            new PortalLogin(port).logIn(user, "wrong");
        }
        assertThat(Api.as(port, "affairs", "affairs").get("/api/v1/admin/users/locked").status()).isEqualTo(403);
        assertThat(Api.as(port, "affairs", "affairs").post("/api/v1/admin/users/" + user + "/unlock", Map.of())
                .status()).isEqualTo(403);
        Api.Response locked = Api.as(port, "admin", "admin").get("/api/v1/admin/users/locked");
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.body().toString()).contains("\"userId\":\"" + user + "\"");
        assertThat(Api.as(port, "admin", "admin").post("/api/v1/admin/users/nobody-here/unlock", Map.of()).status())
                .isEqualTo(404);

        PortalLogin admin = new PortalLogin(port);
        assertThat(admin.logIn("admin", "admin")).isEqualTo("/");
        assertThat(admin.get("/admin/users").body()).contains("data-user=\"" + user + "\"").contains("解锁");
        HttpResponse<String> unlocked = admin.submit("/admin/users", "/admin/users/" + user + "/unlock", Map.of());
        assertThat(unlocked.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).doesNotContain("data-user=\"" + user + "\"").contains("账户已解锁");
        assertThat(new PortalLogin(port).logIn(user, user)).isEqualTo("/");

        PortalLogin staff = new PortalLogin(port);
        staff.logIn("affairs", "affairs");
        assertThat(staff.get("/admin/users").statusCode()).isEqualTo(403);
    }

    private void assertLockedEverywhere(String user) {
        assertThat(new PortalLogin(port).logIn(user, user)).isEqualTo("/login?locked");
        assertThat(Api.as(port, user, user).get("/api/v1/me").status()).isEqualTo(423);
        Api.Response engineRest = Api.as(port, user, user).get("/engine-rest/task");
        assertThat(engineRest.status()).isEqualTo(423);
        assertThat(engineRest.body().get("code").asText()).isEqualTo("account-locked");
    }

    private void unlockAsAdmin(String user) {
        assertThat(Api.as(port, "admin", "admin").post("/api/v1/admin/users/" + user + "/unlock", Map.of()).status())
                .isEqualTo(204);
    }

    /** A user of this test's own, password = user id, in the group of 学会部 (which may use every door). */
    private String ownUser(String prefix) {
        String id = TestSocieties.uniqueCode(prefix);
        User user = identityService.newUser(id);
        user.setLastName("锁定测试");
        user.setPassword(id);
        TestUsers.save(identityService, user);
        identityService.createMembership(id, Groups.SOCIETY_AFFAIRS);
        return id;
    }
}
