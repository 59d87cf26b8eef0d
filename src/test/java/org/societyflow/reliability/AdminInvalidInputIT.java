package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admins' account and audit endpoints take their input from the query and the path: each of the bad values of
 * {@link BadJson#MUTATIONS} in each parameter is answered with the search or a 4xx problem, never a 5xx, and an
 * unlock of a user that is not there is a 404 that unlocks nobody.
 */
@IntegrationTest
class AdminInvalidInputIT {

    private static final List<String> AUDIT_PARAMETERS = List.of("from", "to", "user", "kind", "page");

    @LocalServerPort
    int port;

    @Test
    void theAuditSearchRefusesBadParametersWithAProblem() {
        Api admin = Api.as(port, "admin", "admin");
        PortalLogin page = new PortalLogin(port);
        page.logIn("admin", "admin");
        for (String parameter : AUDIT_PARAMETERS) {
            BadJson.MUTATIONS.forEach((name, mutation) -> {
                String query = "?" + parameter + "=" + URLEncoder.encode(text(mutation.apply(
                        JsonNodeFactory.instance.textNode("2026-01-01"))), StandardCharsets.UTF_8);
                Api.Response api = admin.get("/api/v1/admin/audit" + query);
                assertThat(api.status()).as(parameter + " " + name).isIn(200, 400);
                if (api.status() == 400 && api.contentType() != null && api.contentType().contains("json")) {
                    assertThat(api.contentType()).as(parameter + " " + name).contains("application/problem+json");
                }
                assertThat(page.get("/admin/audit" + query).statusCode()).as(parameter + " " + name).isIn(200, 400);
                // an export of a bad search goes back to the page, which shows the field errors
                assertThat(page.get("/admin/audit/export" + query).statusCode()).as(parameter + " " + name)
                        .isIn(200, 303, 400);
            });
        }
    }

    @Test
    void unlockingSomebodyWhoIsNotThereIsA404() {
        Api admin = Api.as(port, "admin", "admin");
        BadJson.MUTATIONS.forEach((name, mutation) -> {
            String user = URLEncoder.encode(text(mutation.apply(JsonNodeFactory.instance.textNode("x"))),
                    StandardCharsets.UTF_8).replace("+", "%20");
            int status = admin.post("/api/v1/admin/users/" + user + "/unlock", null).status();
            assertThat(status).as(name).isGreaterThanOrEqualTo(400).isLessThan(500);
        });
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
