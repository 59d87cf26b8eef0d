package org.societyflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.identity.Groups;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.shared.DisplayTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds whoever holds an open task before its due date ({@code societyflow.notification.lead-times}, say P3D and
 * P1D) and escalates it when the date passes: to the task's holders and 学会部. Runs on
 * {@code societyflow.notification.scan-cron} and remembers what it sent ({@link DeadlineReminder}), so each reminder
 * goes out once — and only the nearest one when a task is first seen inside several lead times. A step whose model
 * reminds or escalates by its own timers ({@link StepTimers}) gets that part from the model only.
 */
@Component
public class DeadlineScan {

    static final String OVERDUE = "overdue";
    private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final NotificationService notifications;
    private final DeadlineReminderRepository sent;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final StepTimers stepTimers;
    private final ChineseTexts texts;
    private final DisplayTime times;

    DeadlineScan(TaskService taskService, RuntimeService runtimeService, NotificationService notifications,
                 DeadlineReminderRepository sent, NotificationSettings settings, PlatformTransactionManager transactions,
                 StepTimers stepTimers, ChineseTexts texts, DisplayTime times) {
        this.times = times;
        this.stepTimers = stepTimers;
        this.texts = texts;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.notifications = notifications;
        this.sent = sent;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${societyflow.notification.scan-cron}")
    void scheduled() {
        scan(EngineClock.now());
    }

    /** Sends what is due at {@code now}; returns what it sent, as "kind:taskId". Each task in its own transaction. */
    public List<String> scan(Instant now) {
        Duration longest = leadTimes().stream().findFirst().orElse(Duration.ZERO);
        return remindAll(taskService.createTaskQuery().active().dueBefore(Date.from(now.plus(longest)))
                .initializeFormKeys().list(), now);
    }

    /** Reminds of each task read by the scan, some of which may have been completed since. */
    List<String> remindAll(List<Task> tasks, Instant now) {
        List<String> done = new ArrayList<>();
        for (Task task : tasks) {
            try {
                String kind = transaction.execute(status -> remind(task, now));
                if (kind != null) {
                    done.add(kind + ":" + task.getId());
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Reminder of task {} was sent by another scan meanwhile", task.getId());
            } catch (NullValueException e) {
                // completed since the list was read: nobody holds it any more, the other tasks still get theirs
                log.info("Task {} was completed before its reminder", task.getId());
            }
        }
        return done;
    }

    /** The lead times, longest first. */
    private List<Duration> leadTimes() {
        return settings.getLeadTimes().stream().sorted(Comparator.reverseOrder()).toList();
    }

    static String before(Duration lead) {
        return "before-" + lead;
    }

    private String remind(Task task, Instant now) {
        Instant due = task.getDueDate().toInstant();
        Set<String> already = new HashSet<>(sent.kindsSent(task.getId(), due.toEpochMilli()));
        List<String> kinds = new ArrayList<>();
        String kind;
        if (!now.isBefore(due)) {
            kind = OVERDUE;
            kinds.add(OVERDUE);
            leadTimes().forEach(lead -> kinds.add(before(lead)));
        } else {
            leadTimes().stream().filter(lead -> !now.isBefore(due.minus(lead))).forEach(lead -> kinds.add(before(lead)));
            if (kinds.isEmpty()) {
                return null;
            }
            kind = kinds.get(kinds.size() - 1);
        }
        if (already.contains(kind) || stepTimers.of(task).contains(OVERDUE.equals(kind) ? StepTimers.Firing.AT_DUE
                : StepTimers.Firing.BEFORE_DUE)) {
            return null;
        }
        String when = times.minute(due);
        String about = about(task);
        String link = task.getFormKey() != null && task.getFormKey().startsWith("/") ? task.getFormKey()
                : ProcessNotifications.TASKLIST + task.getId();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        for (IdentityLink candidate : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
                continue;
            }
            if (candidate.getGroupId() != null) {
                groups.add(candidate.getGroupId());
            } else if (candidate.getUserId() != null) {
                users.add(candidate.getUserId());
            }
        }
        String message;
        if (OVERDUE.equals(kind)) {
            groups.add(Groups.SOCIETY_AFFAIRS);
            message = texts.text("notification.task.overdue", task.getName(), when, about);
        } else {
            message = texts.text("notification.task.dueSoon", task.getName(), when, about);
        }
        groups.forEach(group -> notifications.notifyGroup(group, message, link));
        users.forEach(user -> notifications.notifyUser(user, message, link));
        Instant sentAt = EngineClock.now();
        kinds.stream().filter(k -> !already.contains(k))
                .forEach(k -> sent.save(new DeadlineReminder(task.getId(), k, due, sentAt)));
        sent.flush();
        return kind;
    }

    private String about(Task task) {
        if (task.getExecutionId() == null) {
            return "";
        }
        Object title = runtimeService.getVariable(task.getExecutionId(), ProcessVariables.TITLE.name());
        return title instanceof String s && !s.isBlank() ? texts.text("notification.about", s) : "";
    }
}
