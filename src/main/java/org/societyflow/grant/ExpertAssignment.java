package org.societyflow.grant;

import static org.societyflow.shared.ProcessVariables.Grant.DISCIPLINE;
import static org.societyflow.shared.ProcessVariables.Grant.EXPERT;
import static org.societyflow.shared.ProcessVariables.Grant.EXPERT_COUNT;
import static org.societyflow.shared.ProcessVariables.Grant.MEAN_SCORE;
import static org.societyflow.shared.ProcessVariables.Grant.REVIEWED_SOCIETY_CODE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.society.Discipline;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the experts of {@code expert-review.bpmn} from the pool: by the applicant's discipline first, then by
 * the fewest open reviews; never an officer or member of the applicant society, never anyone who already had
 * the subject (a declined or overdue review is handed to someone new, and an objection's re-review gets fresh eyes).
 */
@Component("expertAssignment")
// a BPMN error is the process's answer (no expert left), caught by the model, not a failure of the transaction
@Transactional(noRollbackFor = BpmnError.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExpertAssignment {

    static final String NO_EXPERT = "NO_EXPERT";

    private final ExpertRepository experts;
    private final ExpertReviewRepository reviews;
    private final SocietyService societies;

    /** Assigns {@code expertCount} experts to a new round of the subject. */
    public void assign(DelegateExecution execution) {
        String subject = execution.getProcessBusinessKey();
        int round = currentRound(subject) + 1;
        int wanted = EXPERT_COUNT.of(execution);
        List<Expert> chosen = candidates(execution).stream().limit(wanted).toList();
        if (chosen.isEmpty()) {
            throw new IllegalStateException("专家库中没有可以评审 " + subject + " 的专家（学科、回避），请先在专家库中添加专家");
        }
        chosen.forEach(e -> reviews.save(new ExpertReview(subject, e.getUserId(), round)));
    }

    /** The experts of the current round, for the multi-instance review. */
    @Transactional(readOnly = true)
    public List<String> assigned(DelegateExecution execution) {
        String subject = execution.getProcessBusinessKey();
        int round = currentRound(subject);
        return reviews.findBySubjectKeyOrderByIdAsc(subject).stream()
                .filter(r -> r.getRound() == round && r.getStatus() == ReviewStatus.ASSIGNED)
                .map(ExpertReview::getExpert).toList();
    }

    /** The expert declined or let the deadline pass: the next candidate takes over, or 学会部 names one. */
    public void reassign(DelegateExecution execution) {
        String subject = execution.getProcessBusinessKey();
        String current = EXPERT.of(execution);
        openReview(subject, current).ifPresent(ExpertReview::overdue);
        Expert next = candidates(execution).stream().findFirst()
                .orElseThrow(() -> new BpmnError(NO_EXPERT, "no expert left for " + subject));
        reviews.save(new ExpertReview(subject, next.getUserId(), currentRound(subject)));
        EXPERT.set(execution, next.getUserId());
    }

    /** 学会部 names an expert when the pool has none left: an active expert without a conflict and new to the subject. */
    public void checkManual(DelegateTask task) {
        String subject = task.getExecution().getProcessBusinessKey();
        Object value = task.getVariable(EXPERT.name());
        String userId = value instanceof String s ? s.strip() : "";
        Expert expert = experts.findByUserId(userId).filter(Expert::isActive).orElseThrow(() ->
                new FormFieldValidationException("expert", "专家库中没有在用的专家 " + userId + " (no active expert of that user name)"));
        if (expert.conflictsWith(applicant(task.getExecution()))) {
            throw new FormFieldValidationException("expert",
                    expert.getName() + " 是申报学会的负责人或会员，须回避 (an officer or member of the applicant society)");
        }
        if (reviews.existsBySubjectKeyAndExpert(subject, userId)) {
            throw new FormFieldValidationException("expert", expert.getName() + " 已评审过或已回避本项目 (already had this subject)");
        }
        reviews.save(new ExpertReview(subject, userId, currentRound(subject)));
        EXPERT.set(task.getExecution(), userId);
    }

    /** The mean of the round's scores. */
    public void summarise(DelegateExecution execution) {
        String subject = execution.getProcessBusinessKey();
        int round = currentRound(subject);
        List<BigDecimal> totals = reviews.findBySubjectKeyOrderByIdAsc(subject).stream()
                .filter(r -> r.getRound() == round && r.getStatus() == ReviewStatus.SCORED).map(ExpertReview::getTotal).toList();
        BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(Math.max(1, totals.size())), 2, RoundingMode.HALF_UP);
        MEAN_SCORE.set(execution, mean.doubleValue());
    }

    /** Who may still be drawn for the subject, best first. */
    List<Expert> candidates(DelegateExecution execution) {
        String subject = execution.getProcessBusinessKey();
        Society applicant = applicant(execution);
        Discipline discipline = Discipline.valueOf(DISCIPLINE.of(execution));
        Set<String> hadIt = reviews.findBySubjectKeyOrderByIdAsc(subject).stream().map(ExpertReview::getExpert)
                .collect(Collectors.toSet());
        Map<String, Long> load = reviews.findByStatus(ReviewStatus.ASSIGNED).stream()
                .collect(Collectors.groupingBy(ExpertReview::getExpert, Collectors.counting()));
        return experts.findByActiveTrueOrderByUserIdAsc().stream()
                .filter(e -> !hadIt.contains(e.getUserId()))
                .filter(e -> !e.conflictsWith(applicant))
                .sorted(Comparator.comparing((Expert e) -> !e.disciplineSet().contains(discipline))
                        .thenComparing(e -> load.getOrDefault(e.getUserId(), 0L))
                        .thenComparing(Expert::getUserId))
                .toList();
    }

    private Society applicant(DelegateExecution execution) {
        return societies.getByCode(REVIEWED_SOCIETY_CODE.of(execution));
    }

    private java.util.Optional<ExpertReview> openReview(String subject, String expert) {
        return reviews.findBySubjectKeyOrderByIdAsc(subject).stream()
                .filter(r -> r.getExpert().equals(expert) && r.getStatus() == ReviewStatus.ASSIGNED).findFirst();
    }

    private int currentRound(String subject) {
        return reviews.findBySubjectKeyOrderByIdAsc(subject).stream().mapToInt(ExpertReview::getRound).max().orElse(0);
    }
}
