package org.societyflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Filling in the portal's forms in the browser, as a society or an initiator does. */
final class PortalForm {

    private final Browser browser;

    PortalForm(Browser browser) {
        this.browser = browser;
    }

    void select(String name, String value) {
        new Select(browser.visible(By.name(name))).selectByValue(value);
    }

    /** Date inputs take their value in ISO form from script; typing depends on the browser's locale. */
    void date(String name, LocalDate value) {
        browser.script("arguments[0].value = arguments[1];", browser.visible(By.name(name)), value.toString());
    }

    /** A row of the candidate table (换届 candidates, 变更 officers, proposed officers), eligible on every rule. */
    void candidate(String property, int row, String role, String name, LocalDate born, boolean legal, boolean fullTime) {
        String p = property + "[" + row + "].";
        select(p + "role", role);
        browser.type(By.name(p + "name"), name);
        date(p + "birthDate", born);
        select(p + "partyMember", "true");
        browser.type(By.name(p + "currentJob"), "研究员");
        select(p + "officialStatus", "NONE");
        select(p + "cadreApproval", "false");
        browser.type(By.name(p + "termsServed"), "0");
        browser.type(By.name(p + "otherSocietyOffices"), "0");
        select(p + "legalRepresentative", String.valueOf(legal));
        select(p + "legalRepresentativeElsewhere", "false");
        select(p + "fullTime", String.valueOf(fullTime));
    }

    /** Uploads a document of a kind and waits for the page's verdict (listed, or a field error). */
    void upload(String kind, String filename, byte[] content) {
        try {
            Path file = Files.write(Files.createTempDirectory("societyflow-upload").resolve(filename), content);
            select("kind", kind);
            // the native input hides behind the page's 选择文件 button; the driver hands it the file as the dialog would
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("attachment-file")))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("#attachment-form .file-name"), filename));
            browser.click(By.id("upload-attachment"));
            browser.waitUntil(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash.success")),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#attachments p.field-error"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
