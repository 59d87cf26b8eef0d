package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.societyflow.society.SocietyService;
import org.societyflow.support.Api;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, each method, called by someone who is not logged in; then every page and API
 * resource of one society's application called by another society, an expert and an initiator. New endpoints join
 * the matrix by themselves: an anonymous caller must never get anything but the login, and a path with an
 * identifier the matrix cannot fill fails the test until it is added to {@link #FOREIGN}.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    /** Pages and API calls anyone may use. */
    static final Set<String> PUBLIC = Set.of("/login", "/register", "/register/confirm", "/register/sent",
            "POST /api/v1/registrations", "/error", "/api/v1/docs", "/api/v1/openapi", "/api/v1/openapi/swagger-config");

    static final String OWNER = "soc-whcs";
    static final String OWNER_NAME = "武汉市计算机学会";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    SocietyService societies;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** (method, path pattern) of every mapped endpoint. */
    List<String[]> endpoints() {
        List<String[]> all = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    all.add(new String[] {m.name(), pattern});
                }
            }
        });
        return all;
    }

    @Test
    void nobodyAnonymousGetsPastTheLogin() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (String[] endpoint : endpoints()) {
            String method = endpoint[0];
            String pattern = endpoint[1];
            if (PUBLIC.contains(pattern) || PUBLIC.contains(method + " " + pattern)) {
                continue;
            }
            String path = pattern.replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> answer = send(method, path);
            checked++;
            boolean api = path.startsWith("/api/");
            // a write without credentials meets the CSRF check (403) before authentication (401)
            boolean refused = api ? answer.statusCode() == 401 || (!"GET".equals(method) && answer.statusCode() == 403)
                    : answer.statusCode() == 401 || answer.statusCode() == 403
                    || (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login"));
            if (!refused) {
                leaks.add(method + " " + path + " -> " + answer.statusCode());
            }
        }
        assertThat(checked).as("endpoints checked").isGreaterThan(80);
        assertThat(leaks).as("answered an anonymous caller").isEmpty();
        for (String engine : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/deployment")) {
            assertThat(send("GET", engine).statusCode()).as(engine).isEqualTo(401);
        }
        assertThat(send("GET", "/camunda/api/engine/engine/default/task/count").statusCode()).isIn(401, 403);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        request = "GET".equals(method) ? request.GET()
                : request.method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The owner's records by collection, from the owner's own lists; a collection's pages and API calls are checked
     * with its first record. Collections that hold no society's data are listed in {@link #NOT_SOCIETY_DATA}.
     */
    static final List<String> COLLECTIONS = List.of("changes", "inspections", "reelections", "grants", "exit-cases",
            "station-assessments", "foundings");

    /**
     * Identifiers that are not one society's: programmes are public calls, copies a reviewer's own inbox (CopyIT), the
     * rest are staff tools with their own tests.
     */
    static final Set<String> NOT_SOCIETY_DATA = Set.of("programmes", "copies", "experts", "campaigns", "models", "diagrams",
            "exports", "migrations", "instances", "stations", "exit-proposals", "notifications", "tasks", "admin",
            "deployments", "societies/{societyId}", "dashboard");

    @Test
    void anotherSocietyAnExpertAndAnInitiatorSeeNothingOfTheOwnersApplications() {
        Api owner = Api.as(port, OWNER, OWNER);
        owner.post("/api/v1/changes", null);
        Api.as(port, "applicant", "applicant").post("/api/v1/foundings", null);
        Map<String, String[]> records = new java.util.HashMap<>();
        for (String collection : COLLECTIONS) {
            Api.Response list = (collection.equals("foundings") ? Api.as(port, "applicant", "applicant") : owner)
                    .get("/api/v1/" + collection);
            if (list.status() == 200 && list.body().isArray() && !list.body().isEmpty()) {
                var first = list.body().get(0);
                records.put(collection, new String[] {first.get("id").asText(),
                        first.hasNonNull("applicationNo") ? first.get("applicationNo").asText() : null});
            }
        }
        assertThat(records).as("the owner's records").containsKeys("changes", "foundings");
        String attachment = owner.upload("/api/v1/changes/" + records.get("changes")[0] + "/attachments", "kind", "RESOLUTION",
                "决议.pdf", Files.pdf()).body().get("id").asText();
        String society = Long.toString(societies.getByCode("whcs").getId());

        Set<String> unmatched = new TreeSet<>();
        List<String[]> calls = new ArrayList<>();
        for (String[] endpoint : endpoints()) {
            String pattern = endpoint[1];
            if (!"GET".equals(endpoint[0]) || !pattern.contains("{")) {
                continue;
            }
            String collection = COLLECTIONS.stream().filter(c -> pattern.matches("(/api/v1)?/" + c + "/\\{.*"))
                    .findFirst().orElse(null);
            String[] record = collection == null ? null : records.get(collection);
            String path = pattern;
            if (record != null) {
                path = path.replaceFirst("\\{[^}]+}", record[0]).replace("{collection}", collection);
            } else if (pattern.contains("{businessKey}") && records.get("changes")[1] != null) {
                path = path.replace("{businessKey}", records.get("changes")[1]);
            } else if (pattern.matches("(/api/v1)?/\\{collection}/\\{id}/attachments.*")) {
                path = path.replace("{collection}", "changes").replace("{id}", records.get("changes")[0])
                        .replace("{attachmentId}", attachment);
            } else if (pattern.matches("(/api/v1)?/societies/\\{id}")) {
                path = path.replace("{id}", society);
            }
            if (path.contains("{")) {
                if (NOT_SOCIETY_DATA.stream().noneMatch(pattern::contains) && collection == null) {
                    unmatched.add(pattern);
                }
                continue;
            }
            calls.add(new String[] {pattern, path});
        }
        assertThat(unmatched).as("paths the matrix cannot fill: add them to COLLECTIONS or NOT_SOCIETY_DATA").isEmpty();
        assertThat(calls.size()).as("calls of the owner's records").isGreaterThan(10);

        List<String> leaks = new ArrayList<>();
        for (String intruder : List.of("soc-whma", "expert1", "applicant")) {
            Api api = Api.as(port, intruder, intruder);
            for (String[] call : calls) {
                // the founding application is the initiator's own, and experts give their opinion on every one
                if (!intruder.startsWith("soc-") && call[0].contains("foundings")) {
                    continue;
                }
                Api.Response answer = api.get(call[1]);
                boolean refused = answer.status() == 403 || answer.status() == 404;
                boolean leaked = answer.text() != null && answer.text().contains(OWNER_NAME);
                if (!refused || leaked) {
                    leaks.add(intruder + " GET " + call[1] + " -> " + answer.status() + (leaked ? " with the owner's name" : ""));
                }
            }
        }
        assertThat(leaks).isEmpty();
        for (String[] call : calls) {
            // a founding is the initiator's; the steps to send back to are for reviewers only
            if (!call[0].contains("foundings") && !call[0].contains("passed-steps")) {
                assertThat(owner.get(call[1]).status()).as("the owner reads " + call[1]).isLessThan(400);
            }
        }
    }
}
