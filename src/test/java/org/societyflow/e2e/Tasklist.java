package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist as a reviewer uses it: reached from the portal, a filter, a task, its Camunda Form. */
final class Tasklist {

    static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(90);

    private final Browser browser;
    private final TaskService taskService;
    /** What was typed into the open task's form, by component: checked again before completing. */
    private final Map<String, String> typed = new LinkedHashMap<>();

    Tasklist(Browser browser, TaskService taskService) {
        this.browser = browser;
        this.taskService = taskService;
    }

    /** The user task of an application's process, once the engine has reached it. */
    Task awaitTask(String applicationNo, String taskDefinitionKey) {
        return browser.waitUntil(PROCESS_TIMEOUT, driver -> taskService.createTaskQuery()
                .processInstanceBusinessKey(applicationNo).taskDefinitionKey(taskDefinitionKey).singleResult());
    }

    /** From the portal's nav into Tasklist (single sign-on: no login form), the filter, and the task in its list. */
    void open(Task task, String filterName) {
        typed.clear();
        browser.open("/");
        browser.menu("/camunda/app/tasklist/default/");
        browser.waitUntil(ExpectedConditions.urlContains("/camunda/app/tasklist/default/"));
        // the focused filter's name carries its task count ("学会部待办 2")
        By filter = By.xpath("//*[contains(@class,'task-filters')]//div[contains(@class,'task-filter')]"
                + "/h4[contains(@class,'name')]/a[starts-with(normalize-space(), '" + filterName + "')]");
        browser.click(filter);
        assertThat(browser.all(By.cssSelector("form[name='signinForm'], input[name='username']")))
                .as("Tasklist opens without a second login").isEmpty();
        By inList = By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + task.getId() + "']");
        browser.waitUntil(PROCESS_TIMEOUT, driver -> {
            List<WebElement> found = driver.findElements(inList);
            if (found.isEmpty()) {
                // the list refreshes itself; a reload of the filter is quicker than waiting for it
                driver.findElement(filter).click();
                return null;
            }
            return found.get(0);
        }).click();
        browser.waitUntil(ExpectedConditions.urlContains("task=" + task.getId()));
        browser.visible(By.xpath("//*[contains(@class,'task-details')]//h2[normalize-space()='" + task.getName() + "']"));
    }

    void claim() {
        browser.click(By.cssSelector(".task-details button.claim"));
        browser.visible(By.cssSelector(".task-details li.assignee"));
        // the form turns editable once the task is claimed
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$='Field_opinion']")));
    }

    /** The label a Camunda Form select shows for its current value. */
    String selectDisplay(String componentId) {
        return browser.text(By.cssSelector(".fjs-select-display[id$='-" + componentId + "-display']"));
    }

    void chooseSelectOption(String componentId, String label) {
        browser.click(By.cssSelector(".fjs-select-display[id$='-" + componentId + "-display']"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
        browser.waitUntil(d -> selectDisplay(componentId).equals(label));
    }

    /** Form-js radios carry no value attribute: the option is picked by its label. */
    void chooseRadio(String componentId, String label) {
        By radio = By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(@for,'-" + componentId
                + "-')][normalize-space()='" + label + "']/input[@type='radio']");
        browser.click(radio);
        browser.waitUntil(d -> d.findElement(radio).isSelected());
    }

    /** Types into a form field; typed again when a re-render of the form (after another field's blur) swallowed it. */
    void type(String componentId, String text) {
        typed.put(componentId, text);
        By field = field(componentId);
        browser.type(field, text);
        browser.waitUntil(d -> {
            if (text.equals(d.findElement(field).getDomProperty("value"))) {
                return true;
            }
            browser.type(field, text);
            return null;
        });
    }

    private static By field(String componentId) {
        return By.cssSelector("textarea[id$='-" + componentId + "'], input[id$='-" + componentId + "']");
    }

    /** A form-js date field (flatpickr): typed as the form shows it (mm/dd/yyyy), then left, which closes the picker. */
    void date(String componentId, java.time.LocalDate value) {
        By field = By.cssSelector("input[id$='-" + componentId + "-date']");
        String text = value.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        browser.type(field, text);
        browser.visible(field).sendKeys(org.openqa.selenium.Keys.ENTER);
        // the date picker shows the date again without leading zeros (12/7/2026 for 12/07/2026)
        browser.waitUntil(d -> withoutLeadingZeros(text)
                .equals(withoutLeadingZeros(d.findElement(field).getDomProperty("value"))));
    }

    private static String withoutLeadingZeros(String date) {
        return date == null ? null : date.replaceAll("\\b0(\\d)", "$1");
    }

    /**
     * Completes the claimed task and waits until the engine has it done. Tasklist swallows a click on Complete
     * that arrives while a form field still has the focus (the blur re-renders the form), so the fields are
     * left first and Tasklist is given until it has taken the changes (its Save button turns on). Tasklist may also
     * import the form's data once more after the first fields were typed (its variables arrive late), which empties
     * them and keeps Complete disabled: every typed field is checked, and typed again if it was emptied.
     */
    void complete(Task task) {
        browser.script("document.activeElement && document.activeElement.blur();");
        typed.forEach((componentId, text) -> {
            if (!text.equals(browser.visible(field(componentId)).getDomProperty("value"))) {
                type(componentId, text);
                browser.script("document.activeElement && document.activeElement.blur();");
            }
        });
        browser.clickable(By.cssSelector(".task-details .form-actions button.btn-default"));
        browser.click(By.cssSelector(".task-details .form-actions button.btn-primary"));
        browser.waitUntil(PROCESS_TIMEOUT, d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".task-details .form-actions button.btn-primary")));
    }

    /** The whole review of one task: open it, claim it, pick the decision, write the opinion, complete it. */
    void review(Task task, String filterName, String decisionLabel, String opinion) {
        open(task, filterName);
        claim();
        chooseRadio("Field_decision", decisionLabel);
        type("Field_opinion", opinion);
        complete(task);
    }
}
