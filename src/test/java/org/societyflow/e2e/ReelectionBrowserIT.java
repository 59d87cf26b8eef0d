package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Reelections;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 换届 from start to 备案 in the browser: the society fills in plan and candidates in the portal, 学会部,
 * 科技社团党委 and leadership review in Tasklist, the society reports the results with the departure audit,
 * 学会部 files them, and the society's profile shows the new officers and the change log.
 */
@IntegrationTest
class ReelectionBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    TestSocieties testSocieties;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Tasklist tasklist;
    PortalForm form;
    String account;

    /** A society of its own, so no other test's 换届 or 变更 is in the way. */
    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
        form = new PortalForm(browser);
        String code = TestSocieties.uniqueCode("e2e");
        LocalDate termStart = LocalDate.now().minusYears(5).plusMonths(3);
        account = testSocieties.register(new Society(code, "武汉市测试学会" + code, Discipline.SCIENCE,
                SupervisionMode.SUPERVISED, SocietyStatus.ACTIVE, PartyOrganisation.STANDALONE)
                .term(4, termStart, termStart.plusYears(5).minusDays(1)).members(150, 5)
                .officer(new Officer(OfficerRole.PRESIDENT, "吴老", LocalDate.of(1958, 1, 1), true, false, 2)));
    }

    @Test
    void aReelectionGoesFromPlanThroughTasklistToTheRegister() {
        browser.login(account, account);
        browser.menu("/reelections");
        browser.click(By.id("start-reelection"));
        // the society is asked first: the plan is due within the configured period
        org.openqa.selenium.Alert confirmation = browser.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(confirmation.getText()).contains("确定启动换届", "前报送换届工作方案和候选人");
        confirmation.accept();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("reelection-status"), "待报送方案"));
        String applicationNo = browser.text(By.xpath("//dl[@id='reelection-summary']/dd[1]"));
        long id = reelectionId();

        form.select("timing", "REGULAR");
        LocalDate assembly = LocalDate.now().plusDays(30);
        form.date("assemblyDate", assembly);
        form.select("assemblyForm", "GENERAL_ASSEMBLY");
        browser.type(By.name("councilSize"), "21");
        browser.type(By.name("planSummary"), "换届筹备组已成立，差额选举理事。");
        form.candidate("candidates", 0, "PRESIDENT", "王新", LocalDate.of(1972, 5, 6), true, false);
        form.candidate("candidates", 1, "SECRETARY_GENERAL", "刘青", LocalDate.of(1988, 9, 9), false, true);
        browser.click(By.id("submit-plan"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("reelection-status"), "方案审核中"));
        browser.logout();

        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(applicationNo, "ReviewPlan"), "学会部待办", "审核通过", "方案符合章程");
        browser.logout();
        browser.login("party", "party");
        tasklist.review(tasklist.awaitTask(applicationNo, "ReviewCandidates"), "党委待办", "审核通过", "候选人政治素质良好");
        browser.logout();
        browser.login("leader", "leader");
        tasklist.review(tasklist.awaitTask(applicationNo, "ApproveReelection"), "领导审批", "批准换届", "同意召开换届大会");
        browser.logout();

        // the assembly is held: its results may not be dated before it
        assembly = Reelections.holdAssemblyToday(jdbc, id);
        browser.login(account, account);
        Task results = tasklist.awaitTask(applicationNo, "SubmitResults");
        browser.open("/reelections/" + id);
        browser.waitUntil(ExpectedConditions.textToBe(By.id("reelection-status"), "已批准，待报送选举结果"));
        form.upload("DEPARTURE_AUDIT", "离任审计报告.pdf", Files.pdf());
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("attachment-list"), "离任审计报告.pdf"));
        form.date("electedOn", assembly);
        form.date("newTermStart", assembly);
        form.date("newTermEnd", assembly.plusYears(5).minusDays(1));
        browser.type(By.name("attendees"), "130");
        browser.type(By.name("eligibleVoters"), "155");
        browser.click(By.cssSelector("input[type=radio][name='newCharter'][value='false']"));
        browser.type(By.name("minutes"), "会员大会选举产生第五届理事会及负责人。");
        elected(0, "PRESIDENT", "王新", LocalDate.of(1972, 5, 6), true, false);
        elected(1, "SECRETARY_GENERAL", "刘青", LocalDate.of(1988, 9, 9), false, true);
        browser.click(By.id("submit-results"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("reelection-status"), "选举结果审核中"));
        assertThat(taskService.createTaskQuery().taskId(results.getId()).count()).isZero();
        browser.logout();

        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(applicationNo, "FileReelection"), "学会部待办", "同意备案", "予以备案");
        browser.logout();

        browser.login(account, account);
        browser.open("/reelections/" + id);
        assertThat(browser.text(By.id("reelection-status"))).isEqualTo("已备案");
        browser.open("/my-society");
        assertThat(browser.text(By.id("officers"))).contains("王新", "刘青").doesNotContain("吴老");
        assertThat(browser.text(By.id("change-log"))).contains("吴老", "王新", applicationNo);
    }

    private long reelectionId() {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/reelections/(\\d+).*", "$1"));
    }

    private void elected(int row, String role, String name, LocalDate born, boolean legal, boolean fullTime) {
        String p = "officers[" + row + "].";
        form.select(p + "role", role);
        browser.type(By.name(p + "name"), name);
        form.date(p + "birthDate", born);
        form.select(p + "legalRepresentative", String.valueOf(legal));
        form.select(p + "fullTime", String.valueOf(fullTime));
    }
}
