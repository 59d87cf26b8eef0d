package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.societyflow.identity.Groups;
import org.societyflow.support.IntegrationTest;
import org.societyflow.workflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 审批操作 tab the app adds to Tasklist's task view: a reviewer urges the step and transfers the task to a
 * colleague from Tasklist, through the app's API in the portal's session (with the app's CSRF token).
 */
@IntegrationTest
class ApprovalTasklistBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;

    Tasklist tasklist;

    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
        tasklist = new Tasklist(browser, taskService);
    }

    @Test
    void aReviewerUrgesAndTransfersFromTheTaskView() {
        String key = TestApplications.start(port, runtimeService);
        String colleague = TestApplications.staff(identityService, Groups.SOCIETY_AFFAIRS);
        Task check = tasklist.awaitTask(key, "Check");

        browser.login("affairs", "affairs");
        tasklist.open(check, "学会部待办");
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='审批操作']"));
        assertThat(browser.text(By.cssSelector(".sf-approval .sf-business-key"))).isEqualTo(key);
        assertThat(browser.visible(By.cssSelector(".sf-approval a.sf-sheet")).getAttribute("href"))
                .endsWith("/approvals/" + key + "/sheet");

        browser.click(By.cssSelector("#sf-urge button"));
        browser.visible(By.cssSelector(".sf-message.text-success"));
        browser.visible(By.cssSelector(".sf-timeline tr.sf-opinion[data-kind='urge']"));

        assertThat(browser.text(By.cssSelector("#sf-transfer label[for='sf-transfer-toUser']"))).isEqualTo("转给");
        Select toUser = new Select(browser.visible(By.cssSelector("#sf-transfer select[name='toUser']")));
        assertThat(toUser.getFirstSelectedOption().getText()).as("nobody chosen yet").isEqualTo("请选择");
        assertThat(toUser.getOptions()).extracting(o -> o.getText()).contains(colleague + "（学会部）");
        assertThat(new Select(browser.visible(By.cssSelector("#sf-copy select[name='users']"))).getOptions())
                .extracting(o -> o.getText()).contains("李红（科技社团党委）", "张国强（分管领导）（科协领导）", "评审专家1")
                .noneMatch(t -> t.contains("秘书处"));
        assertThat(browser.text(By.cssSelector("#sf-copy label[for='sf-copy-users']"))).isEqualTo("抄送给（可多选）");
        toUser.selectByValue(colleague);
        browser.type(By.cssSelector("#sf-transfer input[name='reason']"), "出差一周，请代为审核");
        browser.click(By.cssSelector("#sf-transfer button"));
        assertThat(browser.text(By.cssSelector(".sf-timeline tr.sf-opinion[data-kind='transfer']")))
                .contains("转办给 " + colleague + "：出差一周，请代为审核");
        assertThat(taskService.createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isEqualTo(colleague);
        assertThat(browser.all(By.id("sf-transfer"))).as("no longer the holder").isEmpty();
    }
}
