package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Modeler;
import org.societyflow.support.PortalLogin;
import org.societyflow.workflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The three doors: engine REST API, JSON API, and the portal whose login the Camunda webapps take over. */
@IntegrationTest
class SecurityIT {

    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="modeler-deploy-probe" name="部署测试" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="Start" name="开始"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    /** Row-by-row checks keep Tasklist's group filters linear in the open tasks (docs/PERFORMANCE.md). */
    @Test
    void theEngineChecksAuthorizationsIncludingRevokesOnEveryQuery() {
        assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
        assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("always");
    }

    @Test
    void engineRestNeedsCredentials() {
        // a wrong password counts towards the lock of the account (LoginLockoutIT): a user of this test's own
        String user = TestApplications.staff(identityService, Groups.SOCIETY_AFFAIRS);
        assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Api.as(port, user, "wrong").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Api.as(port, "affairs", "affairs").get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void jsonApiAnswersAnonymousCallsWithAProblem() {
        Api.Response anonymous = Api.anonymous(port).get("/api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).contains("application/problem+json");

        Api.Response me = Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/me");
        assertThat(me.body().get("societyCode").asText()).isEqualTo("whcs");
        assertThat(me.body().get("groups").toString()).contains("society-whcs");
        assertThat(me.body().get("staff").asBoolean()).isFalse();
        assertThat(Api.as(port, "affairs", "affairs").get("/api/v1/me").body().get("staff").asBoolean()).isTrue();

        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/societies").status()).isEqualTo(403);
        assertThat(Api.as(port, "affairs", "affairs").get("/api/v1/societies?q=whma").body().at("/content/0/name")
                .asText()).isEqualTo("武汉医学会");
    }

    /** The multipart request Camunda Modeler's "Deploy to Camunda 7" sends; only camunda-admin may deploy. */
    @Test
    void onlyAdminsDeployModelsThroughTheEngineRestApi() {
        assertThat(deploy(null)).isEqualTo(401);
        assertThat(deploy("affairs")).isEqualTo(403);
        assertThat(deploy("admin")).isEqualTo(200);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("modeler-deploy-probe").count())
                .isEqualTo(1);
    }

    @Test
    void theWebappsTakeOverThePortalLogin() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();

        String user = TestApplications.staff(identityService, Groups.EXPERTS);
        HttpResponse<String> wrong = browser.send(form(user, "nope", csrf.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login?error");

        HttpResponse<String> login = browser.send(form("affairs", "affairs", csrf.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);

        // opening Tasklist is what authenticates the webapp session, as in a browser
        HttpResponse<String> tasklist = browser.send(request("/camunda/app/tasklist/default/").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        HttpResponse<String> webappUser = browser.send(request("/camunda/api/admin/auth/user/default")
                        .setHeader("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(webappUser.statusCode()).isEqualTo(200);
        assertThat(webappUser.body()).contains("\"userId\":\"affairs\"").contains("tasklist");
    }

    /** The portal sends its own policy; the webapps keep Camunda's, not both (two policies would both apply). */
    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("default-src 'self'").contains("script-src 'self';").contains("frame-ancestors 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        PortalLogin admin = new PortalLogin(port);
        admin.logIn("admin", "admin");
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("'strict-dynamic'");
    }

    private HttpRequest form(String user, String password, String csrf) {
        String body = "username=" + user + "&password=" + password + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private int deploy(String user) {
        return Modeler.deploy(port, user, "modeler-deploy-probe", Map.of("modeler-deploy-probe.bpmn", BPMN)).status();
    }
}
