package org.societyflow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

/**
 * What every model deployed here must satisfy, whether it comes from the app's editor or from Camunda Modeler: it
 * parses; its processes are executable and have a history time to live; every user task says who does it (candidate
 * groups or users, or an assignee); every delegate or service expression names a bean the application has. A model
 * that breaks one of them would deploy and then fail, or never run, in front of its users.
 */
public class ModelRules {

    /** Names an expression may start with besides beans: what the engine itself puts in scope. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "currentUser",
            "currentUserGroups", "dateTime", "now", "S", "XML", "JSON");
    private static final Pattern ROOT = Pattern.compile("^[#$]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final Predicate<String> beanExists;

    public ModelRules(Predicate<String> beanExists) {
        this.beanExists = beanExists;
    }

    public List<ModelProblem> check(String resource, byte[] content) {
        if (resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml")) {
            return bpmn(resource, content);
        }
        if (resource.endsWith(".dmn") || resource.endsWith(".dmn11.xml")) {
            return dmn(resource, content);
        }
        if (resource.endsWith(".form")) {
            return form(resource, content);
        }
        return List.of();
    }

    List<ModelProblem> bpmn(String resource, byte[] content) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException e) {
            return List.of(new ModelProblem(resource, null, "不是有效的 BPMN 2.0 XML (not valid BPMN 2.0 XML): " + rootCause(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                problems.add(new ModelProblem(resource, process.getId(), "流程 " + label(process)
                        + " 不可执行：请勾选 Executable (isExecutable=\"true\"), otherwise the engine ignores it"));
            }
            if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                problems.add(new ModelProblem(resource, process.getId(), "流程 " + label(process)
                        + " 缺少历史保留期 (History time to live is missing)"));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers()) && blank(task.getCamundaAssignee())) {
                problems.add(new ModelProblem(resource, task.getId(), "用户任务 " + label(task)
                        + " 没有候选组或办理人 (a user task needs candidate groups, candidate users or an assignee)"));
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            beans(resource, task, task.getCamundaDelegateExpression(), problems);
            beans(resource, task, task.getCamundaExpression(), problems);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            beans(resource, task, task.getCamundaDelegateExpression(), problems);
            beans(resource, task, task.getCamundaExpression(), problems);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            beans(resource, task, task.getCamundaDelegateExpression(), problems);
            beans(resource, task, task.getCamundaExpression(), problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
            beans(resource, owner, listener.getCamundaDelegateExpression(), problems);
            beans(resource, owner, listener.getCamundaExpression(), problems);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
            beans(resource, owner, listener.getCamundaDelegateExpression(), problems);
            beans(resource, owner, listener.getCamundaExpression(), problems);
        }
        return problems;
    }

    /** The bean an expression calls must exist; process variables are not delegates. */
    private void beans(String resource, BaseElement element, String expression, List<ModelProblem> problems) {
        if (expression == null) {
            return;
        }
        Matcher root = ROOT.matcher(expression.strip());
        if (root.find() && !ENGINE_NAMES.contains(root.group(1)) && !beanExists.test(root.group(1))) {
            problems.add(new ModelProblem(resource, element.getId(), label(element) + " 调用了不存在的组件 " + root.group(1)
                    + " (" + expression + ": no bean of that name)"));
        }
    }

    List<ModelProblem> dmn(String resource, byte[] content) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException e) {
            return List.of(new ModelProblem(resource, null, "不是有效的 DMN XML (not valid DMN XML): " + rootCause(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getCamundaHistoryTimeToLiveString() == null || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
                problems.add(new ModelProblem(resource, decision.getId(), "决策 " + decision.getId()
                        + " 缺少历史保留期 (History time to live is missing)"));
            }
        }
        return problems;
    }

    List<ModelProblem> form(String resource, byte[] content) {
        try {
            JsonNode schema = new ObjectMapper().readTree(content);
            if (schema == null || !schema.hasNonNull("id") || !schema.path("components").isArray()) {
                return List.of(new ModelProblem(resource, null, "表单缺少 id 或 components (a form needs an id and components)"));
            }
            return List.of();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(new ModelProblem(resource, null, "表单不是有效的 JSON (the form is not valid JSON): " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String label(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? element.getId() : "“" + name + "”（" + element.getId() + "）";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
