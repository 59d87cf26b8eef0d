package org.societyflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin edits a label in the app's modeler and deploys a new version; a model the Modeler's rules refuse (a task
 * without a name) is not deployed and its error is shown on the diagram.
 */
@IntegrationTest
class ModelingBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;

    static String process(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="d" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%1$s" name="编辑测试" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start" name="开始"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check"/>
                    <bpmn:userTask id="Check" name="学会部审核" camunda:candidateGroups="society-affairs">
                      <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="End"/>
                    <bpmn:endEvent id="End" name="结束"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="%1$s">
                    <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="Check_di" bpmnElement="Check"><dc:Bounds x="240" y="80" width="100" height="80"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="392" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="188" y="120"/><di:waypoint x="240" y="120"/></bpmndi:BPMNEdge>
                    <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="340" y="120"/><di:waypoint x="392" y="120"/></bpmndi:BPMNEdge>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key);
    }

    @Test
    void anAdminEditsALabelAndDeploysANewVersion() {
        String key = TestSocieties.uniqueCode("edit-");
        String first = Api.as(port, "admin", "admin").post("/api/v1/models/deployments",
                Map.of("resources", Map.of(key + ".bpmn", process(key)))).body().at("/processDefinitionIds/0").asText();

        browser.baseUrl("http://localhost:" + port);
        browser.login("admin", "admin");
        browser.menu("/admin/models");
        browser.click(By.cssSelector("#process-models tr[data-key='" + key + "'] a.edit"));
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("model-canvas"), "data-ready", "true"));
        assertThat(browser.visible(By.id("file-name")).getDomProperty("value")).isEqualTo(key + ".bpmn");

        relabel("学会部初审");
        browser.click(By.id("deploy-model"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("deploy-result"), key + ":2:"));
        ProcessDefinition second = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(repositoryService.getBpmnModelInstance(second.getId()).getModelElementById("Check")
                .getAttributeValue("name")).isEqualTo("学会部初审");
        assertThat(first).isNotEqualTo(second.getId());

        // the two versions side by side, with the renamed task listed
        browser.open("/admin/models/compare?left=" + first + "&right=" + second.getId());
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("differences"), "data-ready", "true"));
        assertThat(browser.text(By.id("differences"))).contains("学会部初审").contains("学会部审核");
        assertThat(browser.all(By.cssSelector("#right-canvas .djs-element.sf-current[data-element-id='Check']"))).hasSize(1);
        browser.open("/admin/models/edit?type=bpmn&id=" + second.getId());
        browser.waitUntil(ExpectedConditions.attributeToBe(By.id("model-canvas"), "data-ready", "true"));

        // a task without a name breaks the Modeler's rules: refused, marked on the diagram, nothing deployed
        relabel("");
        browser.click(By.id("deploy-model"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("model-problems"), "Check"));
        assertThat(browser.all(By.cssSelector(".djs-overlays[data-container-id='Check'] *"))).isNotEmpty();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(2);
    }

    /** Double-click the task, type its new name in the diagram's label editor, click beside it to finish. */
    private void relabel(String name) {
        WebElement task = browser.visible(By.cssSelector("#model-canvas .djs-element.djs-shape[data-element-id='Check']"));
        new Actions(browser.driver()).doubleClick(task).perform();
        WebElement editor = browser.visible(By.cssSelector(".djs-direct-editing-parent [contenteditable], .djs-direct-editing-content"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!name.isEmpty()) {
            editor.sendKeys(name);
        }
        new Actions(browser.driver()).moveToElement(browser.visible(By.cssSelector("#model-canvas svg")), 5, 5).click().perform();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".djs-direct-editing-parent")));
    }
}
