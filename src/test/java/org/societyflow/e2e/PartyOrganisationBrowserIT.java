package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.SocietyService;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 党组织情况报告 in the browser: a society reports its new party organisation in the portal, the party committee
 * assigns an instructor and approves it in Tasklist, and the register shows the new line to both.
 */
@IntegrationTest
class PartyOrganisationBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    SocietyService societies;
    @Autowired
    TestSocieties testSocieties;

    Tasklist tasklist;
    String code;
    String account;

    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
        code = testSocieties.registerActive("pdb", new Officer(OfficerRole.PRESIDENT, "宋党建", LocalDate.of(1971, 1, 1),
                true, false, 1), PartyOrganisation.NONE).getCode();
        account = "soc-" + code;
    }

    @Test
    void aSocietyReportsItsNewPartyOrganisationAndThePartyCommitteeRegistersIt() {
        browser.login(account, account);
        browser.menu("/party-organisations");
        assertThat(browser.text(By.id("party-own"))).contains("未登记");
        browser.click(By.id("start-party-report"));
        browser.waitUntil(ExpectedConditions.urlMatches("/party-changes/\\d+$"));
        String reportPage = browser.driver().getCurrentUrl();
        String no = browser.text(By.xpath("//dl[@id='party-change-summary']/dd[1]"));
        assertThat(no).startsWith("DJ-");

        new Select(browser.visible(By.id("changeKind"))).selectByVisibleText("新建党组织");
        new Select(browser.visible(By.id("organisationForm"))).selectByVisibleText("单独建立");
        browser.type(By.id("partyMembers"), "2");
        browser.type(By.id("description"), "经上级党组织批复成立学会党支部");
        browser.click(By.id("submit-party-report"));
        // the refused form comes back as a new page: wait for it rather than read the one being replaced
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("party-form"), "必填"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("party-form"), "党员人数不足"));

        browser.script("document.getElementById('setUpOn').value = '" + LocalDate.now().minusDays(10) + "';");
        browser.type(By.id("secretary"), "宋书记");
        browser.type(By.id("partyMembers"), "6");
        browser.click(By.id("submit-party-report"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("party-change-status"), "党委审核中"));
        browser.logout();

        browser.login("party", "party");
        Task review = tasklist.awaitTask(no, "PartyCommitteeReview");
        tasklist.open(review, "党委待办");
        // the card says whose report it is; the form shows what the society reported
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("ol.tasks-list li.task.active"), "武汉市测试学会" + code));
        assertThat(browser.text(By.cssSelector("ol.tasks-list li.task.active"))).contains(no);
        browser.waitUntil(d -> d.findElement(By.cssSelector("textarea[id$='-Field_reportSummary']"))
                .getDomProperty("value").contains("宋书记"));
        tasklist.claim();
        tasklist.type("Field_instructor", "陈红梅");
        tasklist.chooseRadio("Field_decision", "审核通过，更新登记");
        tasklist.type("Field_opinion", "同意登记，指派党建工作指导员");
        tasklist.complete(review);
        browser.open("/party-organisations");
        By line = By.xpath("//table[@id='party-register']//tr[@data-society='" + code + "']");
        assertThat(browser.text(line)).contains("单独建立", "宋书记", "6", "陈红梅");
        browser.logout();

        browser.login(account, account);
        browser.driver().get(reportPage);
        assertThat(browser.text(By.id("party-change-status"))).isEqualTo("已登记");
        assertThat(browser.text(By.id("party-registered"))).contains("单独建立", "宋书记", "陈红梅");
        assertThat(societies.getByCode(code).getPartyOrganisation()).isEqualTo(PartyOrganisation.STANDALONE);
    }
}
