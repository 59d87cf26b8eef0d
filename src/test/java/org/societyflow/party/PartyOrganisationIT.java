package org.societyflow.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.GroupSetup;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** 党组织情况报告 over the JSON API and the engine REST API as each role: the party committee's review, the register
 * and the society's change log at the end, the first report a newly registered society owes, who reads what. */
@IntegrationTest
class PartyOrganisationIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    SocietyService societies;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    GroupSetup groupSetup;
    @Autowired
    TransactionTemplate transactions;

    Task await(String applicationNo, String definitionKey) {
        return Await.until(definitionKey + " of " + applicationNo, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(applicationNo).taskDefinitionKey(definitionKey).singleResult());
    }

    @Test
    void aNewPartyOrganisationIsReviewedByThePartyCommitteeAndEntersTheRegister() {
        Society registered = testSocieties.registerActive("pty", new Officer(OfficerRole.PRESIDENT, "王党建",
                LocalDate.of(1970, 1, 1), true, false, 1), PartyOrganisation.NONE);
        String account = "soc-" + registered.getCode();
        Api society = Api.as(port, account, account);
        Api party = Api.as(port, "party", "party");

        JsonNode started = society.post("/api/v1/party-changes", null).body();
        long id = started.get("id").asLong();
        String no = started.get("applicationNo").asText();
        assertThat(no).startsWith("DJ-" + LocalDate.now().getYear() + "-");
        assertThat(started.get("reportDue").asText()).isEqualTo(LocalDate.now().plusDays(30).toString());
        String path = "/api/v1/party-changes/" + id;
        assertThat(society.post("/api/v1/party-changes", null).status()).as("one open report at a time").isEqualTo(409);

        Api.Response empty = society.post(path + "/report/submit", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().at("/errors").has("changeKind")).isTrue();
        assertThat(empty.body().at("/errors").has("description")).isTrue();

        society.put(path + "/report", PartyFixtures.report("ESTABLISHED", "STANDALONE", LocalDate.now().plusDays(3),
                null, 2, "成立党支部"));
        Api.Response wrong = society.post(path + "/report/submit", null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().at("/errors/setUpOn").asText()).contains("晚于今天");
        assertThat(wrong.body().at("/errors/secretary").asText()).isNotBlank();
        assertThat(wrong.body().at("/errors/partyMembers").asText()).contains("不足");

        society.put(path + "/report", PartyFixtures.report("DISSOLVED", "STANDALONE", LocalDate.now(), "林书记", 5, "撤销"));
        Api.Response dissolving = society.post(path + "/report/submit", null);
        assertThat(dissolving.body().at("/errors/organisationForm").asText()).contains("未建立");
        assertThat(dissolving.body().at("/errors/changeKind").asText()).contains("没有可撤销");

        assertThat(society.put(path + "/report", PartyFixtures.established()).status()).isEqualTo(200);
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").get(path).status()).as("another society").isEqualTo(404);
        assertThat(Api.as(port, "soc-whcs", "soc-whcs").put(path + "/report", PartyFixtures.established()).status())
                .isEqualTo(404);
        assertThat(society.post(path + "/report/submit", null).status()).isEqualTo(200);
        assertThat(society.put(path + "/report", PartyFixtures.established()).status()).as("submitted").isEqualTo(409);

        Task review = await(no, "PartyCommitteeReview");
        assertThat((String) taskService.getVariable(review.getId(), "reportSummary"))
                .contains("新建党组织", "单独建立", "林书记", "5");
        assertThat(Api.as(port, "affairs", "affairs").completeTask(review.getId(),
                Map.of("decision", "approve", "opinion", "同意")).status()).as("学会部 is not the reviewer")
                .isNotEqualTo(204);
        assertThat(party.completeTask(review.getId(), Map.of("decision", "approve", "opinion", "同意登记",
                "instructor", "陈红梅")).status()).isEqualTo(204);

        JsonNode done = society.get(path).body();
        assertThat(done.get("status").asText()).isEqualTo("APPROVED");
        assertThat(done.at("/progress/ended").asBoolean()).isTrue();
        JsonNode line = society.get("/api/v1/party-organisations/" + registered.getCode()).body();
        assertThat(line.get("organisationForm").asText()).isEqualTo("STANDALONE");
        assertThat(line.get("secretary").asText()).isEqualTo("林书记");
        assertThat(line.get("partyMembers").asInt()).isEqualTo(5);
        assertThat(line.get("instructor").asText()).isEqualTo("陈红梅");
        assertThat(line.get("applicationNo").asText()).isEqualTo(no);
        assertThat(societies.get(registered.getId()).getPartyOrganisation()).isEqualTo(PartyOrganisation.STANDALONE);
        assertThat(societies.changeLog(registered.getId())).anySatisfy(entry -> {
            assertThat(entry.getField()).isEqualTo("party_organisation");
            assertThat(entry.getOldValue()).isEqualTo("（未登记）");
            assertThat(entry.getNewValue()).contains("单独建立", "林书记");
            assertThat(entry.getApplicationNo()).isEqualTo(no);
            assertThat(entry.getChangedBy()).isEqualTo("party");
        });
        assertThat(society.get("/party-organisations").text()).contains("林书记", "陈红梅", no);
    }

    @Test
    void aReturnedReportIsCorrectedAndARefusedOneChangesNothing() {
        Society registered = testSocieties.registerActive("ptr");
        String account = "soc-" + registered.getCode();
        Api society = Api.as(port, account, account);
        Api party = Api.as(port, "party", "party");
        long id = society.post("/api/v1/party-changes", null).body().get("id").asLong();
        String path = "/api/v1/party-changes/" + id;
        String no = society.get(path).body().get("applicationNo").asText();
        society.put(path + "/report", PartyFixtures.report("SECRETARY", "STANDALONE", LocalDate.now().minusYears(2),
                "吴新", 6, "原书记退休，支部大会选举吴新同志为书记"));
        society.post(path + "/report/submit", null);

        party.completeTask(await(no, "PartyCommitteeReview").getId(), Map.of("decision", "return", "opinion", "请上传选举结果批复"));
        assertThat(society.get(path).body().get("status").asText()).isEqualTo("RETURNED");
        await(no, "SubmitReport");
        assertThat(society.post(path + "/report/submit", null).status()).isEqualTo(200);
        party.completeTask(await(no, "PartyCommitteeReview").getId(), Map.of("decision", "reject", "opinion", "未经上级党组织批复"));

        assertThat(society.get(path).body().get("status").asText()).isEqualTo("REJECTED");
        assertThat(society.get("/api/v1/party-organisations/" + registered.getCode()).body().get("secretary").isNull())
                .as("the register did not change").isTrue();
        assertThat(societies.changeLog(registered.getId())).noneMatch(e -> e.getField().equals("party_organisation"));
        assertThat(society.get("/party-changes/" + id).text()).contains("不予登记", "吴新");
    }

    @Test
    void aNewlyRegisteredSocietyOwesItsFirstReportWithinThreeMonths() {
        String code = TestSocieties.uniqueCode("ptn");
        Society preparing = societies.register(new Society(code, "武汉市测试筹备学会" + code, Discipline.SCIENCE,
                SupervisionMode.SUPERVISED, SocietyStatus.PREPARING, PartyOrganisation.NONE), "测试", "test");
        groupSetup.ensureSocietyGroup(code, preparing.getName());
        transactions.executeWithoutResult(status -> societies.completeRegistration(preparing.getId(),
                "51420100MA4K" + String.format("%06d", preparing.getId() % 1_000_000), LocalDate.now(),
                LocalDate.now().plusYears(5), java.util.List.of(new Officer(OfficerRole.PRESIDENT, "首任理事长",
                        LocalDate.of(1975, 5, 5), true, false, 1)), "民政局准予登记", "affairs"));

        Task report = Await.until("the first report of " + code, () -> taskService.createTaskQuery()
                .processDefinitionKey("party-organisation-change").taskCandidateGroup("society-" + code).singleResult());
        LocalDate due = report.getDueDate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        assertThat(due).as("three months after registration").isEqualTo(LocalDate.now().plusMonths(3));
        assertThat(taskService.getVariable(report.getId(), "changeKind")).isEqualTo("INITIAL");
    }

    @Test
    void theRegisterIsReadByStaffAndEachSocietyItsOwnLine() {
        JsonNode all = Api.as(port, "party", "party").get("/api/v1/party-organisations").body();
        assertThat(all.findValuesAsText("societyCode")).contains("whcs", "whnss");
        for (JsonNode line : all) {
            if (line.get("societyCode").asText().equals("whnss")) {
                assertThat(line.get("organisationForm").asText()).as("the demo society without").isEqualTo("NONE");
                assertThat(line.get("workGroup").asBoolean()).isTrue();
            }
        }
        JsonNode own = Api.as(port, "soc-whnss", "soc-whnss").get("/api/v1/party-organisations").body();
        assertThat(own.findValuesAsText("societyCode")).containsExactly("whnss");
        assertThat(Api.as(port, "soc-whnss", "soc-whnss").get("/api/v1/party-organisations/whcs").status()).isEqualTo(404);
        assertThat(Api.as(port, "expert1", "expert1").get("/api/v1/party-organisations").body()).isEmpty();
        assertThat(Api.as(port, "affairs", "affairs").post("/api/v1/party-changes", null).status()).isEqualTo(409);
        assertThat(Api.anonymous(port).get("/api/v1/party-organisations").status()).isEqualTo(401);
        assertThat(Api.as(port, "leader", "leader").get("/party-organisations").text())
                .contains("组织覆盖", "武汉市网络空间安全学会", "陈红梅");
    }
}
