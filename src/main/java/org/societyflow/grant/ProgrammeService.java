package org.societyflow.grant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.shared.ProcessVariables;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ProcessStarter;
import org.societyflow.workflow.ReviewOpinions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes (docs/RULES.md, 项目资助): 学会部 sets up and publishes a call; {@code grant-programme.bpmn} (as
 * {@code grantProgrammeService}) closes it, ranks the reviewed applications by mean score, proposes the funded
 * list within the total budget, publishes the 公示 for its working days and decides.
 */
@Service("grantProgrammeService")
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeService {

    static final String PROCESS_KEY = "grant-programme";
    static final String REVIEWS_COMPLETED = "GrantReviewsCompleted";
    static final String DECISION_MESSAGE = "GrantDecision";
    /** The step of grant-application.bpmn where 科技社团党委 gives its opinion on a 党建专项 application. */
    static final String PARTY_OPINION = "PartyOpinion";

    private final ProgrammeRepository programmes;
    private final GrantApplicationRepository applications;
    private final SocietyService societies;
    private final ProcessStarter processStarter;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar calendar;
    private final GrantSettings settings;
    private final FormValidator validator;
    private final EntityManager entityManager;
    private final ReviewOpinions opinions;
    private final ChineseTexts texts;

    // ---- 学会部 manages programmes; everyone sees published calls ----

    @Transactional(readOnly = true)
    public List<Programme> visibleTo(CurrentUser user) {
        return programmes.findAllByOrderByYearDescIdDesc().stream()
                .filter(p -> p.getStatus() != ProgrammeStatus.DRAFT || user.isStaff()).toList();
    }

    @Transactional(readOnly = true)
    public List<Programme> openCalls() {
        LocalDate today = EngineClock.today();
        return programmes.findByStatusOrderByClosesOnAsc(ProgrammeStatus.OPEN).stream().filter(p -> p.openOn(today)).toList();
    }

    @Transactional(readOnly = true)
    public Programme get(Long id, CurrentUser user) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
        if (programme.getStatus() == ProgrammeStatus.DRAFT && !user.isStaff()) {
            throw new NotFoundException("programme", id);
        }
        return programme;
    }

    /** Every programme's title by id, for lists of applications. */
    @Transactional(readOnly = true)
    public Map<Long, String> titles() {
        return programmes.findAll().stream().collect(java.util.stream.Collectors.toMap(Programme::getId, Programme::getTitle));
    }

    /** A programme 学会部 may still edit. */
    @Transactional(readOnly = true)
    public Programme editable(Long id, CurrentUser user) {
        GrantManagers.require(user);
        Programme programme = get(id, user);
        if (!programme.getStatus().editable()) {
            throw new BusinessRuleException("programme.notEditable");
        }
        return programme;
    }

    /** A new form with the configured defaults. */
    public ProgrammeForm blankForm() {
        ProgrammeForm form = new ProgrammeForm();
        form.setYear(EngineClock.today().getYear());
        form.setExpertsPerApplication(settings.getExpertsPerApplication());
        form.setNoticeWorkingDays(settings.getNoticeWorkingDays());
        return form;
    }

    public Programme create(ProgrammeForm form, CurrentUser user) {
        GrantManagers.require(user);
        validate(form);
        return programmes.save(new Programme(form, user.userId()));
    }

    public Programme update(Long id, ProgrammeForm form, CurrentUser user) {
        Programme programme = editable(id, user);
        validate(form);
        programme.update(form);
        return programme;
    }

    /** Publishes the call: its process starts and waits for the closing day. */
    public Programme publish(Long id, CurrentUser user) {
        Programme programme = editable(id, user);
        if (programme.getClosesOn().isBefore(EngineClock.today())) {
            throw new BusinessRuleException("closesOn", "programme.closesInPast");
        }
        Date closesAt = EngineClock.startOf(programme.getClosesOn().plusDays(1));
        processStarter.start(PROCESS_KEY, "ZX", programme.getYear(), Map.ofEntries(
                ProcessVariables.Grant.PROGRAMME_ID.entry(programme.getId()),
                ProcessVariables.Grant.PROGRAMME_TITLE.entry(programme.getTitle()),
                ProcessVariables.Programme.CLOSES_AT.entry(closesAt), ProcessVariables.TITLE.entry(programme.getTitle())));
        return programme;
    }

    private void validate(ProgrammeForm form) {
        Map<String, String> errors = validator.violations(form);
        if (form.getOpensOn() != null && form.getClosesOn() != null && form.getClosesOn().isBefore(form.getOpensOn())) {
            errors.putIfAbsent("closesOn", "programme.closesBeforeOpen");
        }
        if (form.getCapPerProject() != null && form.getTotalBudget() != null && form.getCapPerProject() > form.getTotalBudget()) {
            errors.putIfAbsent("capPerProject", "programme.capOverBudget");
        }
        // a null category is the element constraint's error; the type's list cannot even be asked about it
        if (form.getType() != null && !form.getCategories().contains(null)
                && !form.getType().categories().containsAll(form.getCategories())) {
            errors.putIfAbsent("categories", "programme.categoryNotOfType");
        }
        FormValidator.throwIfAny(errors);
    }

    // ---- the ranking every page shows ----

    /** One row of a programme's ranking. */
    public record RankedApplication(int rank, GrantApplication application, String societyName, boolean onList) {
    }

    /** Reviewed applications by mean score (ties: submitted first), with whether each is on the current list. */
    @Transactional(readOnly = true)
    public List<RankedApplication> ranking(Programme programme) {
        List<GrantApplication> ranked = rankable(programme);
        Map<Long, String> names = societies.names(ranked.stream().map(GrantApplication::getSocietyId).toList());
        Set<String> list = new HashSet<>(programme.fundedNumbers());
        List<RankedApplication> rows = new ArrayList<>();
        for (GrantApplication a : ranked) {
            rows.add(new RankedApplication(rows.size() + 1, a, names.get(a.getSocietyId()), list.contains(a.getApplicationNo())));
        }
        return rows;
    }

    /**
     * The ranking a user may see: 学会部, leadership and admins always; experts once the review has closed; everyone else
     * the 公示 list (the applications on it) from the notice on.
     */
    @Transactional(readOnly = true)
    public List<RankedApplication> rankingFor(Programme programme, CurrentUser user) {
        if (GrantManagers.isManager(user) || user.isIn(Groups.LEADERSHIP)
                || (user.isExpert() && programme.getStatus().reviewClosed())) {
            return ranking(programme);
        }
        if (programme.getStatus().listApproved()) {
            return ranking(programme).stream().filter(RankedApplication::onList).toList();
        }
        return List.of();
    }

    /** Whether the user sees mean scores in the ranking (the 公示 list shows projects and amounts only). */
    public boolean showsScores(Programme programme, CurrentUser user) {
        return GrantManagers.isManager(user) || user.isIn(Groups.LEADERSHIP)
                || (user.isExpert() && programme.getStatus().reviewClosed());
    }

    /**
     * Whether the user sees the funded list, its adjustment reason and the budget it uses: the 科协's staff always,
     * everyone else once leadership has approved the list (公示), not while 学会部 is still proposing it.
     */
    public boolean showsFundedList(Programme programme, CurrentUser user) {
        return user.isStaff() || programme.getStatus().listApproved();
    }

    /** Sum of what the programme has granted, or would grant on the current list. */
    @Transactional(readOnly = true)
    public long budgetUsed(Programme programme) {
        Set<String> list = new HashSet<>(programme.fundedNumbers());
        return applications.standing(programme.getId()).stream()
                .filter(a -> a.getStatus().funded() || (programme.getStatus() != ProgrammeStatus.DECIDED
                        && list.contains(a.getApplicationNo())))
                .mapToLong(a -> a.getFundedAmount() != null ? a.getFundedAmount() : a.getForm().getRequestedAmount()).sum();
    }

    private List<GrantApplication> rankable(Programme programme) {
        return applications.standing(programme.getId()).stream()
                .filter(a -> a.getMeanScore() != null && a.getStatus() != GrantStatus.REJECTED)
                .sorted(Comparator.comparing(GrantApplication::getMeanScore).reversed()
                        .thenComparing(GrantApplication::getSubmittedAt))
                .toList();
    }

    // ---- steps of grant-programme.bpmn ----

    public void open(DelegateExecution execution) {
        byId(execution).published(execution.getProcessBusinessKey());
    }

    public void close(DelegateExecution execution) {
        Programme programme = byId(execution);
        programme.closed();
        ProcessVariables.Programme.REVIEWS_COMPLETE.set(execution, pending(programme) == 0);
    }

    /**
     * Called when an application leaves review (reviewed or not accepted). The programme's row is version-bumped, so
     * two applications settling at once cannot both miss that they were the last: one of them retries.
     */
    void applicationSettled(Long programmeId) {
        Programme programme = programmes.findById(programmeId).orElseThrow();
        entityManager.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (programme.getStatus() == ProgrammeStatus.REVIEWING && pending(programme) == 0) {
            runtimeService.createMessageCorrelation(REVIEWS_COMPLETED).processInstanceBusinessKey(programme.getCode())
                    .correlateAll();
        }
    }

    private long pending(Programme programme) {
        return applications.standing(programme.getId()).stream()
                .filter(a -> a.getStatus().pendingReview()).count();
    }

    /** Ranks by mean score and proposes the best applications that fit into the total budget. */
    public void propose(DelegateExecution execution) {
        Programme programme = byId(execution);
        List<String> list = new ArrayList<>();
        long left = programme.getTotalBudget();
        for (GrantApplication a : rankable(programme)) {
            if (a.getStatus() == GrantStatus.REVIEWED && a.getForm().getRequestedAmount() <= left) {
                list.add(a.getApplicationNo());
                left -= a.getForm().getRequestedAmount();
            }
        }
        programme.proposed(list);
        ProcessVariables.Programme.FUNDED_LIST.set(execution, String.join(",", list));
        ProcessVariables.Programme.TOTAL_BUDGET.set(execution, programme.getTotalBudget());
        ProcessVariables.Programme.RANKING_SUMMARY.set(execution, summary(programme));
    }

    /** The list 学会部 settles on: reviewed applications of this programme, within the budget, a reason for changes. */
    public void checkFundedList(DelegateTask task) {
        Programme programme = programmes.findById(ProcessVariables.Grant.PROGRAMME_ID.of(task)).orElseThrow();
        List<String> numbers = Programme.numbers(ProcessVariables.Programme.FUNDED_LIST.of(task));
        if (new LinkedHashSet<>(numbers).size() != numbers.size()) {
            throw new FormFieldValidationException("fundedList", "项目编号重复 (a project is listed twice)");
        }
        Map<String, GrantApplication> reviewed = new TreeMap<>();
        applications.standing(programme.getId()).stream()
                .filter(a -> a.getStatus() == GrantStatus.REVIEWED).forEach(a -> reviewed.put(a.getApplicationNo(), a));
        long total = 0;
        for (String no : numbers) {
            GrantApplication a = reviewed.get(no);
            if (a == null) {
                throw new FormFieldValidationException("fundedList",
                        no + " 不是本专项已完成评审的项目 (not a reviewed application of this programme)");
            }
            total += a.getForm().getRequestedAmount();
        }
        if (total > programme.getTotalBudget()) {
            throw new FormFieldValidationException("fundedList", "拟资助金额合计 " + total + " 元，超过总预算 "
                    + programme.getTotalBudget() + " 元 (over the total budget)");
        }
        String reason = ProcessVariables.Programme.ADJUSTMENT_REASON.of(task);
        boolean adjusted = !new HashSet<>(numbers).equals(new HashSet<>(programme.proposedNumbers()));
        if (adjusted && (reason == null || reason.isBlank())) {
            throw new FormFieldValidationException("adjustmentReason",
                    "调整了按均分拟定的名单，请说明理由 (a reason is required when the proposed list is changed)");
        }
        programme.settleList(numbers, adjusted ? reason.strip() : null);
        ProcessVariables.Programme.RANKING_SUMMARY.set(task, summary(programme));
    }

    public void publishNotice(DelegateExecution execution) {
        Programme programme = byId(execution);
        LocalDate today = EngineClock.today();
        LocalDate last = calendar.lastOfWorkingDays(today, programme.getNoticeWorkingDays());
        programme.noticePublished(today, last);
        ProcessVariables.Programme.NOTICE_ENDS.set(execution, EngineClock.startOf(last.plusDays(1)));
    }

    /** The 公示 has passed: every application waiting for the decision hears whether it is funded. */
    public void decide(DelegateExecution execution) {
        Programme programme = byId(execution);
        Set<String> list = new HashSet<>(programme.fundedNumbers());
        for (GrantApplication a : applications.standing(programme.getId())) {
            if (a.getStatus() == GrantStatus.REVIEWED) {
                runtimeService.createMessageCorrelation(DECISION_MESSAGE).processInstanceBusinessKey(a.getApplicationNo())
                        .setVariable(ProcessVariables.Programme.FUNDED.name(), list.contains(a.getApplicationNo())).correlate();
            }
        }
        programme.decided();
    }

    private String summary(Programme programme) {
        StringBuilder text = new StringBuilder();
        long sum = 0;
        for (RankedApplication row : ranking(programme)) {
            GrantApplication a = row.application();
            if (row.onList()) {
                sum += a.getForm().getRequestedAmount();
            }
            text.append(row.rank()).append(". ").append(a.getApplicationNo()).append(' ').append(a.getForm().getTitle())
                    .append('（').append(row.societyName()).append("）均分 ").append(a.getMeanScore())
                    .append("，申请 ").append(a.getForm().getRequestedAmount()).append(" 元")
                    .append(row.onList() ? "，拟资助" : "").append(partyOpinion(programme, a)).append('\n');
        }
        text.append("拟资助合计 ").append(sum).append(" 元 / 总预算 ").append(programme.getTotalBudget()).append(" 元");
        return text.toString();
    }

    /** In a 党建专项, what 科技社团党委 said of the application before the ranking (the latest opinion). */
    private String partyOpinion(Programme programme, GrantApplication application) {
        if (programme.getType() != ProgrammeType.PARTY_BUILDING || application.getApplicationNo() == null) {
            return "";
        }
        return opinions.latest(application.getApplicationNo(), PARTY_OPINION).filter(o -> o.getDecision() != null)
                .map(o -> texts.text("grant.ranking.partyOpinion",
                        texts.text("grant.partyOpinion." + o.getDecision()), o.getOpinion()))
                .orElseGet(() -> texts.text("grant.ranking.noPartyOpinion"));
    }

    private Programme byId(DelegateExecution execution) {
        Long id = ProcessVariables.Grant.PROGRAMME_ID.of(execution);
        return programmes.findById(id).orElseThrow(() -> new IllegalStateException("no programme " + id));
    }
}
