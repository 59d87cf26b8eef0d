package org.societyflow.inspection;

import static org.societyflow.shared.ProcessVariables.Inspection.NR_OF_INSTANCES;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far opening a campaign has come: the campaign's multi-instance creates each society's 年检 in a job of its own
 * (annual-inspection-campaign.bpmn), so the page follows the inspections created against the instances to create.
 */
@Component
class CampaignStartProgress {

    /** The same shape as a migration batch's progress, which the shared progress bar follows. */
    record Progress(int total, int done, int failed, boolean ended) {
    }

    /** The multi-instance body's count of instances to create, set when the campaign opens. */
    /** The multi-instance body, which starts once the job that opens the campaign has run. */
    private static final String INSPECT_ALL = "InspectSocieties#multiInstanceBody";

    private final InspectionCampaignService campaigns;
    private final AnnualInspectionRepository inspections;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;

    CampaignStartProgress(InspectionCampaignService campaigns, AnnualInspectionRepository inspections,
                          RuntimeService runtimeService, ManagementService managementService,
                          HistoryService historyService) {
        this.historyService = historyService;
        this.campaigns = campaigns;
        this.inspections = inspections;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /**
     * Before the campaign's opening job has run, the total is the eligible societies and nothing has ended; once the
     * multi-instance has ended (every inspection done, or none to create) the total is what was created.
     */
    @Transactional(readOnly = true)
    public Progress of(Long campaignId) {
        InspectionCampaign campaign = campaigns.get(campaignId);
        // asked first: the opening job may commit between two of these reads (H2 reads what is committed at each),
        // and once the multi-instance is seen started, its count of instances is committed too
        boolean opened = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(campaign.getProcessInstanceId()).activityId(INSPECT_ALL).count() > 0;
        int created = (int) inspections.countByCampaignId(campaignId);
        int failed = (int) managementService.createJobQuery().processInstanceId(campaign.getProcessInstanceId())
                .noRetriesLeft().count();
        if (!opened) {
            return new Progress(campaigns.eligibleSocietyIds(campaignId).size(), created, failed, false);
        }
        VariableInstance instances = runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(campaign.getProcessInstanceId()).variableName(NR_OF_INSTANCES.name())
                .singleResult();
        int total = instances == null ? created : NR_OF_INSTANCES.read(instances.getValue());
        return new Progress(total, created, failed, created >= total);
    }
}
