package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.societyflow.e2e.Browser;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 补正 in the browser: 学会部 ticks fields under the progress; the society sees the notice on top and the fields marked. */
@IntegrationTest
class CorrectionBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    TestSocieties testSocieties;

    @Test
    void theSocietySeesWhatToCorrectMarkedInItsForm() {
        browser.baseUrl("http://localhost:" + port);
        SubmittedChange application = SubmittedChange.submit(port, testSocieties, taskService);
        String page = "/changes/" + application.id();

        browser.login("affairs", "affairs");
        browser.open(page);
        browser.click(By.cssSelector("#correction-form input[value='items.ADDRESS']"));
        browser.click(By.cssSelector("#correction-form input[value='reason']"));
        browser.type(By.cssSelector("#correction-form input[name='reason']"), "住所请写明门牌号");
        browser.click(By.id("request-correction"));
        assertThat(browser.text(By.cssSelector("p.flash.success"))).contains("已要求申请人补正");
        browser.logout();

        browser.login(application.account(), application.account());
        browser.open(page);
        assertThat(browser.text(By.id("correction-notice"))).contains("补正通知", "住所", "变更理由", "住所请写明门牌号");
        assertThat(browser.script("return document.querySelector('main h1').nextElementSibling.id")).isEqualTo("correction-notice");
        assertThat(browser.all(By.cssSelector(".to-correct"))).hasSize(2);
        assertThat(browser.visible(By.cssSelector("tr[data-field='items.ADDRESS']")).getAttribute("class")).contains("to-correct");
        assertThat(browser.visible(By.cssSelector("textarea[name='reason']")).findElement(By.xpath(".."))
                .getAttribute("class")).contains("to-correct");
        assertThat(browser.visible(By.id("value-ADDRESS")).isEnabled()).as("the form is editable again").isTrue();
    }
}
