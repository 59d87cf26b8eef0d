package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.change.ChangeFixtures;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.ExitCases;
import org.societyflow.support.Files;
import org.societyflow.support.Initiators;
import org.societyflow.support.TestSocieties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records the authorization matrix calls: one of each kind a society owns, all of one society of the matrix's own
 * (a 变更 under 学会部's review with an attachment, a 换届, a grant draft, a 年检, a 软弱涣散 case, a 海智 assessment),
 * a founding application of an initiator of its own, and the staff's records around them (campaign, call, expert,
 * proposal, a copy to party). Path variables of a mapped endpoint are filled from them.
 */
final class MatrixRecords {

    final Society owner;
    final String ownerAccount;
    final String otherAccount;
    final String initiator;
    final Map<String, String> ids = new LinkedHashMap<>();
    final ProcessInstance changeInstance;
    final Task review;

    MatrixRecords(int port, TestSocieties testSocieties, IdentityService identityService, RuntimeService runtimeService,
                  TaskService taskService, JdbcTemplate jdbc) {
        // registered before every campaign year of the suite, so the campaign gives it a 年检; no 秘书长 and no party
        // organisation, so the scan proposes it as 软弱涣散
        owner = testSocieties.registerActive("azo", new Officer(OfficerRole.PRESIDENT, "王矩阵", LocalDate.of(1965, 1, 1),
                true, false, 1), PartyOrganisation.NONE, LocalDate.of(1995, 5, 5));
        ownerAccount = "soc-" + owner.getCode();
        otherAccount = "soc-" + testSocieties.registerActive("azx").getCode();
        Api own = Api.as(port, ownerAccount, ownerAccount);
        Api affairs = Api.as(port, "affairs", "affairs");
        ids.put("societies", Long.toString(owner.getId()));
        // a line of the owner's 处罚与案件记录 (of a kind the 年检 grade does not read), for the reads
        ids.put("penalties", created(affairs.post("/api/v1/societies/" + owner.getId() + "/penalties", Map.of("kind", "OTHER",
                "occurredOn", "2001-03-04", "source", "矩阵来源", "note", "矩阵记录"))));
        // an attempt of 学会部 to reach the owner, for the staff's reads of the 联系记录
        ids.put("contact-attempts", created(affairs.post("/api/v1/societies/" + owner.getId() + "/contact-attempts",
                Map.of("attemptedOn", "2001-03-05", "channel", "PHONE", "outcome", "FAILED", "note", "矩阵联系"))));

        String change = created(own.post("/api/v1/changes", null));
        ids.put("changes", change);
        ids.put("attachments", created(own.upload("/api/v1/changes/" + change + "/attachments", "kind", "RESOLUTION",
                "决议.pdf", Files.pdf())));
        own.put("/api/v1/changes/" + change + "/request", ChangeFixtures.addressChange());
        assertThat(own.post("/api/v1/changes/" + change + "/request/submit", null).status()).as("the change submitted")
                .isEqualTo(200);
        ids.put("businessKey", own.get("/api/v1/changes/" + change).body().get("applicationNo").asText());
        changeInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ids.get("businessKey"))
                .singleResult();
        review = Await.until("学会部's review of the change", () -> taskService.createTaskQuery()
                .processInstanceId(changeInstance.getId()).taskCandidateGroup("society-affairs").singleResult());

        ids.put("party-changes", created(own.post("/api/v1/party-changes", null)));
        ids.put("party-exemplars", created(Api.as(port, "party", "party").post("/api/v1/party-exemplars", Map.of(
                "year", LocalDate.now().getYear(), "title", "矩阵党建典型评选", "callText", "矩阵",
                "closesOn", LocalDate.now().toString(), "quota", 3, "noticeWorkingDays", 5))));
        ids.put("party-nominations", created(own.post("/api/v1/party-exemplars/" + ids.get("party-exemplars")
                + "/nominations", Map.of("kind", "ORGANISATION", "title", "矩阵党支部", "achievements", "矩阵"))));
        ids.put("activities", created(own.post("/api/v1/activities", null)));
        ids.put("societyCode", owner.getCode());
        ids.put("reelections", created(own.post("/api/v1/reelections", null)));
        JsonNode open = first(affairs.get("/api/v1/programmes").body(), "status", "OPEN");
        ids.put("programmes", open.get("id").asText());
        ids.put("grants", created(own.post("/api/v1/grants?programmeId=" + ids.get("programmes"), null)));

        int year = Campaigns.freshYear();
        ids.put("year", Integer.toString(year));
        ids.put("campaigns", created(affairs.post("/api/v1/campaigns", Map.of("year", year))));
        ids.put("inspections", Await.until("the owner's 年检", () -> {
            JsonNode mine = own.get("/api/v1/inspections").body();
            return mine.isEmpty() ? null : mine.get(0).get("id").asText();
        }));

        JsonNode proposal = first(affairs.post("/api/v1/exit-proposals/scan", null).body(), "societyId",
                Long.toString(owner.getId()));
        ids.put("exit-proposals", proposal.get("id").asText());
        Api.Response opened = affairs.post("/api/v1/exit-proposals/" + proposal.get("id").asText() + "/confirm", null);
        assertThat(opened.status()).as("the owner's 软弱涣散 case opened").isEqualTo(200);
        assertThat(ExitCases.confirmIdentification(Api.as(port, "leader", "leader"), opened.body().get("caseNo").asText(),
                "approve").status()).as("and confirmed by the 党组会").isEqualTo(204);
        ids.put("exit-cases", own.get("/api/v1/exit-cases").body().get(0).get("id").asText());

        // the first year of the owner's station alone, so no other station is assessed
        affairs.post("/api/v1/stations", Map.of("name", "矩阵海智站" + owner.getCode(), "kind", "WORKSTATION",
                "societyCode", owner.getCode(), "establishedYear", 2001));
        affairs.post("/api/v1/stations/assessments?year=2001", null);
        ids.put("station-assessments", own.get("/api/v1/stations").body().get(0).at("/assessments/0/id").asText());

        Api initiatorApi = Initiators.fresh(identityService, port);
        initiator = initiatorApi.user();
        ids.put("foundings", created(initiatorApi.post("/api/v1/foundings", null)));

        // the API's expert form carries no id
        ids.put("experts", jdbc.queryForObject("SELECT MIN(id) FROM expert", Long.class).toString());
        affairs.post("/api/v1/approvals/" + ids.get("businessKey") + "/copies", Map.of("users", List.of("party"),
                "note", "请阅"));
        ids.put("copies", first(Api.as(port, "party", "party").get("/api/v1/copies").body(), "businessKey",
                ids.get("businessKey")).get("id").asText());
        ids.put("taskId", review.getId());
        ids.put("activityId", review.getTaskDefinitionKey());
        ids.put("instances", changeInstance.getId());
        ids.put("definitionId", changeInstance.getProcessDefinitionId());
        ids.put("processKey", "society-change");
        ids.put("type", "bpmn");
        // no migration ran: the matrix asks for a batch that does not exist (AuthorizationMatrixIT.NO_RECORD)
        ids.put("batchId", "none");
        // unlocking an account that is not locked changes nothing but resets its (zero) failed logins
        ids.put("userId", "soc-" + owner.getCode());
        ids.values().forEach(id -> assertThat(id).as("the matrix's records " + ids).isNotBlank());
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        return response.body().get("id").asText();
    }

    private static JsonNode first(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + list);
    }

    /** What gives the owner's data away in an answer: its name, its code (also in its account), its change's number. */
    List<String> traces() {
        return List.of(owner.getName(), owner.getCode(), ids.get("businessKey"));
    }

    /** The template with each {@code {kind}} replaced by the matrix's record of that kind. */
    String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    /** A path variable's record: the collection before it ({@code /changes/{id}}), or its name. */
    private static final Pattern VARIABLE = Pattern.compile("(?:/([a-z-]+))?/\\{([A-Za-z]+)}");

    /** The path of the endpoint with the matrix's records, or null when a variable has none. */
    String path(String pattern) {
        String path = pattern.replace("{collection}", "changes").replace("{attachmentId}", ids.get("attachments"))
                .replace("/admin/models/instances/{instanceId}", "/admin/models/instances/" + ids.get("instances"));
        Matcher variable = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            String collection = variable.group(1);
            String name = variable.group(2);
            String id = "id".equals(name) && collection != null ? ids.get("assessments".equals(collection)
                    ? "station-assessments" : collection) : ids.get("societyId".equals(name) ? "societies" : name);
            if (id == null) {
                return null;
            }
            variable.appendReplacement(filled, Matcher.quoteReplacement((collection == null ? "" : "/" + collection) + "/" + id));
        }
        variable.appendTail(filled);
        return filled.toString();
    }
}
