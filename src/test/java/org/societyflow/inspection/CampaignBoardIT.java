package org.societyflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.Reports;
import org.societyflow.workflow.ProcessProgressService;
import org.societyflow.workflow.ReviewOpinion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 年检 campaign board over the JSON API: one row per society of the campaign with its status and step, reminders
 * that reach the societies and the cases' timelines, bulk approval of clean reports only, and the progress of the
 * campaign's opening. The demo societies whcs, whma, whas and whps take part in every campaign of a past year; each test
 * opens a year of its own and puts them in known states.
 */
@IntegrationTest
class CampaignBoardIT {

    @LocalServerPort
    int port;

    @Autowired
    InspectionCampaignService campaigns;

    @Autowired
    ProcessProgressService progress;

    Api affairs;
    int year;
    long campaignId;

    @BeforeEach
    void openCampaign() {
        affairs = Api.as(port, "affairs", "affairs");
        year = Campaigns.freshYear();
        Api.Response started = affairs.post("/api/v1/campaigns", Map.of("year", year));
        assertThat(started.status()).isEqualTo(201);
        campaignId = started.body().get("id").asLong();
    }

    Api society(String code) {
        return Api.as(port, "soc-" + code, "soc-" + code);
    }

    /** The society's inspection of this test's year, once the campaign's job has created it. */
    JsonNode inspection(String code) {
        return Await.until(code + "'s inspection of " + year, () -> {
            for (JsonNode inspection : society(code).get("/api/v1/inspections").body()) {
                if (inspection.get("year").asInt() == year) {
                    return inspection;
                }
            }
            return null;
        });
    }

    JsonNode submit(String code, Map<String, Object> report) {
        long id = inspection(code).get("id").asLong();
        assertThat(society(code).put("/api/v1/inspections/" + id + "/report", report).status()).isEqualTo(200);
        Files.attachRequired(society(code), id);
        Api.Response submitted = society(code).post("/api/v1/inspections/" + id + "/report/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return submitted.body();
    }

    /** whcs clean and submitted, whma submitted with a finding (基本合格), whas a draft, whps nothing. */
    void fourSocietiesInKnownStates() {
        assertThat(submit("whcs", Reports.complete()).get("proposedGrade").asText()).isEqualTo("PASS");
        Map<String, Object> qualified = Reports.complete();
        qualified.put("auditOpinion", "QUALIFIED");
        assertThat(submit("whma", qualified).get("proposedGrade").asText()).isEqualTo("BASIC_PASS");
        long whas = inspection("whas").get("id").asLong();
        assertThat(society("whas").put("/api/v1/inspections/" + whas + "/report", Map.of("membersIndividual", 300))
                .status()).isEqualTo(200);
        inspection("whps");
    }

    JsonNode board(String query) {
        Api.Response board = affairs.get("/api/v1/campaigns/" + campaignId + "/board" + query);
        assertThat(board.status()).isEqualTo(200);
        return board.body();
    }

    JsonNode row(JsonNode board, String code) {
        long societyId = inspection(code).get("societyId").asLong();
        for (JsonNode row : board.get("rows")) {
            if (row.get("societyId").asLong() == societyId) {
                return row;
            }
        }
        throw new AssertionError(code + " is not on the board");
    }

    String key(String code) {
        return row(board(""), code).get("key").asText();
    }

    JsonNode outcome(JsonNode result, String code) {
        String key = key(code);
        for (JsonNode outcome : result.get("outcomes")) {
            if (outcome.get("key").asText().equals(key)) {
                return outcome;
            }
        }
        throw new AssertionError(code + " is not in the result");
    }

    @Test
    void theOpeningIsFollowedUntilEveryInspectionIsCreated() {
        JsonNode done = Await.until("every inspection created", () -> {
            JsonNode progress = affairs.get("/api/v1/campaigns/" + campaignId + "/progress").body();
            return progress.get("ended").asBoolean() ? progress : null;
        });
        int eligible = campaigns.eligibleSocietyIds(campaignId).size();
        assertThat(eligible).isGreaterThanOrEqualTo(4);
        assertThat(done.get("total").asInt()).isEqualTo(eligible);
        assertThat(done.get("done").asInt()).isEqualTo(eligible);
        assertThat(done.get("failed").asInt()).isZero();
        assertThat(society("whcs").get("/api/v1/campaigns/" + campaignId + "/progress").status()).isEqualTo(403);
    }

    @Test
    void everySocietyOfTheCampaignHasARowWithItsStatusStepAndDeadline() {
        fourSocietiesInKnownStates();
        JsonNode board = board("");

        Set<Long> onBoard = new HashSet<>();
        board.get("rows").forEach(row -> onBoard.add(row.get("societyId").asLong()));
        assertThat(onBoard).containsExactlyInAnyOrderElementsOf(campaigns.eligibleSocietyIds(campaignId));

        JsonNode whcs = row(board, "whcs");
        assertThat(whcs.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(whcs.get("label").asText()).isEqualTo("已提交待审");
        assertThat(whcs.get("step").asText()).isEqualTo("学会部审核年检报告");
        assertThat(whcs.get("due").isNull()).isFalse();
        assertThat(whcs.get("overdue").asBoolean()).isFalse();
        assertThat(whcs.get("link").asText()).isEqualTo("/inspections/" + inspection("whcs").get("id").asLong());
        assertThat(row(board, "whma").get("status").asText()).isEqualTo("SUBMITTED");
        JsonNode whas = row(board, "whas");
        assertThat(whas.get("status").asText()).isEqualTo("DRAFT");
        assertThat(whas.get("label").asText()).isEqualTo("草稿");
        assertThat(whas.get("step").asText()).isEqualTo("填报年度工作报告");
        JsonNode whps = row(board, "whps");
        assertThat(whps.get("status").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(whps.get("label").asText()).isEqualTo("未提交");
        assertThat(whps.get("detail").asText()).isEqualTo("待填报");

        for (String status : List.of("NOT_SUBMITTED", "DRAFT", "SUBMITTED", "PASSED")) {
            long rows = 0;
            for (JsonNode row : board.get("rows")) {
                rows += row.get("status").asText().equals(status) ? 1 : 0;
            }
            assertThat(board.at("/counts/" + status).asLong()).as(status).isEqualTo(rows);
        }
        JsonNode drafts = board("?status=DRAFT");
        assertThat(drafts.get("rows").findValuesAsText("status")).containsOnly("DRAFT");
        assertThat(drafts.get("rows").size()).isEqualTo(board.at("/counts/DRAFT").asInt());
        assertThat(row(drafts, "whas").get("key").asText()).isEqualTo(whas.get("key").asText());
    }

    @Test
    void aReminderReachesEachSelectedSocietyAndIsRecordedInItsCase() {
        fourSocietiesInKnownStates();
        society("whas").post("/api/v1/notifications/read", null);
        society("whps").post("/api/v1/notifications/read", null);

        Api.Response reminded = affairs.post("/api/v1/campaigns/" + campaignId + "/board/reminders",
                Map.of("rows", List.of(key("whas"), key("whps"), key("whcs"))));
        assertThat(reminded.status()).as(reminded.text()).isEqualTo(200);
        assertThat(reminded.body().get("done").asInt()).isEqualTo(2);
        assertThat(outcome(reminded.body(), "whas").get("result").asText()).isEqualTo("DONE");
        assertThat(outcome(reminded.body(), "whps").get("result").asText()).isEqualTo("DONE");
        JsonNode submitted = outcome(reminded.body(), "whcs");
        assertThat(submitted.get("result").asText()).isEqualTo("SKIPPED");
        assertThat(submitted.at("/reasons/0").asText()).isEqualTo("当前不在学会办理环节，无需提醒");

        for (String code : List.of("whas", "whps")) {
            String applicationNo = inspection(code).get("applicationNo").asText();
            JsonNode notifications = society(code).get("/api/v1/notifications").body();
            assertThat(notifications.get("notifications").findValuesAsText("title"))
                    .contains("催办：填报年度工作报告（" + applicationNo + "）");
            assertThat(progress.opinionsOf(applicationNo)).filteredOn(o -> o.getDecision().equals("urge"))
                    .extracting(ReviewOpinion::getUserId).containsExactly("affairs");
        }
        assertThat(progress.opinionsOf(inspection("whcs").get("applicationNo").asText()))
                .noneMatch(o -> o.getDecision().equals("urge"));
    }

    @Test
    void bulkApprovalApprovesOnlyCleanReportsEachWithItsOpinion() {
        fourSocietiesInKnownStates();
        String path = "/api/v1/campaigns/" + campaignId + "/board/approvals";

        Api.Response approved = affairs.post(path, Map.of("rows", List.of(key("whcs"), key("whma"), key("whps"))));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.body().get("done").asInt()).isEqualTo(1);
        assertThat(approved.body().get("skipped").asInt()).isEqualTo(2);
        assertThat(outcome(approved.body(), "whcs").get("result").asText()).isEqualTo("DONE");
        JsonNode finding = outcome(approved.body(), "whma");
        assertThat(finding.get("result").asText()).isEqualTo("SKIPPED");
        assertThat(finding.at("/reasons/0").asText()).contains("系统评级建议不是合格");
        assertThat(outcome(approved.body(), "whps").at("/reasons/0").asText()).isEqualTo("不在学会部审核环节");

        JsonNode whcs = society("whcs").get("/api/v1/inspections/" + inspection("whcs").get("id").asLong()).body();
        assertThat(whcs.get("status").asText()).isEqualTo("GRADED");
        assertThat(whcs.get("grade").asText()).isEqualTo("PASS");
        assertThat(whcs.at("/progress/opinions").size()).isEqualTo(1);
        assertThat(whcs.at("/progress/opinions/0/decision").asText()).isEqualTo("approve");
        assertThat(whcs.at("/progress/opinions/0/userId").asText()).isEqualTo("affairs");
        assertThat(whcs.at("/progress/opinions/0/opinion").asText()).startsWith("批量审核");
        JsonNode whma = society("whma").get("/api/v1/inspections/" + inspection("whma").get("id").asLong()).body();
        assertThat(whma.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(whma.at("/progress/opinions").size()).isZero();
        assertThat(row(board(""), "whcs").get("status").asText()).isEqualTo("PASSED");

        Api.Response again = affairs.post(path, Map.of("rows", List.of(key("whcs")), "opinion", "同意"));
        assertThat(outcome(again.body(), "whcs").get("result").asText()).isEqualTo("SKIPPED");
    }

    @Test
    void societiesMayNotSeeOrUseTheBoardAndBadSelectionsAreRefused() {
        String board = "/api/v1/campaigns/" + campaignId + "/board";
        Api whcs = society("whcs");
        assertThat(whcs.get(board).status()).isEqualTo(403);
        assertThat(whcs.post(board + "/reminders", Map.of("statuses", List.of("DRAFT"))).status()).isEqualTo(403);
        assertThat(whcs.post(board + "/approvals", Map.of("statuses", List.of("SUBMITTED"))).status()).isEqualTo(403);
        Api leader = Api.as(port, "leader", "leader");
        assertThat(leader.get(board).status()).isEqualTo(200);
        assertThat(leader.post(board + "/reminders", Map.of("statuses", List.of("DRAFT"))).status()).isEqualTo(403);

        Api.Response nothing = affairs.post(board + "/reminders", Map.of());
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.contentType()).contains("application/problem+json");
        assertThat(nothing.body().at("/errors/rows").asText()).isNotBlank();
        assertThat(affairs.post(board + "/approvals", Map.of("rows", List.of("a-1"))).status()).isEqualTo(400);
        assertThat(affairs.post(board + "/approvals", Map.of("statuses", List.of("NO_SUCH_STATUS"))).status())
                .isEqualTo(400);
        Api.Response tooLong = affairs.post(board + "/approvals",
                Map.of("statuses", List.of("SUBMITTED"), "opinion", "长".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().at("/errors/opinion").asText()).isNotBlank();
        assertThat(affairs.get("/api/v1/campaigns/999999/board").status()).isEqualTo(404);
    }

    @Test
    void theCampaignPageShowsTheBoardAndItsBulkActionsListTheResultPerCase() {
        fourSocietiesInKnownStates();
        String page = "/campaigns/" + campaignId;
        PortalLogin portal = new PortalLogin(port);
        portal.logIn("affairs", "affairs");

        String html = portal.get(page + "?status=DRAFT").body();
        assertThat(html).contains("id=\"board-rows\"").contains("id=\"row-" + key("whas") + "\"")
                .doesNotContain("id=\"row-" + key("whcs") + "\"").contains("name=\"rows\"");
        assertThat(html).contains("草稿 " + board("").at("/counts/DRAFT").asLong());

        String result = portal.submit(page, page + "/board/approvals", "rows=" + key("whcs") + "&rows=" + key("whma")).body();
        assertThat(result).contains("完成 1 项，跳过 1 项，失败 0 项").contains("系统评级建议不是合格");
        assertThat(portal.submit(page, page + "/board/reminders", "").headers().firstValue("Location").orElse(""))
                .endsWith(page + "#board");
        assertThat(portal.get(page).body()).contains("请勾选学会");

        PortalLogin whcs = new PortalLogin(port);
        whcs.logIn("soc-whcs", "soc-whcs");
        assertThat(whcs.get(page).statusCode()).isEqualTo(403);
        assertThat(whcs.submit("/", page + "/board/reminders", "statuses=DRAFT").statusCode()).isEqualTo(403);
    }
}
