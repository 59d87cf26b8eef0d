package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.societyflow.grant.GrantFlow;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant call from publication to funding in the browser: 学会部 sets up and publishes the call in the portal, a society
 * applies with its budget and team, 学会部's formal check, the experts' scoring, the ranking and leadership's approval
 * happen in Tasklist with their Camunda Forms, and the society sees its project funded and on the 公示 list. The two
 * timers (the call's closing day, the end of the 公示) are fired by the test, as the job executor would on the day.
 */
@IntegrationTest
class GrantBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    GrantFlow flow;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    SocietyService societies;

    Tasklist tasklist;
    PortalForm form;
    String account;

    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
        form = new PortalForm(browser);
        String code = TestSocieties.uniqueCode("e2g");
        LocalDate termStart = LocalDate.now().minusYears(1);
        account = testSocieties.register(new Society(code, "武汉市测试学会" + code, Discipline.ENGINEERING,
                SupervisionMode.SUPERVISED, SocietyStatus.ACTIVE, PartyOrganisation.STANDALONE)
                .term(3, termStart, termStart.plusYears(5).minusDays(1)).members(150, 5)
                .officer(new Officer(OfficerRole.PRESIDENT, "周测", LocalDate.of(1970, 2, 2), true, false, 1)));
        testSocieties.passedLastInspection(societies.getByCode(code));
    }

    @Test
    void aCallGoesFromPublicationThroughTasklistToAFundedProject() {
        String title = "浏览器测试专项 " + System.nanoTime();
        browser.login("affairs", "affairs");
        browser.menu("/programmes");
        browser.open("/programmes/new");
        form.select("type", "ACADEMIC_EXCHANGE");
        browser.type(By.name("title"), title);
        browser.type(By.name("callText"), "支持学会开展学术沙龙。");
        form.date("opensOn", LocalDate.now().minusDays(1));
        form.date("closesOn", LocalDate.now().plusDays(14));
        browser.type(By.name("totalBudget"), "100000");
        browser.type(By.name("capPerProject"), "50000");
        browser.click(By.cssSelector("input[type=checkbox][name='categories'][value='SALON']"));
        browser.click(By.id("save-programme"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("programme-status"), "草稿"));
        long programmeId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/programmes/(\\d+).*", "$1"));
        browser.click(By.id("publish-programme"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("programme-status"), "申报中"));
        browser.logout();

        browser.login(account, account);
        browser.menu("/grants");
        browser.click(By.id("apply-" + programmeId));
        form.upload("APPLICATION_FORM", "申报书.pdf", Files.pdf());
        form.upload("BUDGET_DETAIL", "预算明细.pdf", Files.pdf());
        browser.type(By.name("title"), "智能网联安全学术沙龙");
        form.select("category", "SALON");
        browser.type(By.name("summary"), "围绕智能网联汽车安全开展学术沙龙。");
        browser.type(By.name("plan"), "主题报告与圆桌讨论。");
        form.date("startsOn", LocalDate.now().plusDays(40));
        form.date("endsOn", LocalDate.now().plusDays(40));
        browser.type(By.name("venue"), "武汉市科技会堂");
        browser.type(By.name("expectedParticipants"), "80");
        browser.type(By.name("requestedAmount"), "30000");
        browser.click(By.cssSelector("input[type=radio][name='leadOrganiser'][value='true']"));
        browser.type(By.name("budgetLines[0].item"), "会务费");
        browser.type(By.name("budgetLines[0].amount"), "20000");
        browser.type(By.name("team[0].name"), "周测");
        browser.type(By.name("team[0].organisation"), "华中科技大学");
        // the lines add up to less than the request: refused next to the budget, nothing lost
        browser.click(By.id("submit-grant"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("budget-lines-error"), "合计"));
        assertThat(browser.visible(By.name("team[0].organisation")).getDomProperty("value")).isEqualTo("华中科技大学");
        browser.type(By.name("budgetLines[1].item"), "专家劳务");
        browser.type(By.name("budgetLines[1].amount"), "10000");
        browser.click(By.id("submit-grant"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("grant-status"), "形式审查中"));
        String applicationNo = browser.text(By.xpath("//dl[@id='grant-summary']/dd[1]"));
        assertThat(applicationNo).startsWith("XM-");
        long grantId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/grants/(\\d+).*", "$1"));
        browser.logout();

        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(applicationNo, "FormalCheck"), "学会部待办", "通过", "材料齐全");
        browser.logout();

        List<Task> scoring = browser.waitUntil(Tasklist.PROCESS_TIMEOUT, d -> {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(applicationNo)
                    .taskDefinitionKey("Score").list();
            return tasks.size() == 3 ? tasks : null;
        });
        int score = 80;
        for (Task task : scoring) {
            browser.login(task.getAssignee(), task.getAssignee());
            tasklist.open(task, "我的任务");
            for (String criterion : List.of("innovation", "feasibility", "impact", "budgetScore")) {
                tasklist.type("Field_" + criterion, String.valueOf(score));
            }
            tasklist.type("Field_comment", "选题有价值，方案可行。");
            tasklist.complete(task);
            browser.logout();
            score += 5;
        }

        String programmeCode = flow.programmeCode(programmeId);
        flow.fireTimer(programmeCode);
        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(programmeCode, "Ranking"), "学会部待办", "提交审批", "按均分确定拟资助名单");
        browser.logout();
        browser.login("leader", "leader");
        tasklist.review(tasklist.awaitTask(programmeCode, "FundingApproval"), "领导审批", "同意", "同意资助");
        browser.logout();

        browser.login(account, account);
        browser.open("/programmes/" + programmeId);
        assertThat(browser.text(By.id("programme-status"))).isEqualTo("公示中");
        assertThat(browser.text(By.id("ranking"))).contains("智能网联安全学术沙龙");
        flow.fireTimer(programmeCode);
        browser.open("/grants/" + grantId);
        assertThat(browser.text(By.id("grant-status"))).isEqualTo("已资助，待结题");
        assertThat(browser.text(By.id("grant-mean-score"))).contains("85");
        assertThat(browser.all(By.id("report-form"))).as("the final report is the society's next task").isNotEmpty();
        // its diagram: the steps passed, and the final report as the current step
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("process-diagram"), "data-ready", "true"));
        assertThat(browser.all(By.cssSelector("#process-diagram .djs-element.sf-current[data-element-id='FinalReport']")))
                .hasSize(1);
        assertThat(browser.all(By.cssSelector("#process-diagram .djs-element.sf-completed[data-element-id='FormalCheck']")))
                .hasSize(1);
        assertThat(browser.all(By.cssSelector("#process-diagram .djs-element.sf-taken"))).isNotEmpty();
    }
}
