package org.societyflow.notification;

import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.identity.Groups;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * What every process tells people, without a line in any model ({@link NotificationEnginePlugin} adds it to every
 * user task and process):
 * <ul>
 * <li>a task is created: its assignee, else its candidate groups and users, get "新待办" with the task's link (its
 * portal page when the form key is a path, else the task in Tasklist);</li>
 * <li>an application changes state — a step someone else holds is completed, or the process ends: the application's
 * holder (the group {@code society-<societyCode>}, or the initiator {@code applicant} before there is a society) is
 * told, with the application's page ({@code applicationLink}). Decisions and opinions stay on that page: experts'
 * scores are not the society's to see before the programme decides.</li>
 * </ul>
 * Processes without {@code title} and {@code applicationLink} (a campaign, an expert review, a mail) have no holder.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProcessNotifications implements TaskListener, ExecutionListener {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    private static final Logger log = LoggerFactory.getLogger(ProcessNotifications.class);

    private final NotificationService notifications;

    @Override
    public void notify(DelegateTask task) {
        try {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                taskCreated(task);
            } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                stepCompleted(task);
            }
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // a model these rules do not foresee: the step goes on without its notification
            log.warn("No notification for {} of task {} ({})", task.getEventName(), task.getId(), task.getName(), e);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (EVENTNAME_END.equals(execution.getEventName()) && execution.getId().equals(execution.getProcessInstanceId())) {
            try {
                processEnded(execution);
            } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
                log.warn("No notification of the end of process instance {}", execution.getProcessInstanceId(), e);
            }
        }
    }

    private void taskCreated(DelegateTask task) {
        String title = ChineseTexts.format("notification.task.new", task.getName(), about(text(task, ProcessVariables.TITLE)));
        String link = linkOf(task);
        if (task.getAssignee() != null) {
            notifications.notifyUser(task.getAssignee(), title, link);
            return;
        }
        for (IdentityLink candidate : candidates(task)) {
            if (candidate.getGroupId() != null) {
                notifications.notifyGroup(candidate.getGroupId(), title, link);
            } else if (candidate.getUserId() != null) {
                notifications.notifyUser(candidate.getUserId(), title, link);
            }
        }
    }

    private void stepCompleted(DelegateTask task) {
        Holder holder = Holder.of(task);
        if (holder == null || holder.holds(task, candidates(task))) {
            return;
        }
        holder.tell(notifications, ChineseTexts.format("notification.step.done", holder.title, task.getName()));
    }

    private void processEnded(DelegateExecution execution) {
        Holder holder = Holder.of(execution);
        if (holder == null) {
            return;
        }
        ExecutionEntity entity = (ExecutionEntity) execution;
        ActivityImpl activity = entity.getActivity();
        boolean atEndEvent = activity != null && String.valueOf(activity.getProperty("type")).endsWith("EndEvent");
        // the parser keeps an activity's name as its property "name"
        Object name = activity == null ? null : activity.getProperty("name");
        String message = entity.isCanceled() || !atEndEvent
                ? ChineseTexts.format("notification.process.terminated", holder.title)
                : name instanceof String n && !n.isBlank() ? ChineseTexts.format("notification.process.endedAt", holder.title, n)
                : ChineseTexts.format("notification.process.ended", holder.title);
        holder.tell(notifications, message);
    }

    /** A task's page: its portal form, or the task in Tasklist. */
    static String linkOf(DelegateTask task) {
        String formKey = null;
        if (task instanceof TaskEntity entity) {
            entity.initializeFormKey();
            formKey = entity.getFormKey();
        }
        return formKey != null && formKey.startsWith("/") ? formKey : TASKLIST + task.getId();
    }

    private static List<IdentityLink> candidates(DelegateTask task) {
        return task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
    }

    private static String about(String title) {
        return title == null ? "" : ChineseTexts.format("notification.about", title);
    }

    /** Leniently: a notification is left out, never the transaction failed, for a variable of an odd type. */
    private static String text(VariableScope scope, ProcessVariables.Var<String> variable) {
        return scope.getVariable(variable.name()) instanceof String s && !s.isBlank() ? s : null;
    }

    /** Whose application it is: a society's secretariat, or the initiator of a society being founded. */
    private record Holder(String group, String user, String title, String link) {

        static Holder of(VariableScope scope) {
            String title = text(scope, ProcessVariables.TITLE);
            String link = text(scope, ProcessVariables.APPLICATION_LINK);
            String societyCode = text(scope, ProcessVariables.SOCIETY_CODE);
            String applicant = text(scope, ProcessVariables.APPLICANT);
            if (title == null || link == null || (societyCode == null && applicant == null)) {
                return null;
            }
            return societyCode != null ? new Holder(Groups.ofSociety(societyCode), null, title, link)
                    : new Holder(null, applicant, title, link);
        }

        /** The holder's own task: nothing to tell them about it. */
        boolean holds(DelegateTask task, List<IdentityLink> candidates) {
            if (user != null) {
                return user.equals(task.getAssignee()) || candidates.stream().anyMatch(c -> user.equals(c.getUserId()));
            }
            return candidates.stream().anyMatch(c -> Objects.equals(group, c.getGroupId()));
        }

        void tell(NotificationService notifications, String message) {
            if (group != null) {
                notifications.notifyGroup(group, message, link);
            } else {
                notifications.notifyUser(user, message, link);
            }
        }
    }
}
