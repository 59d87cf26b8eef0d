package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.societyflow.activity.ActivitySettings;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recording an activity in the browser: a society enters one in the portal (the dates out of order are refused next to
 * the field), submits it, 学会部 verifies it in Tasklist with its Camunda Form, and the society's list shows it verified.
 */
@IntegrationTest
class ActivityBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    ActivitySettings settings;

    Tasklist tasklist;
    String account;
    double shippedShare;

    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
        account = "soc-" + testSocieties.registerActive("hdw").getCode();
        // every activity is drawn, so 学会部 has this one to verify
        shippedShare = settings.getVerificationShare();
        settings.setVerificationShare(1.0);
    }

    @AfterEach
    void restoreShare() {
        settings.setVerificationShare(shippedShare);
    }

    @Test
    void aSocietyRecordsAnActivityAnd学会部VerifiesIt() {
        browser.login(account, account);
        browser.menu("/activities");
        browser.click(By.id("new-activity"));
        browser.waitUntil(ExpectedConditions.urlMatches("/activities/\\d+$"));
        String page = browser.driver().getCurrentUrl();

        new Select(browser.visible(By.id("activityType"))).selectByVisibleText("青年科学家论坛");
        browser.type(By.id("title"), "青年科学家论坛 · 智能计算");
        LocalDate held = LocalDate.now().minusDays(5);
        browser.script("document.getElementById('startsOn').value = '" + held + "';"
                + "document.getElementById('endsOn').value = '" + held.minusDays(1) + "';");
        browser.type(By.id("venue"), "光谷科技会展中心");
        browser.type(By.id("organisers"), "武汉市计算机学会");
        browser.type(By.id("participants"), "120");
        browser.type(By.id("summary"), "六位青年学者报告智能计算研究进展。");
        browser.click(By.id("submit-activity"));
        // the refused form comes back as a new page: wait for it rather than read the one being replaced
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("activity-form"), "结束日期不能早于开始日期"));

        browser.script("document.getElementById('endsOn').value = '" + held + "';");
        browser.click(By.id("submit-activity"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("activity-status"), "待核实"));
        String no = browser.text(By.xpath("//dl[@id='activity-summary']/dd[1]"));
        assertThat(no).startsWith("HD-");
        browser.logout();

        browser.login("affairs", "affairs");
        Task review = tasklist.awaitTask(no, "VerifyActivity");
        tasklist.open(review, "学会部待办");
        browser.waitUntil(d -> d.findElement(By.cssSelector("textarea[id$='-Field_activitySummary']"))
                .getDomProperty("value").contains("光谷科技会展中心"));
        tasklist.claim();
        tasklist.chooseRadio("Field_decision", "核实无误，记入台账");
        tasklist.type("Field_opinion", "照片与议程相符");
        tasklist.complete(review);
        browser.logout();

        browser.login(account, account);
        browser.driver().get(page);
        assertThat(browser.text(By.id("activity-status"))).isEqualTo("已核实");
        browser.open("/activities");
        assertThat(browser.text(By.id("activities"))).contains(no, "青年科学家论坛 · 智能计算", "已核实");
    }
}
