package org.societyflow.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.Campaigns;
import org.societyflow.support.ExitCases;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.Reports;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the verified ledger feeds elsewhere: the 年检 report of the inspected year starts from its counts, the society's
 * page and the reviewer's form show the reported figures beside the ledger's with the difference; the 软弱涣散 scan's
 * "no activity" reads the months since the latest verified activity.
 */
@IntegrationTest
class ActivityLedgerIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    ActivityService activities;

    void verified(Society society, ActivityForm.ActivityType type, LocalDate day) {
        ActivityForm form = new ActivityForm();
        form.setActivityType(type);
        form.setTitle(type + " " + day);
        form.setStartsOn(day);
        form.setEndsOn(day);
        form.setVenue("武汉");
        form.setOrganisers(society.getName());
        form.setParticipants(40);
        form.setBrand(ActivityForm.ActivityBrand.NONE);
        form.setSummary("台账");
        activities.enterVerified(society.getId(), form, "test");
    }

    @Test
    void theInspectionReportStartsFromTheVerifiedLedgerAndTheReviewerSeesTheDifference() {
        // registered long before any year the suite's campaigns inspect (Campaigns.freshYear counts down)
        Society registered = testSocieties.registerActive("hdn", new Officer(OfficerRole.PRESIDENT, "钱台账",
                LocalDate.of(1968, 2, 2), true, false, 1), PartyOrganisation.STANDALONE, LocalDate.of(1995, 5, 5));
        int year = Campaigns.freshYear();
        verified(registered, ActivityForm.ActivityType.ACADEMIC_CONFERENCE, LocalDate.of(year, 3, 8));
        verified(registered, ActivityForm.ActivityType.YOUNG_SCIENTIST_FORUM, LocalDate.of(year, 6, 1));
        verified(registered, ActivityForm.ActivityType.POPULAR_SCIENCE, LocalDate.of(year, 9, 16));
        verified(registered, ActivityForm.ActivityType.TRAINING, LocalDate.of(year, 11, 2));
        verified(registered, ActivityForm.ActivityType.VOLUNTEER_SERVICE, LocalDate.of(year, 12, 5));
        verified(registered, ActivityForm.ActivityType.OTHER, LocalDate.of(year, 4, 4));
        verified(registered, ActivityForm.ActivityType.PARTY_BUILDING, LocalDate.of(year + 1, 1, 3));

        Api affairs = Api.as(port, "affairs", "affairs");
        String account = "soc-" + registered.getCode();
        Api society = Api.as(port, account, account);
        assertThat(affairs.post("/api/v1/campaigns", Map.of("year", year)).status()).isEqualTo(201);
        long id = Campaigns.inspectionOf(society, year);
        String report = "/api/v1/inspections/" + id + "/report";

        JsonNode prefilled = society.get(report).body();
        assertThat(prefilled.get("academicActivities").asInt()).isEqualTo(2);
        assertThat(prefilled.get("popularScienceActivities").asInt()).isEqualTo(1);
        assertThat(prefilled.get("serviceActivities").asInt()).as("training and volunteering").isEqualTo(2);
        assertThat(prefilled.get("partyActivities").asInt()).as("none of the year").isZero();
        assertThat(prefilled.get("membersIndividual").isNull()).isTrue();

        Map<String, Object> typed = Reports.complete();
        typed.put("academicActivities", 5);
        typed.put("popularScienceActivities", 1);
        assertThat(society.put(report, typed).status()).isEqualTo(200);
        PortalLogin browser = new PortalLogin(port);
        browser.logIn(account, account);
        String page = browser.get("/inspections/" + id).body();
        assertThat(page).contains("id=\"activity-ledger\"", "id=\"ledger-academicActivities\"", "+3");
        Files.attachRequired(society, id);
        assertThat(society.post(report + "/submit", null).status()).isEqualTo(200);

        Task review = Await.task(taskService, society.get("/api/v1/inspections/" + id).body().get("applicationNo")
                .asText(), "ReviewReport");
        Map<String, Object> variables = taskService.getVariables(review.getId());
        assertThat(variables).containsEntry("academicActivities", 5).containsEntry("ledgerAcademicActivities", 2)
                .containsEntry("popularScienceActivities", 1).containsEntry("ledgerPopularScienceActivities", 1)
                .containsEntry("serviceActivities", 3).containsEntry("ledgerServiceActivities", 2)
                .containsEntry("partyActivities", 3).containsEntry("ledgerPartyActivities", 0);
        assertThat((String) variables.get("activityDifferences"))
                .contains("学术交流活动（场）：填报 5，台账 2，相差 +3", "相差 +1", "相差 +3")
                .doesNotContain("科普活动（场）");
    }

    @Test
    void theScanFindsNoActivityByTheMonthsSinceTheLatestVerifiedActivity() {
        Society never = testSocieties.registerWeak("hdx", LocalDate.of(2000, 1, 1));
        Society lately = testSocieties.registerWeak("hdy", LocalDate.of(2000, 1, 1));
        Society longAgo = testSocieties.registerWeak("hdz", LocalDate.of(2000, 1, 1));
        verified(lately, ActivityForm.ActivityType.ACADEMIC_SALON, LocalDate.now().minusMonths(2));
        verified(longAgo, ActivityForm.ActivityType.ACADEMIC_SALON, LocalDate.now().minusMonths(14));

        JsonNode proposals = Api.as(port, "affairs", "affairs").post("/api/v1/exit-proposals/scan", null).body();
        assertThat(ExitCases.proposalOf(never, proposals).get("fingerprint").asText()).contains("NO_ACTIVITY");
        assertThat(ExitCases.proposalOf(longAgo, proposals).get("fingerprint").asText()).contains("NO_ACTIVITY");
        assertThat(ExitCases.proposalOf(lately, proposals).get("fingerprint").asText())
                .as("flagged for its party organisation, not for inactivity").doesNotContain("NO_ACTIVITY")
                .contains("NO_PARTY_ORGANISATION");
    }

    /**
     * Party building is not the business of a 学会's charter ({@code societyflow.activity.charter-scope-types}): a
     * society whose only activity of the year is its party branch's is active, but not within its charter's scope.
     */
    @Test
    void theScanFindsNoActivityWithinTheCharterScopeByTheTypesOfTheLedger() {
        Society partyOnly = testSocieties.registerWeak("hdp", LocalDate.of(2000, 1, 1));
        Society academic = testSocieties.registerWeak("hdq", LocalDate.of(2000, 1, 1));
        verified(partyOnly, ActivityForm.ActivityType.PARTY_BUILDING, LocalDate.now().minusMonths(2));
        verified(academic, ActivityForm.ActivityType.ACADEMIC_CONFERENCE, LocalDate.now().minusMonths(2));

        JsonNode proposals = Api.as(port, "affairs", "affairs").post("/api/v1/exit-proposals/scan", null).body();
        assertThat(ExitCases.proposalOf(partyOnly, proposals).get("fingerprint").asText().split(","))
                .contains("NO_ACTIVITY_IN_SCOPE").doesNotContain("NO_ACTIVITY");
        assertThat(ExitCases.proposalOf(partyOnly, proposals).get("indicators").asText())
                .contains("一年以上未开展章程业务范围内的活动");
        assertThat(ExitCases.proposalOf(academic, proposals).get("fingerprint").asText().split(","))
                .doesNotContain("NO_ACTIVITY_IN_SCOPE", "NO_ACTIVITY");
    }
}
