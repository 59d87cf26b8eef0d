package org.societyflow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.societyflow.shared.ProcessVariables;

/**
 * What every model deployed here must satisfy, whether it comes from the app's editor or from Camunda Modeler: it
 * parses; its processes are executable and have a history time to live; every user task says who does it (candidate
 * groups or users, or an assignee); every delegate or service expression names a bean the application has; it has no
 * script; no file name climbs out of its folder; no file is larger, and no name longer, than the engine stores; its
 * expressions read only the variables of the process contract ({@link ProcessVariables}) or ones the model defines
 * itself (a misspelt {@code ${needFiling}} would never be true, and no one would notice). A model that breaks one of
 * them would deploy and then fail, or never run, in front of its users, or fail the deployment with a general error.
 */
public class ModelRules {

    /** Names an expression may start with besides beans: what the engine itself puts in scope. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "currentUser",
            "currentUserGroups", "dateTime", "now", "S", "XML", "JSON");
    /** Variables the engine sets itself: a multi-instance's counters. */
    static final Set<String> ENGINE_VARIABLES = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances");
    private static final Pattern ROOT = Pattern.compile("^[#$]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final Predicate<String> beanExists;
    private final Set<String> formFields;

    /**
     * {@code formFields}: the keys of the forms deployed with the models, which set variables of the same names when
     * a task completes.
     */
    public ModelRules(Predicate<String> beanExists, Set<String> formFields) {
        this.beanExists = beanExists;
        this.formFields = formFields;
    }

    /** Far above any model drawn by hand; the engine would otherwise store and parse whatever it is sent. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The engine's columns for a deployment's name and source and a resource's name hold 255 characters. */
    static final int MAX_NAME = 255;

    /** The deployment's own name and source, which the engine stores as they come. */
    public List<ModelProblem> deployment(String name, String source) {
        List<ModelProblem> problems = new ArrayList<>();
        if (name != null && name.length() > MAX_NAME) {
            problems.add(new ModelProblem(null, null, "部署名称超过 " + MAX_NAME + " 个字符 (the deployment name is longer than "
                    + MAX_NAME + " characters)"));
        }
        if (source != null && source.length() > MAX_NAME) {
            problems.add(new ModelProblem(null, null, "部署来源超过 " + MAX_NAME + " 个字符 (the deployment source is longer than "
                    + MAX_NAME + " characters)"));
        }
        return problems;
    }

    public List<ModelProblem> check(String resource, byte[] content) {
        if (resource.length() > MAX_NAME) {
            return List.of(new ModelProblem(resource.substring(0, 40) + "…", null, "文件名超过 " + MAX_NAME
                    + " 个字符 (the file name is longer than " + MAX_NAME + " characters)"));
        }
        if (resource.contains("\\") || List.of(resource.split("/")).contains("..")) {
            return List.of(new ModelProblem(resource, null, "文件名不能含 .. 或 \\ (a file name may not climb out of its folder)"));
        }
        if (content.length > MAX_BYTES) {
            return List.of(new ModelProblem(resource, null, "文件超过 2 MB (a model file may not exceed 2 MB)"));
        }
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
        scripts(resource, model, problems);
        variables(resource, model, problems);
        return problems;
    }

    /** Every name an element's expressions read must be declared, a bean, the engine's, or defined by the models. */
    private void variables(String resource, BpmnModelInstance model, List<ModelProblem> problems) {
        Set<String> defined = VariableReads.defined(model);
        Set<String> declared = ProcessVariables.names();
        VariableReads.reads(model).forEach((elementId, names) -> {
            List<String> undeclared = names.stream().filter(name -> !declared.contains(name) && !defined.contains(name)
                    && !formFields.contains(name) && !ENGINE_NAMES.contains(name) && !ENGINE_VARIABLES.contains(name)
                    && !beanExists.test(name)).toList();
            if (!undeclared.isEmpty()) {
                ModelElementInstance element = elementId == null ? null : model.getModelElementById(elementId);
                String where = element instanceof BaseElement base ? label(base) : String.valueOf(elementId);
                problems.add(new ModelProblem(resource, elementId, where + " 读取了流程变量约定中没有的变量 "
                        + String.join("、", undeclared) + " (reads variables the process contract does not declare: "
                        + String.join(", ", undeclared) + "; a misspelt name never matches — declare a new one in "
                        + "ProcessVariables or set it in the model)"));
            }
        });
    }

    /**
     * The application ships no script engine (Java 17 has none), so a script task, a listener's or mapping's script or
     * a scripted condition would deploy and then fail the instance that reaches it.
     */
    private static void scripts(String resource, BpmnModelInstance model, List<ModelProblem> problems) {
        List<ModelElementInstance> scripted = new ArrayList<>(model.getModelElementsByType(ScriptTask.class));
        scripted.addAll(model.getModelElementsByType(CamundaScript.class));
        model.getModelElementsByType(ConditionExpression.class).stream()
                .filter(condition -> condition.getLanguage() != null).forEach(scripted::add);
        for (ModelElementInstance element : scripted) {
            ModelElementInstance owner = element;
            while (!(owner instanceof BaseElement) && owner.getParentElement() != null) {
                owner = owner.getParentElement();
            }
            BaseElement base = owner instanceof BaseElement b ? b : null;
            problems.add(new ModelProblem(resource, base == null ? null : base.getId(), (base == null ? "" : label(base))
                    + " 含有脚本，本系统无脚本引擎，请改用表达式或 Java 组件 (scripts cannot run here: use an expression or a bean)"));
        }
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

    /** The keys of a form's fields, at any depth (groups, dynamic lists): the variables the form sets. */
    static Set<String> formFields(byte[] content) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            JsonNode schema = new ObjectMapper().readTree(content);
            if (schema != null) {
                schema.findValues("key").forEach(key -> keys.add(key.asText()));
            }
        } catch (IOException e) {
            // form() reports a form that is not JSON
        }
        return keys;
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
