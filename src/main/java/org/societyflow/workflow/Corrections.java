package org.societyflow.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.FormValidator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 补正: the holder of the current step sends the application back to the society step it passed last, naming the fields
 * to correct and why. The society sees them on its page until it submits again; the clock pauses meanwhile
 * ({@link ServiceClock}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Corrections {

    static final String CORRECTION = "correction";

    private final ApprovalOperations operations;
    private final SocietySteps societySteps;
    private final CorrectionRequestRepository requests;
    private final TaskService taskService;
    private final NotificationService notifications;
    private final MessageSource messages;

    public CorrectionRequest request(String businessKey, List<String> fields, String reason, CurrentUser user) {
        ProcessInstance instance = operations.runningApplication(businessKey);
        Task current = operations.heldStep(instance, user);
        CorrectionTarget target = societySteps.correctionTarget(instance.getId(), instance.getProcessDefinitionId())
                .orElseThrow(() -> new BusinessRuleException("correction.noSocietyStep"));
        List<String> asked = fields == null ? List.of() : fields.stream().filter(f -> f != null && !f.isBlank())
                .map(String::strip).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null || reason.isBlank() || reason.length() > ApprovalOperations.MAX_REASON) {
            errors.put("reason", "approval.reasonRequired");
        }
        if (asked.isEmpty()) {
            errors.put("fields", "correction.fieldsRequired");
        } else if (!target.fields().keySet().containsAll(asked)) {
            errors.put("fields", "correction.unknownField");
        }
        FormValidator.throwIfAny(errors);
        CorrectionRequest request = requests.save(new CorrectionRequest(businessKey, instance.getId(), target.activityId(),
                target.name(), asked, reason.strip(), user.userId()));
        String labels = asked.stream().map(f -> messages.getMessage(target.fields().get(f), null, f, Locale.CHINA))
                .collect(Collectors.joining("、"));
        String text = "请补正「" + target.name() + "」：" + labels + "。原因：" + reason.strip();
        operations.move(instance, target.activityId(), text);
        operations.record(instance, current, user, CORRECTION, text);
        notifyApplicant(instance, target, "补正通知：" + target.name() + "（" + businessKey + "）");
        return request;
    }

    /** Whoever has the reopened step: the applicant it is assigned to, or the society's group. */
    private void notifyApplicant(ProcessInstance instance, CorrectionTarget target, String title) {
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(target.activityId()).initializeFormKeys().list()) {
            List<String> groups = new ArrayList<>(operations.candidateGroups(task));
            if (task.getAssignee() != null) {
                notifications.notifyUser(task.getAssignee(), title, ApprovalOperations.link(task));
            }
            groups.forEach(group -> notifications.notifyGroup(group, title, ApprovalOperations.link(task)));
        }
    }
}
