package org.societyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthEndpointsIT {

    /** What readiness waits for (mail only where an SMTP server is configured: not in this suite). */
    private static final List<String> READINESS = List.of("readinessState", "db", "flyway", "processEngine", "jobExecutor");

    @LocalServerPort
    int port;
    @Autowired
    HealthEndpointGroups groups;

    @Test
    void theProbesAnswerAnyoneWithTheirStatusOnly() {
        for (Api caller : List.of(Api.anonymous(port), Api.as(port, "admin", "admin"))) {
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                Api.Response answer = caller.get(probe);
                assertThat(answer.status()).as(probe).isEqualTo(200);
                assertThat(answer.body().toString()).as(probe + " to " + caller.user()).isEqualTo("{\"status\":\"UP\"}");
            }
        }
    }

    @Test
    void readinessIsTheStartUpWorkTheDatabaseItsMigrationsTheEngineAndTheJobExecutor() {
        assertThat(READINESS).allMatch(groups.get("readiness")::isMember);
        assertThat(groups.get("readiness").isMember("mail")).as("mail, where configured").isTrue();

        Api.Response health = Api.as(port, "admin", "admin").get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        for (String member : READINESS) {
            assertThat(health.body().path("components").path(member).path("status").asText()).as(member).isEqualTo("UP");
        }
    }

    @Test
    void theDetailsAreForAdminsOnly() {
        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(401);
        assertThat(Api.as(port, "affairs", "affairs").get("/actuator/health").status()).isEqualTo(403);
        assertThat(Api.as(port, "admin", "admin").get("/actuator/health").body().has("components")).isTrue();
    }
}
