package org.societyflow.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.notification.NotificationService;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.ProcessVariables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign boards' bulk actions, for any process: reminders to many societies and approval of many clean cases.
 * Each case runs in its own transaction, so one that fails rolls back alone; each is recorded per case (催办 through
 * {@link ApprovalOperations#urge}, approval as a completed review with its opinion).
 */
@Service
public class BulkActions {

    /** Why a case was skipped or failed, as message keys. */
    static final String NOT_WITH_SOCIETY = "board.skip.notWithSociety";
    static final String NOT_AT_REVIEW = "board.skip.notAtReview";
    static final String CLAIMED_BY_OTHER = "board.skip.claimedByOther";

    /** What a reminder without a running case says, and where it leads a society that has no case yet. */
    public record Reminder(String title, String linkWithoutCase) {
    }

    /**
     * Approving the cases waiting at one reviewer step: why a case is not clean (message keys, none when it is) and the
     * variables its task's form would set.
     */
    public record Approval(String taskDefinitionKey, Function<BoardRow, List<String>> notClean,
                           Function<BoardRow, Map<String, Object>> variables) {
    }

    private final ApprovalOperations approvals;
    private final NotificationService notifications;
    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final TransactionTemplate perCase;

    BulkActions(ApprovalOperations approvals, NotificationService notifications, TaskService taskService,
                FormService formService, IdentityService identityService, PlatformTransactionManager transactions) {
        this.approvals = approvals;
        this.notifications = notifications;
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
        this.perCase = new TransactionTemplate(transactions);
        this.perCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reminds each society of its row: a case waiting for the society is urged (recorded in its timeline); a society
     * that has handed in nothing and has no running case is notified directly (there is no timeline to record in).
     */
    public BulkResult remind(List<BoardRow> rows, Reminder reminder, CurrentUser user) {
        requireBoardUser(user);
        return each(rows, row -> {
            if (row.withSociety()) {
                approvals.urge(row.applicationNo(), user);
                return List.of();
            }
            if (row.step() == null && row.status().notHandedIn()) {
                notifications.notifyGroup(Groups.ofSociety(row.societyCode()), reminder.title(),
                        row.link() != null ? row.link() : reminder.linkWithoutCase());
                return List.of();
            }
            return List.of(NOT_WITH_SOCIETY);
        });
    }

    /**
     * Completes the step of each clean case with the approving decision as the user, the way Tasklist submits its form
     * (claim, then submit the form's variables), so the step's listeners record the opinion. Others are skipped with why.
     */
    public BulkResult approve(List<BoardRow> rows, Approval approval, CurrentUser user) {
        requireBoardUser(user);
        return each(rows, row -> {
            Task task = row.applicationNo() == null ? null : taskService.createTaskQuery()
                    .processInstanceBusinessKey(row.applicationNo()).taskDefinitionKey(approval.taskDefinitionKey())
                    .singleResult();
            if (task == null) {
                return List.of(NOT_AT_REVIEW);
            }
            if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
                return List.of(CLAIMED_BY_OTHER);
            }
            List<String> reasons = approval.notClean().apply(row);
            if (!reasons.isEmpty()) {
                return reasons;
            }
            AsUser.run(identityService, user, () -> {
                if (task.getAssignee() == null) {
                    taskService.claim(task.getId(), user.userId());
                }
                formService.submitTaskForm(task.getId(), approval.variables().apply(row));
            });
            return List.of();
        });
    }

    /** Runs the action on each row in a transaction of its own: no reasons = done, reasons = skipped, thrown = failed. */
    private BulkResult each(List<BoardRow> rows, Function<BoardRow, List<String>> action) {
        List<BulkResult.Outcome> outcomes = new ArrayList<>();
        for (BoardRow row : rows) {
            BulkResult.Outcome outcome;
            try {
                List<String> reasons = perCase.execute(status -> {
                    List<String> why = action.apply(row);
                    if (!why.isEmpty()) {
                        status.setRollbackOnly();
                    }
                    return why;
                });
                outcome = outcome(row, reasons.isEmpty() ? BulkResult.Result.DONE : BulkResult.Result.SKIPPED, reasons, null);
            } catch (RuntimeException e) {
                outcome = outcome(row, BulkResult.Result.FAILED, List.of(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            outcomes.add(outcome);
        }
        return new BulkResult(outcomes);
    }

    private static BulkResult.Outcome outcome(BoardRow row, BulkResult.Result result, List<String> reasons,
                                              String error) {
        return new BulkResult.Outcome(row.key(), row.societyName(), row.applicationNo(), result, reasons, error);
    }

    /** The opinion recorded with each case a bulk approval completes: the user's, else the rule's own words. */
    public static String opinionOr(String opinion, String fallback) {
        if (opinion == null || opinion.isBlank()) {
            return fallback;
        }
        if (opinion.length() > ReviewOpinionRecorder.MAX_OPINION) {
            FormValidator.throwIfAny(Map.of(ProcessVariables.OPINION.name(), "board.opinionTooLong"));
        }
        return opinion.strip();
    }

    /** The boards' bulk actions are 学会部's (and admins'). */
    public static void requireBoardUser(CurrentUser user) {
        if (user.isSociety() || !(user.isIn(Groups.SOCIETY_AFFAIRS) || user.isIn(Groups.ADMIN))) {
            throw new AccessDeniedException("学会部 only");
        }
    }
}
