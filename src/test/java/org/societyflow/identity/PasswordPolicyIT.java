package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The password policy binds every account the engine saves, and the webapps find it (no more 404 in Welcome). */
@IntegrationTest
class PasswordPolicyIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void theEngineRefusesAWeakPasswordWhoeverSetsIt() {
        String id = TestSocieties.uniqueCode("policy");
        User weak = identityService.newUser(id);
        weak.setPassword("abc");
        assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Password does not match policy");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();

        User strong = identityService.newUser(id);
        strong.setPassword("river7stone");
        identityService.saveUser(strong);
        assertThat(identityService.checkPassword(id, "river7stone")).isTrue();

        // the engine REST API (and Camunda Admin, which uses its own copy) saves through the same policy; Camunda
        // answers the refusal with its generic 500, Admin checks the policy in the form before
        Api.Response created = Api.as(port, "admin", "admin").post("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id + "x", "firstName", "测试", "lastName", "用户"),
                "credentials", Map.of("password", "short")));
        assertThat(created.status()).isNotEqualTo(204);
        assertThat(created.text()).contains("Password does not match policy");
        assertThat(identityService.createUserQuery().userId(id + "x").count()).isZero();
    }

    @Test
    void theWebappsReadThePolicy() {
        // as Welcome asks for it: the webapps' engine API, with the portal's login
        Api.Response policy = Api.as(port, "admin", "admin")
                .get("/camunda/api/engine/engine/default/identity/password-policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.text()).contains("PASSWORD_POLICY_LENGTH").contains("PASSWORD_POLICY_DIGIT")
                .contains("PASSWORD_POLICY_USER_DATA");
    }
}
