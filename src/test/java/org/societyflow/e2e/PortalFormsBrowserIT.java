package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.societyflow.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every portal form posts once: a second click while the first submission is on its way sends nothing. */
@IntegrationTest
class PortalFormsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        browser.baseUrl("http://localhost:" + port);
    }

    @Test
    void aFormIsSubmittedOnceAndShowsItIsBusy() {
        browser.login("affairs", "affairs");
        browser.open("/experts");
        browser.visible(By.id("save-expert"));
        // the answer goes to a frame, so the page stays to be looked at; the empty form only earns field errors
        Object posted = browser.script("""
                const form = document.getElementById('expert-form');
                const button = document.getElementById('save-expert');
                const frame = document.createElement('iframe');
                frame.name = 'answer';
                document.body.append(frame);
                form.target = 'answer';
                window.posted = 0;
                window.addEventListener('submit', e => { if (!e.defaultPrevented) window.posted++; });
                form.requestSubmit(button);
                form.requestSubmit(button);
                button.click();
                return window.posted;
                """);
        assertThat(posted).as("submissions that went out").isEqualTo(1L);
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "const b = document.getElementById('save-expert'); return b.disabled && b.classList.contains('busy');")));
        assertThat(browser.script("return document.getElementById('expert-form').getAttribute('aria-busy');"))
                .isEqualTo("true");
    }

    @Test
    void aBoardsSelectAllBoxTicksAndClearsEveryRow() {
        browser.login("affairs", "affairs");
        browser.open("/programmes");
        // the demo's open call: its board lists every supervised society that has not applied
        browser.click(By.xpath("//table[@id='programmes']//tr[td[normalize-space()='申报中']]//a"));
        browser.visible(By.id("select-all"));
        String rows = "return [...document.querySelectorAll('#board-form input[name=rows]')]";
        assertThat(((Number) browser.script(rows + ".length;")).intValue()).isPositive();
        browser.click(By.id("select-all"));
        assertThat(browser.script(rows + ".every(b => b.checked);")).isEqualTo(true);
        browser.click(By.id("select-all"));
        assertThat(browser.script(rows + ".some(b => b.checked);")).isEqualTo(false);
    }
}
