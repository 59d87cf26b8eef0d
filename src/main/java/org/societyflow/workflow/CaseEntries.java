package org.societyflow.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 迁入 (docs/RULES.md): a case already running on paper enters its process at the step it has reached. The feature
 * ({@link CaseEntry}) stores the row as the process would have it; the engine starts the instance before the step
 * with the variables the process would have by then; the reason is the first line of the case's opinions. All in one
 * transaction: a refusal at any point stores no row, number or process.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseEntries {

    /** The opinions' decision of the line that records why the case was entered. */
    static final String DECISION = "migrate";
    static final String DATA = "data";

    private final List<CaseEntry<?>> entries;
    private final SocietyService societies;
    private final ApplicationNumbers numbers;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ReviewOpinionRepository opinions;
    private final FormValidator validator;
    private final ObjectMapper json;
    private final ChineseTexts texts;

    /** A step a case may enter at: its id and its name in the deployed model. */
    public record EntryStep(String processKey, String stepId, String name) {
    }

    /** Every step a case may enter at, per process in the order of {@link CaseEntry#entrySteps()}, named by the model. */
    @Transactional(readOnly = true)
    public Map<String, List<EntryStep>> steps() {
        Map<String, List<EntryStep>> steps = new LinkedHashMap<>();
        for (CaseEntry<?> entry : entries) {
            String key = entry.processDefinitionKey();
            steps.put(key, entry.entrySteps().stream().map(id -> new EntryStep(key, id, stepName(key, id)))
                    .filter(step -> step.name() != null).toList());
        }
        return steps;
    }

    /** Enters the case; answers its application number. */
    public String enter(CaseEntryForm form, String by) {
        Map<String, String> errors = new TreeMap<>(validator.violations(form));
        CaseEntry<?> entry = entries.stream().filter(e -> e.processDefinitionKey().equals(form.getProcessKey()))
                .findFirst().orElse(null);
        if (entry == null) {
            errors.putIfAbsent("processKey", "caseEntry.unknownProcess");
        } else if (form.getStepId() != null && (!entry.entrySteps().contains(form.getStepId())
                || stepName(entry.processDefinitionKey(), form.getStepId()) == null)) {
            errors.putIfAbsent("stepId", "caseEntry.unknownStep");
        }
        Society society = form.getSocietyId() == null ? null : societies.byIds(List.of(form.getSocietyId()))
                .get(form.getSocietyId());
        if (society == null) {
            errors.putIfAbsent("societyId", "caseEntry.unknownSociety");
        } else if (society.getSupervisionMode() != SupervisionMode.SUPERVISED) {
            errors.putIfAbsent("societyId", "society.notSupervised");
        } else if (society.getStatus() != SocietyStatus.ACTIVE && society.getStatus() != SocietyStatus.RECTIFYING) {
            errors.putIfAbsent("societyId", "society.notActive");
        }
        FormValidator.throwIfAny(errors);
        societies.getForUpdate(society.getId());
        if (entry.hasOpenCase(society.getId())) {
            throw new InvalidInputException(Map.of("societyId", "caseEntry.alreadyOpen"));
        }
        return start(entry, society, form, by);
    }

    private <D> String start(CaseEntry<D> entry, Society society, CaseEntryForm form, String by) {
        D data = data(entry, form.getData());
        String applicationNo = numbers.next(entry.keyPrefix(), EngineClock.today().getYear());
        Map<String, Object> variables;
        try {
            variables = entry.enter(society, form.getStepId(), data, applicationNo, by);
        } catch (InvalidInputException e) {
            Map<String, String> underData = new TreeMap<>();
            e.getFieldErrors().forEach((field, message) -> underData.put(DATA + "." + field, message));
            throw new InvalidInputException(underData);
        }
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(entry.processDefinitionKey())
                .businessKey(applicationNo).setVariables(variables).startBeforeActivity(form.getStepId()).execute();
        entry.started(applicationNo, instance.getId());
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).orderByTaskCreateTime().asc()
                .listPage(0, 1).get(0);
        opinions.save(new ReviewOpinion(applicationNo, instance.getId(), task.getId(), task.getTaskDefinitionKey(),
                task.getName(), by, DECISION, texts.text("caseEntry.opinion", form.getReason().strip())));
        return applicationNo;
    }

    /** The case's data as the feature's form: a JSON object, or its text; absent is an empty form. */
    private <D> D data(CaseEntry<D> entry, Object data) {
        try {
            JsonNode tree = data instanceof String text ? (text.isBlank() ? json.createObjectNode() : json.readTree(text))
                    : data == null ? json.createObjectNode() : json.valueToTree(data);
            if (!tree.isObject()) {
                throw new InvalidInputException(Map.of(DATA, "caseEntry.dataNotObject"));
            }
            return json.treeToValue(tree, entry.dataType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(Map.of(DATA, "caseEntry.dataUnreadable"));
        }
    }

    /** The step's name in the process's deployed model, or null when it is no user task there. */
    private String stepName(String processKey, String stepId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (definition == null) {
            return null;
        }
        return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementById(stepId)
                instanceof UserTask task ? task.getName() : null;
    }
}
