package org.societyflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Modeler, Cockpit and Tasklist need of every model in {@code processes/} and {@code forms/}: a diagram shape or
 * edge for every element, user tasks with candidate groups or an assignee, a form and a Chinese name, a history time
 * to live on every process, and every form, called process and decision they refer to present in the repository.
 */
class ModelQualityTest {

    static final Path PROCESSES = Paths.get("processes");
    static final Path FORMS = Paths.get("forms");

    static Stream<Path> bpmnFiles() throws IOException {
        return files(PROCESSES, ".bpmn").stream();
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static boolean chinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyElementIsDrawn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
        List<String> missing = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                missing.add(node.getId());
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                missing.add(flow.getId());
            }
        }
        assertThat(missing).as("elements of %s without a shape or edge", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyProcessIsExecutableWithAHistoryTimeToLive(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.isExecutable()).as("%s is executable", process.getId()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s has a history time to live", process.getId())
                    .isNotBlank();
            assertThat(chinese(process.getName())).as("%s has a Chinese name", process.getId()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyUserTaskHasWhoWhatAndAChineseName(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
                    .as("%s of %s has candidate groups or an assignee", task.getId(), file).isTrue();
            assertThat(task.getCamundaFormRef() != null || task.getCamundaFormKey() != null)
                    .as("%s of %s has a form", task.getId(), file).isTrue();
            assertThat(chinese(task.getName())).as("%s of %s has a Chinese name", task.getId(), file).isTrue();
        }
    }

    @Test
    void everyReferenceResolvesToAFileOfTheRepository() throws IOException {
        Set<String> forms = new HashSet<>();
        for (Path form : files(FORMS, ".form")) {
            JsonNode schema = new ObjectMapper().readTree(form.toFile());
            forms.add(schema.get("id").asText());
        }
        Set<String> processes = new HashSet<>();
        List<BpmnModelInstance> models = new ArrayList<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            models.add(model);
            model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
        }
        Set<String> decisions = new HashSet<>();
        for (Path file : files(PROCESSES, ".dmn")) {
            DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
        }
        List<String> unresolved = new ArrayList<>();
        for (BpmnModelInstance model : models) {
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                    .filter(ref -> ref != null && !forms.contains(ref)).forEach(ref -> unresolved.add("form " + ref));
            model.getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCalledElement)
                    .filter(ref -> !processes.contains(ref)).forEach(ref -> unresolved.add("process " + ref));
            model.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaDecisionRef)
                    .filter(ref -> ref != null && !decisions.contains(ref)).forEach(ref -> unresolved.add("decision " + ref));
        }
        assertThat(unresolved).isEmpty();
        assertThat(forms).as("forms found").isNotEmpty();
        assertThat(decisions).as("decisions found").contains("grant-eligibility", "annual-inspection-grade");
    }
}
