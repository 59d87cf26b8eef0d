package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Modeler;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad deployments of models, from the app's editor and from Camunda Modeler: generated bad values ({@link BadJson}) in
 * the deployment body's fields, and hostile models: entities reaching for local files or expanding without end, an
 * oversized file, a script, malformed DMN and forms, file names that climb out of the deployment or run too long;
 * and the bodies of a migration, a move and a cancellation of a running instance, and the model pages' forms of the
 * same. Each is refused whole with a 4xx that deploys nothing, or (a name with markup) accepted and shown escaped.
 * Never a 5xx.
 */
@IntegrationTest
class ModelInvalidInputIT {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    Api admin() {
        return Api.as(port, "admin", "admin");
    }

    @Test
    void everyFieldOfADeploymentRefusesOrEscapesBadValues() {
        String key = TestSocieties.uniqueCode("fuzz-");
        BadJson.fuzz(BadJson.tree(Map.of("name", "换届流程调整", "resources", Map.of(key + ".bpmn", TestApplications.model(key)))),
                bad -> admin().post("/api/v1/models/deployments", bad),
                () -> repositoryService.createDeploymentQuery().count(), () -> admin().get("/admin/models").text(), () -> { });
    }

    @Test
    void hostileModelsAreRefusedWholeAndDeployNothing() {
        String key = TestSocieties.uniqueCode("hostile-");
        String valid = TestApplications.model(key);
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        Map<String, Map<String, String>> hostile = new LinkedHashMap<>();
        hostile.put("external entity", Map.of(key + ".bpmn", valid.replace(head, head
                + "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("学会部审核", "&xxe;")));
        hostile.put("entity expansion", Map.of(key + ".bpmn", valid.replace(head, head
                + "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>").replace("学会部审核", "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;")));
        hostile.put("3 MB model", Map.of(key + ".bpmn", valid.replace("<bpmn:startEvent id=\"Start\" name=\"开始\"/>",
                "<bpmn:startEvent id=\"Start\" name=\"开始\"><bpmn:documentation>" + "x".repeat(3 * 1024 * 1024)
                        + "</bpmn:documentation></bpmn:startEvent>")));
        hostile.put("script task", Map.of(key + ".bpmn", valid.replace("<bpmn:endEvent id=\"End\" name=\"结束\"/>",
                "<bpmn:endEvent id=\"End\" name=\"结束\"/><bpmn:scriptTask id=\"Run\" name=\"运行\" scriptFormat=\"javascript\">"
                        + "<bpmn:script>java.lang.Runtime.getRuntime().exec('touch /tmp/owned')</bpmn:script></bpmn:scriptTask>")));
        hostile.put("malformed DMN", Map.of(key + ".dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision"));
        hostile.put("malformed form", Map.of(key + ".form", "{\"id\": \"" + key + "\", \"components\": [ {"));
        hostile.put("path traversal in the file name", Map.of("../../../etc/" + key + ".bpmn", valid));
        hostile.put("a 300-character file name", Map.of("m".repeat(300) + ".bpmn", valid));
        long before = repositoryService.createDeploymentQuery().count();
        hostile.forEach((what, files) -> {
            Api.Response app = admin().post("/api/v1/models/deployments", Map.of("name", key, "resources", files));
            assertThat(app.status()).as(what + ": " + abbreviated(app.text())).isBetween(400, 499);
            assertThat(app.body().has("detail")).as(what).isTrue();
            assertThat(app.text()).as(what).doesNotContain("root:x:0:0");
            Modeler.Response modeler = Modeler.deploy(port, "admin", key, files);
            assertThat(modeler.status()).as(what + " from Camunda Modeler: " + abbreviated(modeler.body())).isBetween(400, 499);
            assertThat(modeler.body()).as(what).doesNotContain("root:x:0:0");
        });
        assertThat(repositoryService.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(before);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

        // the editor names files itself, Camunda Modeler as they are named on disk: markup may deploy, and shows escaped
        Map<String, String> markup = Map.of(BadJson.SCRIPT + ".bpmn", TestApplications.model(key + "-markup"));
        assertThat(admin().post("/api/v1/models/deployments", Map.of("resources", markup)).status()).isEqualTo(400);
        assertThat(Modeler.deploy(port, "admin", key, markup).status()).isLessThan(500);
        assertThat(admin().get("/admin/models").text()).contains(key + "-markup").doesNotContain(BadJson.SCRIPT);
    }

    @Test
    void everyFieldOfAMoveOrACancelOfARunningInstanceRefusesOrEscapesBadValues() {
        String key = TestSocieties.uniqueCode("fuzzop-");
        deployed(key);
        Target<String> instance = runningInstance(key);
        BadJson.fuzz(BadJson.tree(Map.of("activityId", "Approve", "reason", "材料已线下审核，直接送领导审批")),
                bad -> admin().post("/api/v1/models/instances/" + instance.current() + "/move", bad), instance::state,
                () -> admin().get("/admin/models").text(), instance::restore);
        BadJson.fuzz(BadJson.tree(Map.of("reason", "学会撤回申请")),
                bad -> admin().post("/api/v1/models/instances/" + instance.current() + "/cancel", bad), instance::state,
                () -> admin().get("/admin/models").text(), instance::restore);
    }

    /** The same on the model's page, as the admin posts its forms: a refusal is the page's error, the instance as it was. */
    @Test
    void theMoveAndCancelFormsOfTheModelPageRefuseOrEscapeBadValues() {
        String key = TestSocieties.uniqueCode("fuzzpg-");
        String page = "/admin/models/view?type=bpmn&id=" + deployed(key);
        Target<String> instance = runningInstance(key);
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("admin", "admin")).isEqualTo("/");
        for (String operation : List.of("move", "cancel")) {
            Supplier<String> action = () -> "/admin/models/instances/" + instance.current() + "/" + operation;
            Map<String, String> fields = BadForms.fields(browser.get(page).body(), action.get());
            fields.put("reason", "材料已线下审核");
            fields.computeIfPresent("activityId", (name, value) -> "Approve");
            BadForms.fuzz(fields, form -> browser.submit(page, action.get(), form), instance::state,
                    () -> browser.get(page).body(), instance::restore);
        }
    }

    /** A migration runs as a batch: a refused one starts none. */
    @Test
    void everyFieldOfAMigrationRefusesOrEscapesBadValues() {
        String key = TestSocieties.uniqueCode("fuzzmig-");
        String v1 = deployed(key);
        runtimeService.startProcessInstanceByKey(key);
        String v2 = deployed(key);
        BadJson.fuzz(BadJson.tree(Map.of("sourceId", v1, "targetId", v2)), bad -> {
            Api.Response answer = admin().post("/api/v1/models/migrations", bad);
            assertThat(answer.status()).as(bad.toString()).isNotEqualTo(202);
            return answer;
        }, () -> historyService.createHistoricBatchQuery().count(), () -> "", () -> { });
    }

    /** The same from the migration page's form, as the admin posts it: a refused one starts none. */
    @Test
    void theMigrateFormOfTheModelPageRefusesBadValuesWithoutStartingOne() {
        String key = TestSocieties.uniqueCode("fuzzmpg-");
        String v1 = deployed(key);
        runtimeService.startProcessInstanceByKey(key);
        String v2 = deployed(key);
        String page = "/admin/models/migrate?sourceId=" + v1 + "&targetId=" + v2;
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("admin", "admin")).isEqualTo("/");
        BadForms.fuzz(BadForms.fields(browser.get(page).body(), "/admin/models/migrate"), form -> {
            HttpResponse<String> answer = browser.submit(page, "/admin/models/migrate", form);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(form).doesNotContain("/migrations/");
            return answer;
        }, () -> historyService.createHistoricBatchQuery().count(), () -> browser.get(page).body(), () -> { });
    }

    /** An instance of the deployed process, its state where it stands; a fresh one once a move or cancel went through. */
    private Target<String> runningInstance(String key) {
        return new Target<>(() -> runtimeService.startProcessInstanceByKey(key).getId(),
                id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 0 ? "ended"
                        : runtimeService.getActiveActivityIds(id));
    }

    private String deployed(String key) {
        return admin().post("/api/v1/models/deployments", Map.of("resources", Map.of(key + ".bpmn",
                TestApplications.model(key)))).body().at("/processDefinitionIds/0").asText();
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
