package org.societyflow.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: staff copy an application to colleagues for information. Each recipient gets a notification and the copy in
 * their inbox, and may read the application's 审批单 even where they could not see the application otherwise.
 */
@Service("copies")
@Transactional
public class Copies {

    static final String KIND = "copy";
    static final int MAX_NOTE = 1000;
    private static final int INBOX_SIZE = 200;

    /** A copy in a recipient's inbox, with what the application is. */
    public record CopyView(Long id, String businessKey, String title, String fromUser, String note, Instant createdAt,
                           Instant readAt, String link) {
    }

    private final ApplicationCopyRepository copies;
    private final ReviewOpinionRepository opinions;
    private final ProcessProgressService progress;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final NotificationService notifications;
    private final ChineseTexts texts;

    Copies(ApplicationCopyRepository copies, ReviewOpinionRepository opinions, ProcessProgressService progress,
           TaskService taskService, HistoryService historyService, IdentityService identityService,
           NotificationService notifications, ChineseTexts texts) {
        this.texts = texts;
        this.copies = copies;
        this.opinions = opinions;
        this.progress = progress;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.notifications = notifications;
    }

    /**
     * Copies the application to each colleague (staff, or an expert consulted on it; not the sender); refused as a whole
     * on any bad recipient.
     */
    public List<String> copy(String businessKey, Collection<String> users, String note, CurrentUser from) {
        if (!from.isStaff() || from.isSociety()) {
            throw new AccessDeniedException("staff only");
        }
        HistoricProcessInstance instance = progress.applicationInstance(businessKey);
        if (instance == null) {
            throw new NotFoundException("application", businessKey);
        }
        Set<String> to = new LinkedHashSet<>();
        (users == null ? List.<String>of() : users).stream().filter(Objects::nonNull).map(String::strip)
                .filter(u -> !u.isEmpty()).forEach(to::add);
        String text = note == null ? "" : note.strip();
        Map<String, String> errors = new TreeMap<>();
        if (to.isEmpty()) {
            errors.put("users", "copy.usersRequired");
        } else if (!to.stream().allMatch(u -> !u.equals(from.userId()) && mayReceive(u))) {
            errors.put("users", "copy.notStaff");
        }
        if (text.length() > MAX_NOTE) {
            errors.put("note", "copy.noteTooLong");
        }
        FormValidator.throwIfAny(errors);

        String title = texts.text("approval.notice.copied",
                Objects.requireNonNullElse(ProcessVariables.TITLE.from(progress.subject(businessKey)), businessKey), businessKey);
        for (String user : to) {
            ApplicationCopy copy = copies.save(new ApplicationCopy(businessKey, instance.getId(), user, from.userId(),
                    text.isEmpty() ? null : text));
            notifications.notifyUser(user, title, link(copy));
        }
        String names = String.join("、", to);
        record(instance, from, text.isEmpty() ? texts.text("approval.log.copied", names)
                : texts.text("approval.log.copiedWithNote", names, text));
        return List.copyOf(to);
    }

    /** The user's copies, unread first. */
    @Transactional(readOnly = true)
    public List<CopyView> inbox(CurrentUser user) {
        return copies.inboxOf(user.userId(), PageRequest.of(0, INBOX_SIZE)).stream().map(c -> new CopyView(c.getId(),
                c.getBusinessKey(), title(c.getBusinessKey()), c.getFromUser(), c.getNote(), c.getCreatedAt(),
                c.getReadAt(), link(c))).toList();
    }

    @Transactional(readOnly = true)
    public long unread(CurrentUser user) {
        return copies.countByToUserAndReadAtIsNull(user.userId());
    }

    /** The recipient opens a copy: it counts as read; answers the application it is about. */
    public String open(long id, CurrentUser user) {
        ApplicationCopy copy = copies.findById(id).filter(c -> c.getToUser().equals(user.userId()))
                .orElseThrow(() -> new NotFoundException("copy", String.valueOf(id)));
        copy.markRead();
        return copy.getBusinessKey();
    }

    @Transactional(readOnly = true)
    public boolean isRecipient(String businessKey, String userId) {
        return copies.existsByBusinessKeyAndToUser(businessKey, userId);
    }

    private boolean mayReceive(String userId) {
        if (identityService.createUserQuery().userId(userId).count() != 1) {
            return false;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return groups.stream().anyMatch(g -> Groups.STAFF.contains(g) || Groups.EXPERTS.equals(g))
                && groups.stream().map(Groups::societyCodeOf).allMatch(Objects::isNull);
    }

    private String title(String businessKey) {
        Map<String, Object> subject = progress.subject(businessKey);
        return subject == null ? null : ProcessVariables.TITLE.from(subject);
    }

    /**
     * In the timeline at the step the application is at: its open task, or once it has ended (or waits outside a
     * reviewer step) the last step it reached.
     */
    private void record(HistoricProcessInstance instance, CurrentUser from, String text) {
        Task open = taskService.createTaskQuery().processInstanceId(instance.getId()).orderByTaskCreateTime().asc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (open != null) {
            opinions.save(new ReviewOpinion(instance.getBusinessKey(), instance.getId(), open.getId(),
                    open.getTaskDefinitionKey(), open.getName(), from.userId(), KIND, text));
            return;
        }
        HistoricActivityInstance last = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().desc().orderPartiallyByOccurrence().desc().list().stream()
                .filter(a -> a.getActivityName() != null).findFirst()
                .orElseThrow(() -> new NotFoundException("step of application", instance.getBusinessKey()));
        opinions.save(new ReviewOpinion(instance.getBusinessKey(), instance.getId(), last.getId(), last.getActivityId(),
                last.getActivityName(), from.userId(), KIND, text));
    }

    private static String link(ApplicationCopy copy) {
        return "/copies/" + copy.getId();
    }
}
