package org.societyflow.modeling;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.workflow.AsUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances from one version of a process to another with Camunda's migration API: the plan (equal
 * activities mapped) is shown first with what cannot be migrated, then the migration runs as a batch whose progress
 * the page follows.
 */
@Service
public class Migrations {

    /** A plan: each activity's mapping, what makes it invalid, and how many instances it would move. */
    public record Plan(String sourceId, String targetId, List<Instruction> instructions, List<String> errors, long instances) {
    }

    public record Instruction(String sourceActivity, String targetActivity) {
    }

    /** A batch's progress; {@code ended} once the engine has removed it. */
    public record Progress(String batchId, int total, int done, int failed, boolean ended) {
    }

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    static final int DRY_RUN = 50;

    private final HistoryService historyService;
    private final PlatformTransactionManager transactionManager;
    private final IdentityService identityService;

    Migrations(RuntimeService runtimeService, ManagementService managementService, HistoryService historyService,
               PlatformTransactionManager transactionManager, IdentityService identityService) {
        this.transactionManager = transactionManager;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
    }

    public Plan plan(String sourceId, String targetId, CurrentUser user) {
        ModelAdmins.require(user);
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceId).count();
        try {
            MigrationPlan plan = build(sourceId, targetId);
            return new Plan(sourceId, targetId, plan.getInstructions().stream()
                    .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId())).toList(),
                    dryRun(plan, sourceId), instances);
        } catch (MigrationPlanValidationException e) {
            List<String> errors = e.getValidationReport().getInstructionReports().stream()
                    .flatMap(r -> r.getFailures().stream().map(f -> describe(r.getMigrationInstruction()) + "：" + f))
                    .toList();
            return new Plan(sourceId, targetId, List.of(), errors.isEmpty() ? List.of(e.getMessage()) : errors, instances);
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            return new Plan(sourceId, targetId, List.of(), List.of(e.getMessage()), instances);
        }
    }

    public String start(String sourceId, String targetId, CurrentUser user) {
        ModelAdmins.require(user);
        if (sourceId == null || runtimeService.createProcessInstanceQuery().processDefinitionId(sourceId).count() == 0) {
            throw new BusinessRuleException("migration.nothingToMigrate");
        }
        MigrationPlan plan;
        try {
            plan = build(sourceId, targetId);
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            // an invalid plan, or a target that is missing or names no deployed definition
            throw new BusinessRuleException("migration.invalidPlan");
        }
        // as the admin, so the engine's operation log and with it the audit log name who migrated
        Batch batch = AsUser.call(identityService, user, () -> runtimeService.newMigration(plan)
                .processInstanceQuery(runtimeService.createProcessInstanceQuery().processDefinitionId(sourceId))
                .executeAsync());
        return batch.getId();
    }

    public Progress progress(String batchId, CurrentUser user) {
        ModelAdmins.require(user);
        BatchStatistics statistics = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics != null) {
            return new Progress(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(), statistics.getFailedJobs(),
                    false);
        }
        HistoricBatch ended = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (ended == null) {
            throw new org.societyflow.shared.NotFoundException("batch", batchId);
        }
        return new Progress(batchId, ended.getTotalJobs(), ended.getTotalJobs(), 0, true);
    }

    /**
     * A plan can be valid and still leave instances behind (one waits in a step the target lacks). The engine checks
     * instances only when it migrates them, so the first {@value #DRY_RUN} are migrated in a transaction that is then
     * rolled back, and what it refused is reported.
     */
    private List<String> dryRun(MigrationPlan plan, String sourceId) {
        List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceId).listPage(0, DRY_RUN)
                .stream().map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> errors = new java.util.ArrayList<>();
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        template.executeWithoutResult(status -> {
            try {
                runtimeService.newMigration(plan).processInstanceIds(ids).execute();
            } catch (MigratingProcessInstanceValidationException e) {
                var report = e.getValidationReport();
                report.getFailures().forEach(f -> errors.add(report.getProcessInstanceId() + "：" + f));
                report.getActivityInstanceReports().forEach(r -> r.getFailures()
                        .forEach(f -> errors.add(report.getProcessInstanceId() + " · " + r.getSourceScopeId() + "：" + f)));
            } finally {
                status.setRollbackOnly();
            }
        });
        return errors;
    }

    private MigrationPlan build(String sourceId, String targetId) {
        return runtimeService.createMigrationPlan(sourceId, targetId).mapEqualActivities().updateEventTriggers().build();
    }

    private static String describe(MigrationInstruction instruction) {
        return instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId();
    }
}
