package org.societyflow.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;

/**
 * User tasks bind their Camunda Forms by deployment ({@code camunda:formRefBinding="deployment"}): a process finds its
 * forms only in its own deployment. So a process deployed from the editor takes the latest deployed version of every
 * form it references along, and a form takes along the latest version of every process that uses it (and their other
 * forms) — otherwise Tasklist would show a changed form to no one, or a new process version without its forms.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeploymentCompanions {

    private final RepositoryService repositoryService;

    Map<String, String> complete(Map<String, String> resources) {
        Map<String, String> all = new LinkedHashMap<>(resources);
        Map<String, String> deployedForms = latestForms();
        Deque<String> todo = new ArrayDeque<>(resources.keySet());
        while (!todo.isEmpty()) {
            String file = todo.pop();
            if (file.endsWith(".bpmn")) {
                for (String formId : formRefs(all.get(file))) {
                    String formFile = formId + ".form";
                    if (!all.containsKey(formFile) && deployedForms.containsKey(formFile)) {
                        all.put(formFile, deployedForms.get(formFile));
                    }
                }
            } else if (file.endsWith(".form")) {
                String formId = file.substring(0, file.length() - ".form".length());
                latestProcessesUsing(formId).forEach((processFile, xml) -> {
                    if (!all.containsKey(processFile)) {
                        all.put(processFile, xml);
                        todo.push(processFile);
                    }
                });
            }
        }
        return all;
    }

    private static Set<String> formRefs(String xml) {
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                    .filter(ref -> ref != null && !ref.isBlank()).collect(Collectors.toSet());
        } catch (ModelException e) {
            // the model rules report the broken file; nothing to add for it
            return Set.of();
        }
    }

    /** The newest deployed content of every form file, by file name. */
    private Map<String, String> latestForms() {
        Map<String, String> forms = new HashMap<>();
        for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                String file = resource.getName().substring(resource.getName().lastIndexOf('/') + 1);
                if (file.endsWith(".form") && !forms.containsKey(file)) {
                    forms.put(file, read(repositoryService.getResourceAsStream(deployment.getId(), resource.getName())));
                }
            }
        }
        return forms;
    }

    private Map<String, String> latestProcessesUsing(String formId) {
        Map<String, String> processes = new LinkedHashMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            String xml = read(repositoryService.getProcessModel(definition.getId()));
            if (formRefs(xml).contains(formId)) {
                String file = Optional.ofNullable(definition.getResourceName()).map(n -> n.substring(n.lastIndexOf('/') + 1))
                        .orElse(definition.getKey() + ".bpmn");
                processes.put(file, xml);
            }
        }
        return processes;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
