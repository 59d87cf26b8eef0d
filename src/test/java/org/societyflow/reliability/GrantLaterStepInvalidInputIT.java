package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.societyflow.grant.GrantFlow;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values in what a grant call takes once its list is decided: an objection during the 公示, and a funded
 * project's 结题报告, each through the API ({@link BadJson}) and the application page's form ({@link BadForms}). A
 * refused objection leaves the application on the list as it was (its status, its timeline, its open steps); an
 * accepted one reopens the review, so the next attempt takes another application of the 公示, and shows escaped on
 * 学会部's page. Never a 5xx.
 */
@IntegrationTest
class GrantLaterStepInvalidInputIT {

    /** Applications one 公示 holds: enough for the accepted objections of one test, a second 公示 if not. */
    private static final int PER_NOTICE = 8;

    @LocalServerPort
    int port;
    @Autowired
    GrantFlow flow;
    @Autowired
    TestSocieties testSocieties;

    @Test
    void everyFieldOfAFinalReportRefusesOrEscapesBadValues() {
        long programme = flow.publishedProgramme(500_000, 50_000, 2);
        String account = account();
        GrantFlow.Submitted funded = scored(account, programme);
        flow.fireTimer(flow.toNotice(programme, List.of(funded.no())));
        flow.await(funded.no(), "FinalReport");
        String page = "/grants/" + funded.id();
        String form = "/api/v1/grants/" + funded.id() + "/report";
        Map<String, Object> report = Map.of("summary", "沙龙如期举办，到会 130 人", "participants", 130, "spent", 48_000);
        BadJson.fuzzForm(Api.as(port, account, account), form, page, report);
        BadForms.fuzzPage(port, account, page, page + "/report", form, report);
    }

    @Test
    void everyFieldOfAnObjectionInTheNoticeRefusesOrEscapesBadValues() {
        Target<GrantFlow.Submitted> listed = listed();
        Api affairs = flow.affairs();
        BadJson.fuzz(BadJson.tree(Map.of("objection", "实名反映：该活动已获其他专项资助")),
                bad -> affairs.post("/api/v1/grants/" + listed.current().id() + "/objection", bad), listed::state,
                () -> affairs.get("/grants/" + listed.current().id()).text(), listed::restore);
    }

    @Test
    void theObjectionFormRefusesOrEscapesBadValues() {
        Target<GrantFlow.Submitted> listed = listed();
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("affairs", "affairs")).isEqualTo("/");
        Function<GrantFlow.Submitted, String> page = application -> "/grants/" + application.id();
        Map<String, String> fields = BadForms.fields(browser.get(page.apply(listed.current())).body(),
                page.apply(listed.current()) + "/objection");
        fields.put("objection", "实名反映：该活动已获其他专项资助");
        BadForms.fuzz(fields, posted -> browser.submit(page.apply(listed.current()),
                        page.apply(listed.current()) + "/objection", posted), listed::state,
                () -> browser.get(page.apply(listed.current())).body(), listed::restore);
    }

    /**
     * An application on the list of a 公示, the next one after each accepted objection; its state is its status, its
     * timeline and its open steps.
     */
    private Target<GrantFlow.Submitted> listed() {
        Deque<GrantFlow.Submitted> inNotice = new ArrayDeque<>();
        Api affairs = flow.affairs();
        return new Target<>(() -> {
            if (inNotice.isEmpty()) {
                inNotice.addAll(notice());
            }
            return inNotice.pop();
        }, application -> {
            JsonNode shown = affairs.get("/api/v1/grants/" + application.id()).body();
            return List.of(shown.get("status"), shown.at("/progress/opinions"), shown.at("/progress/current"));
        });
    }

    /** A call whose applications, each a fresh society's, are all on the list in 公示. */
    private List<GrantFlow.Submitted> notice() {
        long programme = flow.publishedProgramme(PER_NOTICE * 50_000L, 50_000, 2);
        List<GrantFlow.Submitted> listed = new ArrayList<>();
        for (int i = 0; i < PER_NOTICE; i++) {
            listed.add(scored(account(), programme));
        }
        flow.toNotice(programme, listed.stream().map(GrantFlow.Submitted::no).toList());
        return listed;
    }

    /** The society's application to the call, past the formal check and scored by its experts. */
    private GrantFlow.Submitted scored(String account, long programme) {
        GrantFlow.Submitted application = flow.submit(Api.as(port, account, account), programme,
                "公示异议测试沙龙" + account, 20_000);
        flow.approveFormalCheck(application.no());
        flow.scoreAll(application.no(), 80);
        return application;
    }

    private String account() {
        return "soc-" + testSocieties.passedLastInspection(testSocieties.registerActive("badg")).getCode();
    }
}
