package org.societyflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one task listener of every reviewer task (docs/ARCHITECTURE.md §4). On create it begins a {@link ReviewRound},
 * so a task is never completed with a stale decision; on complete it requires a decision the
 * step allows and an opinion, and records them as a {@link ReviewOpinion}. A refusal is a form
 * validation error, which the REST API and Tasklist report as 400 and which rolls the completion back. The decisions a
 * step allows are those its Camunda Form offers (the values of its field {@code decision}), and the refusal names them;
 * a step without such a form allows any of {@link #DECISIONS}.
 */
@Component("reviewOpinionRecorder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewOpinionRecorder implements TaskListener {

    /** Every decision a step may take; {@code reassess}: the 年检 review asks its grade table again. */
    static final Set<String> DECISIONS = Set.of("approve", "reject", "return", "extend", "reassess");
    static final int MAX_OPINION = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(ReviewOpinionRecorder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReviewOpinionRepository opinions;
    private final IdentityService identityService;
    private final ChineseTexts texts;

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReviewRound.begin(task);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        // read raw: what a form or REST client sent may be of any type, and is refused as a form error
        Object decision = task.getVariable(ProcessVariables.DECISION.name());
        Object opinion = task.getVariable(ProcessVariables.OPINION.name());
        List<String> offered = offeredDecisions(task);
        if (!(decision instanceof String d) || !offered.contains(d)) {
            throw new FormFieldValidationException(ProcessVariables.DECISION.name(), texts.text("review.decisionRequired",
                    String.join("、", offered.stream().map(o -> texts.text("decision." + o)).toList()),
                    String.join(", ", offered)));
        }
        if (!(opinion instanceof String o) || o.isBlank() || o.length() > MAX_OPINION) {
            throw new FormFieldValidationException(ProcessVariables.OPINION.name(),
                    texts.text("review.opinionRequired", String.valueOf(MAX_OPINION)));
        }
        opinions.save(new ReviewOpinion(businessKey(task), task.getProcessInstanceId(), task.getId(),
                task.getTaskDefinitionKey(), task.getName(), whoCompleted(task), d, o.strip()));
    }

    /** The values of the field {@code decision} of the step's deployed Camunda Form, else all {@link #DECISIONS}. */
    static List<String> offeredDecisions(DelegateTask task) {
        List<String> offered = new ArrayList<>();
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            collectDecisions(JSON.readTree(form), offered);
        } catch (Exception e) {
            // no Camunda Form (a generated or embedded form, or none): the step allows what every step may
            LOG.debug("task {} has no Camunda Form with decisions: {}", task.getId(), e.getMessage());
        }
        offered.removeIf(value -> !DECISIONS.contains(value));
        return offered.isEmpty() ? DECISIONS.stream().sorted().toList() : offered;
    }

    private static void collectDecisions(JsonNode component, List<String> offered) {
        if (ProcessVariables.DECISION.name().equals(component.path("key").asText())) {
            component.path("values").forEach(value -> offered.add(value.path("value").asText()));
        }
        component.path("components").forEach(child -> collectDecisions(child, offered));
    }

    private String whoCompleted(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    private static String businessKey(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
