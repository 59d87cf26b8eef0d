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
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 软弱涣散 in the browser: 学会部 runs the identification and confirms a case on the board; the society reads its
 * letter and sends its rectification report in the portal; 学会部 and leadership decide in Tasklist; the society
 * is restored.
 */
@IntegrationTest
class ExitBrowserIT {

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
        code = TestSocieties.uniqueCode("tcb");
        account = testSocieties.register(new Society(code, "武汉市测试学会" + code, Discipline.AGRICULTURE,
                SupervisionMode.SUPERVISED, SocietyStatus.ACTIVE, PartyOrganisation.NONE)
                .registered(null, LocalDate.now().minusMonths(8), null, "学术交流", "武汉市", "027-66666666")
                .term(1, LocalDate.now().minusYears(1), LocalDate.now().plusYears(4)).members(90, 2)
                .officer(new Officer(OfficerRole.PRESIDENT, "钱程", LocalDate.of(1970, 1, 1), true, false, 1)));
    }

    @Test
    void aWeakSocietyIsIdentifiedRectifiesAndIsRestored() {
        browser.login("affairs", "affairs");
        browser.menu("/exit-cases");
        browser.click(By.id("scan"));
        By row = By.xpath("//section[@id='proposals']//tr[td[normalize-space()='武汉市测试学会" + code + "']]");
        assertThat(browser.text(row)).contains("秘书长空缺", "未建立党组织");
        // at least this test's society is new; others' tests may add theirs
        assertThat(browser.text(By.id("scan-result"))).matches("识别完成：新增 [1-9]\\d* 个待确认学会");
        browser.click(By.xpath("//section[@id='proposals']//tr[td[normalize-space()='武汉市测试学会" + code
                + "']]//button[contains(@class,'confirm-proposal')]"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), "武汉市测试学会" + code));
        browser.logout();

        // the 党组会 confirms the identification in Tasklist; only then is the society flagged and 整改中
        browser.login("leader", "leader");
        Task confirmation = Await.until("the 党组会's confirmation", () -> taskService.createTaskQuery()
                .taskDefinitionKey("ConfirmIdentification").processVariableValueEquals("societyCode", code).singleResult());
        tasklist.review(confirmation, "领导审批", "确认认定", "党组会研究确认");
        browser.logout();

        browser.login(account, account);
        browser.menu("/exit-cases");
        browser.click(By.xpath("//section[@id='cases']//tr[td[normalize-space()='武汉市测试学会" + code + "']]//a"));
        String caseNo = browser.text(By.xpath("//dl[@id='case-summary']/dd[1]"));
        assertThat(browser.text(By.id("case-status"))).isEqualTo("整改期（报送整改方案和报告）");
        String casePage = browser.driver().getCurrentUrl();
        browser.click(By.id("letter"));
        assertThat(browser.text(By.id("letter-text"))).contains("武汉市测试学会" + code, "秘书长空缺");
        browser.driver().get(casePage);
        browser.type(By.name("plan"), "一个月内建立功能型党小组，选任专职秘书长");
        browser.click(By.id("submit-case"));
        // the refused form comes back as a new page: wait for it rather than read the one being replaced
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("case-form"), "必填"));
        browser.type(By.name("report"), "已建立党小组，秘书长已到岗");
        browser.click(By.id("submit-case"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("case-status"), "学会部评估中"));
        browser.logout();

        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(caseNo, "AffairsAssessment"), "学会部待办", "整改到位", "整改措施落实");
        browser.logout();
        browser.login("leader", "leader");
        tasklist.review(tasklist.awaitTask(caseNo, "LeadershipDecision"), "领导审批", "恢复正常", "同意恢复");
        browser.logout();

        browser.login(account, account);
        browser.driver().get(casePage);
        assertThat(browser.text(By.id("case-status"))).isEqualTo("已恢复正常");
        assertThat(societies.getByCode(code).isWeak()).isFalse();
    }
}
