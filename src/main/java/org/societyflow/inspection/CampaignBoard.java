package org.societyflow.inspection;

import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.Board;
import org.societyflow.workflow.BoardRow;
import org.societyflow.workflow.BoardStatus;
import org.societyflow.workflow.BulkActions;
import org.societyflow.workflow.BulkResult;
import org.societyflow.workflow.OpenSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 年检 campaign board: every society of the campaign with where its inspection stands, reminders to the societies
 * that have not handed in, and bulk approval of clean reports at 学会部's review. A report is clean when it is complete,
 * its required documents are attached and the grade table (annual-inspection-grade.dmn) found nothing: it proposed 合格.
 * The table's inputs include what would be overdue in the register (换届逾期, 负责人超龄超届), so those count as findings.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CampaignBoard {

    static final String REVIEW_STEP = "ReviewReport";

    private final InspectionCampaignService campaigns;
    private final AnnualInspectionRepository inspections;
    private final AnnualInspectionService inspectionService;
    private final SocietyService societies;
    private final OpenSteps openSteps;
    private final BulkActions bulk;
    private final FormValidator validator;
    private final ChineseTexts texts;

    /**
     * One row per society of the campaign: each inspection, and while the campaign is open the eligible societies whose
     * inspection has not been created yet (the campaign creates them one job at a time).
     */
    @Transactional(readOnly = true)
    public Board board(Long campaignId) {
        InspectionCampaign campaign = campaigns.get(campaignId);
        List<AnnualInspection> all = inspections.findByCampaignIdOrderByApplicationNo(campaignId);
        Set<Long> inspected = all.stream().map(AnnualInspection::getSocietyId).collect(Collectors.toSet());
        List<Long> notYetCreated = campaign.isOpen() ? campaigns.eligibleSocietyIds(campaignId).stream()
                .filter(id -> !inspected.contains(id)).toList() : List.of();
        Map<Long, Society> byId = societies.byIds(Stream.concat(inspected.stream(), notYetCreated.stream()).toList());
        Map<String, OpenSteps.Step> steps = openSteps.of(all.stream().collect(Collectors.toMap(
                AnnualInspection::getApplicationNo, i -> byId.get(i.getSocietyId()).getCode())));
        List<BoardRow> rows = new ArrayList<>();
        for (AnnualInspection i : all) {
            Society society = byId.get(i.getSocietyId());
            rows.add(BoardRow.of(society.getId(), society.getCode(), society.getName(), i.getId(), i.getApplicationNo(),
                    "/inspections/" + i.getId(), i.boardStatus(), "InspectionStatus." + i.getStatus(),
                    steps.get(i.getApplicationNo())));
        }
        for (Long id : notYetCreated) {
            Society society = byId.get(id);
            rows.add(BoardRow.of(id, society.getCode(), society.getName(), null, null, null, BoardStatus.NOT_SUBMITTED,
                    "board.notCreated", null));
        }
        return Board.of(rows);
    }

    /** Reminds the selected societies (by row key, or every row in the statuses) to hand in their reports. */
    public BulkResult remind(Long campaignId, Collection<String> keys, Collection<BoardStatus> statuses, CurrentUser user) {
        BulkActions.requireBoardUser(user);
        InspectionCampaign campaign = campaigns.get(campaignId);
        List<BoardRow> rows = board(campaignId).select(keys, statuses);
        String title = texts.text("board.campaign.reminder", String.valueOf(campaign.getYear()),
                String.valueOf(campaign.getReportDeadline()));
        return bulk.remind(rows, new BulkActions.Reminder(title, "/inspections"), user);
    }

    /** Approves the selected reports that are clean with the proposed grade 合格; the others are skipped with why. */
    public BulkResult approve(Long campaignId, Collection<String> keys, Collection<BoardStatus> statuses, String opinion,
                              CurrentUser user) {
        BulkActions.requireBoardUser(user);
        String text = BulkActions.opinionOr(opinion, texts.text("board.campaign.defaultOpinion"));
        List<BoardRow> rows = board(campaignId).select(keys, statuses);
        return bulk.approve(rows, new BulkActions.Approval(REVIEW_STEP, this::notClean, row -> Map.of(
                ProcessVariables.DECISION.name(), "approve", ProcessVariables.Inspection.GRADE.name(),
                InspectionGrade.PASS.name(), ProcessVariables.OPINION.name(), text)), user);
    }

    /** Why the row's report is not clean (message keys); none when it is. */
    List<String> notClean(BoardRow row) {
        AnnualInspection inspection = inspections.findById(row.applicationId()).orElseThrow();
        List<String> reasons = new ArrayList<>();
        if (!validator.violations(inspection.getReport(), Default.class, Complete.class).isEmpty()) {
            reasons.add("board.clean.reportIncomplete");
        }
        if (!inspectionService.hasRequiredDocuments(inspection)) {
            reasons.add("board.clean.attachmentsMissing");
        }
        if (inspection.getProposedGrade() != InspectionGrade.PASS) {
            reasons.add("board.clean.gradeFinding");
        }
        return reasons;
    }

}
