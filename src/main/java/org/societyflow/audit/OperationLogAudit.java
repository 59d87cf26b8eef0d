package org.societyflow.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/**
 * Turns the engine's own user operation log into audit rows: deployments, instance modifications (moves),
 * migrations and cancellations, group membership changes and unlocks, from the engine REST API, the webapps and the
 * portal's admin pages alike (these run as the portal's user, workflow/AsUser, so the engine logs them). It runs
 * inside the operation's transaction, so an operation that cannot be audited fails with it.
 *
 * <p>One operation logs several entries (one per property), which share an operation id: one row for them all.
 */
class OperationLogAudit implements HistoryEventHandler {

    /** The entries of the operations the current thread's commands are logging, by operation id. */
    private final ThreadLocal<Map<String, List<UserOperationLogEntryEventEntity>>> pending =
            ThreadLocal.withInitial(HashMap::new);

    private final AuditLog auditLog;

    OperationLogAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /**
     * The engine hands the entries of one operation over one by one: they are collected and audited as one row when
     * the command closes, still inside its transaction (before the engine flushes), and dropped if it fails.
     */
    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof UserOperationLogEntryEventEntity entry) || kindOf(entry).isEmpty()) {
            return;
        }
        String operationId = entry.getOperationId();
        List<UserOperationLogEntryEventEntity> entries = pending.get().get(operationId);
        if (entries != null) {
            entries.add(entry);
            return;
        }
        pending.get().put(operationId, new ArrayList<>(List.of(entry)));
        Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext commandContext) {
                audit(pending.get().remove(operationId));
            }

            @Override
            public void onCommandFailed(CommandContext commandContext, Throwable t) {
                pending.get().remove(operationId);
            }
        });
    }

    private void audit(List<UserOperationLogEntryEventEntity> entries) {
        UserOperationLogEntryEventEntity first = entries.get(0);
        AuditKind kind = kindOf(first).orElseThrow();
        Map<String, String> properties = new LinkedHashMap<>();
        entries.stream().filter(e -> e.getProperty() != null).forEach(e -> properties.put(e.getProperty(), e.getNewValue()));
        auditLog.record(kind, first.getUserId(), subject(kind, first, properties), detail(first, properties));
    }

    private static Optional<AuditKind> kindOf(UserOperationLogEntryEventEntity entry) {
        String entity = entry.getEntityType();
        return Optional.ofNullable(switch (entry.getOperationType()) {
            case UserOperationLogEntry.OPERATION_TYPE_CREATE -> switch (entity) {
                case EntityTypes.DEPLOYMENT -> AuditKind.MODEL_DEPLOYED;
                case EntityTypes.GROUP_MEMBERSHIP -> AuditKind.MEMBERSHIP_ADDED;
                default -> null;
            };
            case UserOperationLogEntry.OPERATION_TYPE_DELETE -> switch (entity) {
                case EntityTypes.PROCESS_INSTANCE -> AuditKind.INSTANCE_CANCELLED;
                case EntityTypes.GROUP_MEMBERSHIP -> AuditKind.MEMBERSHIP_REMOVED;
                default -> null;
            };
            case UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE -> AuditKind.INSTANCE_MODIFIED;
            case UserOperationLogEntry.OPERATION_TYPE_MIGRATE -> AuditKind.INSTANCE_MIGRATED;
            case UserOperationLogEntry.OPERATION_TYPE_UNLOCK -> EntityTypes.USER.equals(entity)
                    ? AuditKind.ACCOUNT_UNLOCKED : null;
            default -> null;
        });
    }

    /** Whom or what the operation was about: the user, the deployment, the process instance. */
    private static String subject(AuditKind kind, UserOperationLogEntryEventEntity entry, Map<String, String> properties) {
        return switch (kind) {
            case MEMBERSHIP_ADDED, MEMBERSHIP_REMOVED, ACCOUNT_UNLOCKED -> properties.get("userId");
            case MODEL_DEPLOYED -> entry.getDeploymentId();
            default -> entry.getProcessInstanceId();
        };
    }

    private static String detail(UserOperationLogEntryEventEntity entry, Map<String, String> properties) {
        StringJoiner detail = new StringJoiner("; ");
        if (entry.getProcessDefinitionKey() != null) {
            detail.add("process=" + entry.getProcessDefinitionKey());
        }
        properties.forEach((name, value) -> detail.add(name + "=" + value));
        if (entry.getAnnotation() != null) {
            detail.add("annotation=" + entry.getAnnotation());
        }
        return detail.toString();
    }
}
