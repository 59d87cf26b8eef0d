package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.societyflow.support.Campaigns;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 年检 through a real browser: 学会部 opens the campaign in the portal, the society files its report in
 * the portal, 学会部 reviews it with the Camunda Form in Tasklist (single sign-on from the portal), and the
 * society sees the result. The second test takes the 基本合格 path through the rectification.
 */
@IntegrationTest
class AnnualInspectionBrowserIT {

    private static final String AFFAIRS = "affairs";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    Tasklist tasklist;
    PortalForm form;

    @BeforeEach
    void pointBrowserAtServer() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
        form = new PortalForm(browser);
    }

    @Test
    void societyReportsAndAffairsConfirmsTheProposedGradeInTasklist() {
        int year = Campaigns.freshYear();
        openCampaign(year);

        // the society opens its task from the home page
        browser.login("soc-whcs", "soc-whcs");
        long inspectionId = openReportTaskFromHome(year);
        assertThat(browser.text(By.id("inspection-status"))).isEqualTo("待填报");

        // an incomplete report is not submitted
        browser.type(By.name("membersIndividual"), "320");
        browser.click(By.id("submit-report"));
        browser.visible(By.cssSelector("p.field-error"));
        assertThat(browser.all(By.cssSelector("p.field-error")).size()).isGreaterThan(5);
        assertThat(browser.text(By.id("inspection-status"))).isEqualTo("待填报");
        assertThat(browser.all(By.id("submit-report"))).isNotEmpty();
        browser.open("/inspections/" + inspectionId);
        assertThat(browser.text(By.id("inspection-status"))).isEqualTo("待填报");

        // a file that is not what it claims is refused; the three required documents are attached
        form.upload("AUDIT_REPORT", "审计报告.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(browser.text(By.cssSelector("#attachments p.field-error"))).contains("文件类型不支持");
        attachRequiredDocuments();

        // the complete report is
        fillCompleteReport();
        browser.click(By.id("submit-report"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("inspection-status"), "已提交，待审核"));
        assertThat(browser.all(By.cssSelector("p.field-error"))).isEmpty();
        assertThat(browser.all(By.id("submit-report"))).isEmpty();
        String applicationNo = applicationNo();
        browser.logout();

        // 学会部 reviews in Tasklist, reached from the portal without a second login
        String opinion = "报告完整，数据属实，确认合格。" + year;
        browser.login(AFFAIRS, AFFAIRS);
        Task review = tasklist.awaitTask(applicationNo, "ReviewReport");
        tasklist.open(review, "学会部待办");
        tasklist.claim();
        assertThat(tasklist.selectDisplay("Field_grade")).isEqualTo("合格");
        assertThat(browser.all(By.cssSelector("textarea[id$='-Field_gradeOverrideReason']"))).isEmpty();
        tasklist.chooseRadio("Field_decision", "确认评级");
        tasklist.type("Field_opinion", opinion);
        tasklist.complete(review);
        browser.logout();

        // the society sees the grade and the opinion
        browser.login("soc-whcs", "soc-whcs");
        browser.open("/inspections/" + inspectionId);
        assertThat(browser.text(By.id("inspection-status"))).isEqualTo("已评级");
        assertThat(browser.text(By.id("inspection-grade"))).isEqualTo("合格");
        assertThat(opinionRows()).anySatisfy(row -> assertThat(row).contains("学会部审核年检报告", opinion, "同意"));
        assertThat(browser.all(By.id("submit-rectification"))).isEmpty();
    }

    @Test
    void basicPassLeadsToARectificationThatAffairsAccepts() {
        int year = Campaigns.freshYear();
        openCampaign(year);

        browser.login("soc-whps", "soc-whps");
        long inspectionId = openReportTaskFromHome(year);
        attachRequiredDocuments();
        fillCompleteReport();
        browser.click(By.id("submit-report"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("inspection-status"), "已提交，待审核"));
        String applicationNo = applicationNo();
        browser.logout();

        // 学会部 overrides the proposal with 基本合格 and says why
        String reviewOpinion = "理事会召开次数偏少，评为基本合格，请整改。" + year;
        String overrideReason = "常务理事会全年未召开";
        browser.login(AFFAIRS, AFFAIRS);
        Task review = tasklist.awaitTask(applicationNo, "ReviewReport");
        tasklist.open(review, "学会部待办");
        tasklist.claim();
        tasklist.chooseSelectOption("Field_grade", "基本合格");
        tasklist.type("Field_gradeOverrideReason", overrideReason);
        tasklist.chooseRadio("Field_decision", "确认评级");
        tasklist.type("Field_opinion", reviewOpinion);
        tasklist.complete(review);
        browser.logout();

        // the society sees 基本合格 and submits its rectification report
        browser.login("soc-whps", "soc-whps");
        browser.open("/");
        browser.visible(By.xpath("//table[@id='tasks']//tr[td[contains(., '提交整改报告')]]"));
        browser.open("/inspections/" + inspectionId);
        assertThat(browser.text(By.id("inspection-grade"))).isEqualTo("基本合格");
        assertThat(browser.text(By.id("inspection-summary"))).contains(overrideReason);
        browser.type(By.id("rectificationReport"), "已于本年度召开两次常务理事会，并修订会议制度。");
        browser.click(By.id("submit-rectification"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("inspection-status"), "整改报告已提交"));
        assertThat(browser.all(By.id("submit-rectification"))).isEmpty();
        browser.logout();

        // 学会部 accepts the rectification
        String rectificationOpinion = "整改到位，同意通过。" + year;
        browser.login(AFFAIRS, AFFAIRS);
        Task rectificationReview = tasklist.awaitTask(applicationNo, "ReviewRectification");
        tasklist.open(rectificationReview, "学会部待办");
        tasklist.claim();
        // a new round starts empty, not with the decision and opinion of the review before it
        assertThat(browser.visible(By.cssSelector("textarea[id$='-Field_opinion']")).getDomProperty("value")).isEmpty();
        assertThat(browser.all(By.cssSelector(".fjs-form-field-radio label.fjs-checked"))).isEmpty();
        tasklist.chooseRadio("Field_decision", "整改通过");
        tasklist.type("Field_opinion", rectificationOpinion);
        tasklist.complete(rectificationReview);
        browser.logout();

        // the society sees 整改通过 and both opinions
        browser.login("soc-whps", "soc-whps");
        browser.open("/inspections/" + inspectionId);
        assertThat(browser.text(By.id("inspection-status"))).isEqualTo("整改通过");
        assertThat(browser.text(By.id("inspection-grade"))).isEqualTo("基本合格");
        List<String> opinions = opinionRows();
        assertThat(opinions).anySatisfy(row -> assertThat(row).contains("学会部审核年检报告", reviewOpinion));
        assertThat(opinions).anySatisfy(row -> assertThat(row).contains("学会部复核整改", rectificationOpinion, "同意"));
    }

    // ---- portal ----

    /** 学会部 opens the year's campaign in the portal and logs out again. */
    private void openCampaign(int year) {
        browser.login(AFFAIRS, AFFAIRS);
        browser.open("/campaigns");
        browser.visible(By.id("campaign-form"));
        browser.type(By.id("year"), String.valueOf(year));
        // a date input takes its value in the browser's locale format; set the ISO value directly
        browser.script("arguments[0].value = arguments[1];", browser.visible(By.id("reportDeadline")),
                LocalDate.now().plusDays(60).toString());
        browser.click(By.id("start-campaign"));
        browser.waitUntil(ExpectedConditions.urlMatches("/campaigns/\\d+$"));
        // the year as a year, not as a number with a thousands separator ("2,017")
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(year + "年度年检工作");
        browser.logout();
    }

    /**
     * The campaign starts one process per society through the job executor: reload the home page until the
     * year's task is there, then follow its 办理 link. Returns the inspection's id.
     */
    private long openReportTaskFromHome(int year) {
        By link = By.xpath("//table[@id='tasks']//tr[td[contains(., '" + year + "年度年检')]]//a[normalize-space()='办理']");
        WebElement open = browser.waitUntil(Tasklist.PROCESS_TIMEOUT, driver -> {
            driver.navigate().to(browser.url("/"));
            List<WebElement> found = driver.findElements(link);
            return found.isEmpty() ? null : found.get(0);
        });
        open.click();
        browser.waitUntil(ExpectedConditions.urlMatches("/inspections/\\d+$"));
        browser.visible(By.id("report-form"));
        assertThat(browser.text(By.tagName("h1"))).startsWith(year + "年度年检 · ");
        Matcher id = Pattern.compile("/inspections/(\\d+)$").matcher(browser.driver().getCurrentUrl());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The audit report, registration certificate and signed declaration, as PDF files chosen in the file input. */
    private void attachRequiredDocuments() {
        for (String kind : Files.REQUIRED_INSPECTION_KINDS) {
            form.upload(kind, kind.toLowerCase() + ".pdf", Files.pdf());
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("attachment-list"),
                    kind.toLowerCase() + ".pdf"));
        }
    }

    /** Every field of the report, answered so that the grade table proposes 合格. */
    private void fillCompleteReport() {
        Map<String, String> numbers = Map.ofEntries(
                Map.entry("membersIndividual", "1250"), Map.entry("membersUnit", "48"),
                Map.entry("staffCount", "6"), Map.entry("academicActivities", "12"),
                Map.entry("popularScienceActivities", "8"), Map.entry("serviceActivities", "5"),
                Map.entry("councilMeetings", "2"), Map.entry("standingCouncilMeetings", "3"),
                Map.entry("partyActivities", "6"), Map.entry("income", "865000.50"),
                Map.entry("expenses", "712300.00"), Map.entry("netAssets", "1530000.00"));
        numbers.forEach((name, value) -> browser.type(By.name(name), value));
        browser.type(By.name("workSummary"), "全年举办学术年会1次、专题研讨会11场，科普进社区8次。");
        browser.type(By.name("officerChanges"), "无");
        browser.type(By.name("partyBuilding"), "功能型党组织按期开展主题党日活动6次。");
        new Select(browser.visible(By.name("auditOpinion"))).selectByValue("UNQUALIFIED");
        Map<String, Boolean> answers = Map.of(
                "generalAssemblyHeld", true, "charterFollowed", true, "certificateLent", false,
                "outsideScope", false, "unfiledChanges", false, "forProfit", false,
                "assetsMisappropriated", false, "improperAwards", false, "criticisedLastYear", false);
        answers.forEach((name, value) ->
                browser.click(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']")));
    }

    private String applicationNo() {
        return browser.text(By.xpath("//dl[@id='inspection-summary']/dt[1]/following-sibling::dd[1]"));
    }

    private List<String> opinionRows() {
        return browser.all(By.cssSelector("section.progress tr.opinion")).stream().map(WebElement::getText).toList();
    }
}
