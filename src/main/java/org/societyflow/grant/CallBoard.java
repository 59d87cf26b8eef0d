package org.societyflow.grant;

import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.workflow.Board;
import org.societyflow.workflow.BoardRow;
import org.societyflow.workflow.BoardStatus;
import org.societyflow.workflow.BulkActions;
import org.societyflow.workflow.BulkResult;
import org.societyflow.workflow.OpenSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A grant call's board: every application to the programme, and while the call is open every active supervised
 * society that has not applied (未提交, the ones a reminder may still bring in); reminders; and bulk approval of clean
 * applications at 学会部's formal check. An application is clean when its form is complete and consistent (budget
 * adding up to the amount), the 申报书 and 预算明细 are attached, and the eligibility table (grant-eligibility.dmn)
 * refuses it on nothing today, except the call window, which was checked when it was handed in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CallBoard {

    static final String REVIEW_STEP = "FormalCheck";
    private static final String WINDOW_REFUSAL = "OUTSIDE_WINDOW";

    private final ProgrammeRepository programmes;
    private final GrantApplicationRepository applications;
    private final GrantApplicationService grants;
    private final GrantEligibility eligibility;
    private final SocietyService societies;
    private final OpenSteps openSteps;
    private final BulkActions bulk;
    private final FormValidator validator;
    private final ChineseTexts texts;

    @Transactional(readOnly = true)
    public Board board(Long programmeId) {
        Programme programme = programme(programmeId);
        List<GrantApplication> all = applications.standing(programmeId);
        Set<Long> applied = all.stream().map(GrantApplication::getSocietyId).collect(Collectors.toSet());
        Map<Long, Society> byId = societies.byIds(applied);
        Map<String, OpenSteps.Step> steps = openSteps.of(all.stream().filter(a -> a.getApplicationNo() != null)
                .collect(Collectors.toMap(GrantApplication::getApplicationNo, a -> byId.get(a.getSocietyId()).getCode())));
        List<BoardRow> rows = new ArrayList<>();
        for (GrantApplication a : all) {
            Society society = byId.get(a.getSocietyId());
            rows.add(BoardRow.of(society.getId(), society.getCode(), society.getName(), a.getId(), a.getApplicationNo(),
                    "/grants/" + a.getId(), a.getStatus().onBoard(), "GrantStatus." + a.getStatus(),
                    a.getApplicationNo() == null ? null : steps.get(a.getApplicationNo())));
        }
        if (programme.getStatus() == ProgrammeStatus.OPEN) {
            societies.underSupervision().stream()
                    .filter(s -> s.getStatus() == SocietyStatus.ACTIVE && !applied.contains(s.getId()))
                    .forEach(s -> rows.add(BoardRow.of(s.getId(), s.getCode(), s.getName(), null, null, null,
                            BoardStatus.NOT_SUBMITTED, "board.notApplied", null)));
        }
        return Board.of(rows);
    }

    /** Reminds the selected societies: drafts and societies yet to apply of the call's deadline, cases at 补正 urged. */
    public BulkResult remind(Long programmeId, Collection<String> keys, Collection<BoardStatus> statuses, CurrentUser user) {
        BulkActions.requireBoardUser(user);
        Programme programme = programme(programmeId);
        List<BoardRow> rows = board(programmeId).select(keys, statuses);
        String title = texts.text("board.call.reminder", programme.getTitle(), String.valueOf(programme.getClosesOn()));
        return bulk.remind(rows, new BulkActions.Reminder(title, "/programmes/" + programmeId), user);
    }

    /** Approves the formal check of the selected clean applications; the others are skipped with why. */
    public BulkResult approve(Long programmeId, Collection<String> keys, Collection<BoardStatus> statuses, String opinion,
                              CurrentUser user) {
        BulkActions.requireBoardUser(user);
        String text = BulkActions.opinionOr(opinion, texts.text("board.call.defaultOpinion"));
        List<BoardRow> rows = board(programmeId).select(keys, statuses);
        return bulk.approve(rows, new BulkActions.Approval(REVIEW_STEP, this::notClean, row -> Map.of(
                ProcessVariables.DECISION.name(), "approve", ProcessVariables.OPINION.name(), text)), user);
    }

    /** Why the row's application is not clean (message keys); none when it is. */
    List<String> notClean(BoardRow row) {
        GrantApplication application = applications.findById(row.applicationId()).orElseThrow();
        Programme programme = programme(application.getProgrammeId());
        Society society = societies.get(application.getSocietyId());
        GrantForm form = application.getForm();
        List<String> reasons = new ArrayList<>();
        if (!validator.violations(form, Default.class, Complete.class).isEmpty()) {
            reasons.add("board.clean.formIncomplete");
        }
        if (!grants.rules(form, programme).isEmpty()) {
            reasons.add("board.clean.formInconsistent");
        }
        if (!grants.hasRequiredDocuments(application)) {
            reasons.add("board.clean.documentsMissing");
        }
        eligibility.refusals(society, programme, form, grants.context(application, programme, society, form),
                        EngineClock.today()).stream()
                .map(GrantEligibility.Refusal::code).filter(code -> !Objects.equals(code, WINDOW_REFUSAL))
                .forEach(code -> reasons.add("grant.eligibility." + code));
        return reasons;
    }

    private Programme programme(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }
}
