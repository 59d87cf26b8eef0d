package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.societyflow.identity.RegistrationService;
import org.societyflow.society.CreditCode;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 学会成立 in the browser, the whole path: an initiator registers an account and applies in the portal; 学会部,
 * an expert, 科技社团党委 and leadership review in Tasklist; the consent letter opens; 学会部 records the
 * 民政局 registration in Tasklist; the initiator logs in again as the new, active society.
 */
@IntegrationTest
class FoundingBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    SocietyService societies;

    @Autowired
    RegistrationService registrations;

    Tasklist tasklist;
    PortalForm form;

    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
        form = new PortalForm(browser);
    }

    @Test
    void anInitiatorFoundsASocietyThroughThePortalAndTasklist() {
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        String user = "founder" + suffix;
        String code = "whqc" + suffix;
        String name = "武汉市量子计算学会" + suffix;

        browser.open("/login");
        browser.click(By.id("register-link"));
        browser.type(By.name("userId"), user);
        browser.type(By.name("name"), "陈启航");
        browser.type(By.name("email"), user + "@example.org");
        browser.type(By.name("phone"), "13912345678");
        browser.type(By.name("employer"), "武汉大学");
        browser.type(By.name("password"), "quantum2026");
        browser.type(By.name("confirmPassword"), "quantum2026");
        browser.click(By.id("register"));
        if (registrations.confirmationRequired()) {
            // with the mysql profile the account works once the link of its mail is followed
            browser.waitUntil(d -> !Mailbox.to(mail, user + "@example.org").isEmpty());
            browser.open("/register/confirm?token=" + Mailbox.confirmationToken(Mailbox.only(mail, user + "@example.org")));
        } else {
            browser.waitUntil(ExpectedConditions.urlContains("/login"));
        }
        browser.login(user, "quantum2026");

        browser.menu("/foundings");
        browser.click(By.id("start-founding"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("founding-status"), "填写中"));
        String applicationNo = browser.text(By.xpath("//dl[@id='founding-summary']/dd[1]"));
        String page = browser.driver().getCurrentUrl();
        form.upload("DRAFT_CHARTER", "章程草案.pdf", Files.pdf());
        form.upload("MEMBER_COMMITMENTS", "会员承诺书.pdf", Files.pdf());
        assertThat(browser.text(By.id("attachment-list"))).contains("章程草案.pdf", "会员承诺书.pdf");

        browser.type(By.name("proposedName"), name);
        browser.type(By.name("proposedCode"), code);
        form.select("discipline", "SCIENCE");
        browser.type(By.name("businessScope"), "量子计算与量子信息的学术交流、科学普及和人才培养");
        browser.type(By.name("necessity"), "本市量子科技研究力量集中，尚无对应学会");
        browser.type(By.name("sponsoringUnits"), "武汉大学；华中科技大学");
        browser.type(By.name("membersIndividual"), "30");
        browser.type(By.name("membersUnit"), "3");
        browser.type(By.name("funds"), "60000");
        browser.type(By.name("fullTimeStaff"), "2");
        browser.type(By.name("address"), "武汉市武昌区八一路299号");
        browser.type(By.name("contactPhone"), "027-68750000");
        browser.type(By.name("fundsSource"), "发起单位资助");
        browser.type(By.name("premises"), "武汉大学提供办公用房 60 平方米");
        form.select("partyOrganisation", "FUNCTIONAL");
        browser.type(By.name("partyBuildingPlan"), "成立功能型党小组");
        browser.type(By.name("initiators[0].name"), "陈启航");
        form.select("initiators[0].unit", "false");
        browser.type(By.name("initiators[0].employer"), "武汉大学");
        form.select("initiators[0].fullCivilCapacity", "true");
        form.select("initiators[0].politicalRights", "true");
        form.candidate("officers", 0, "PRESIDENT", "陈启航", LocalDate.of(1970, 3, 3), true, false);
        form.candidate("officers", 1, "SECRETARY_GENERAL", "周宁", LocalDate.of(1988, 8, 8), false, true);
        browser.click(By.id("submit-founding"));
        // 30 + 3 members are fewer than the 条例 asks: refused next to the field, nothing lost
        assertThat(browser.text(By.id("founding-form"))).contains("会员数未达到");
        assertThat(browser.visible(By.name("proposedName")).getDomProperty("value")).isEqualTo(name);
        browser.type(By.name("membersIndividual"), "80");
        browser.click(By.id("submit-founding"));
        browser.waitUntil(ExpectedConditions.textToBe(By.id("founding-status"), "审核中"));
        browser.logout();

        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(applicationNo, "FormalCheck"), "学会部待办", "材料齐全，同意受理", "材料齐全");
        browser.logout();
        browser.login("expert1", "expert1");
        tasklist.review(tasklist.awaitTask(applicationNo, "ExpertOpinion"), "专家评审", "有必要成立", "填补本市量子领域空白");
        browser.logout();
        browser.login("party", "party");
        tasklist.review(tasklist.awaitTask(applicationNo, "PartyReview"), "党委待办", "同意", "党建计划可行");
        browser.logout();
        browser.login("affairs", "affairs");
        tasklist.review(tasklist.awaitTask(applicationNo, "AffairsSummary"), "学会部待办", "建议同意", "建议同意筹备");
        browser.logout();
        browser.login("leader", "leader");
        tasklist.review(tasklist.awaitTask(applicationNo, "LeadershipDecision"), "领导审批", "同意筹备", "同意");
        browser.logout();

        browser.login(user, "quantum2026");
        browser.driver().get(page);
        assertThat(browser.text(By.id("founding-status"))).isEqualTo("筹备中");
        browser.click(By.id("consent-letter"));
        assertThat(browser.text(By.tagName("h1"))).contains("同意筹备成立" + name);
        browser.logout();

        String creditCode = "51420100MJ" + String.format("%07d", Long.parseLong(suffix));
        creditCode += CreditCode.checkCharacter(creditCode);
        browser.login("affairs", "affairs");
        Task registration = tasklist.awaitTask(applicationNo, "RecordRegistration");
        tasklist.open(registration, "学会部待办");
        tasklist.claim();
        tasklist.chooseRadio("Field_decision", "民政局已登记");
        tasklist.type("Field_creditCode", creditCode);
        tasklist.date("Field_registeredOn", LocalDate.now());
        tasklist.type("Field_opinion", "民政局已准予登记");
        tasklist.complete(registration);
        browser.logout();

        Society society = societies.getByCode(code);
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.ACTIVE);
        assertThat(society.getCreditCode()).isEqualTo(creditCode);
        browser.login(user, "quantum2026");
        browser.menu("/my-society");
        assertThat(browser.text(By.tagName("main"))).contains(name, creditCode, "陈启航");
    }
}
