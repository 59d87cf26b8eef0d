package org.societyflow.grant;

import java.time.LocalDate;
import java.util.List;

/** A programme as the JSON API shows it, with its ranking (scores as far as the viewer may see them). */
public record ProgrammeView(Long id, String code, ProgrammeType type, int year, String title, String callText,
                            LocalDate opensOn, LocalDate closesOn, long totalBudget, long capPerProject,
                            List<GrantCategory> categories, int expertsPerApplication,
                            int noticeWorkingDays, ProgrammeStatus status, List<String> fundedList,
                            String adjustmentReason, LocalDate noticeStarts, LocalDate noticeEnds, Long budgetUsed,
                            List<Ranked> ranking) {

    /** One ranked application. */
    public record Ranked(int rank, String applicationNo, String title, String society, java.math.BigDecimal meanScore,
                         long requestedAmount, boolean onList) {
    }

    static ProgrammeView of(Programme p, long budgetUsed, List<Ranked> ranking) {
        return of(p, p.fundedNumbers(), p.getAdjustmentReason(), budgetUsed, ranking);
    }

    /** Before leadership approves the funded list, who is not staff sees neither it nor the budget it uses (null). */
    static ProgrammeView withoutList(Programme p, List<Ranked> ranking) {
        return of(p, List.of(), null, null, ranking);
    }

    private static ProgrammeView of(Programme p, List<String> fundedList, String adjustmentReason, Long budgetUsed,
                                    List<Ranked> ranking) {
        return new ProgrammeView(p.getId(), p.getCode(), p.getType(), p.getYear(), p.getTitle(), p.getCallText(),
                p.getOpensOn(), p.getClosesOn(), p.getTotalBudget(), p.getCapPerProject(),
                p.categoryList(), p.getExpertsPerApplication(), p.getNoticeWorkingDays(), p.getStatus(),
                fundedList, adjustmentReason, p.getNoticeStarts(), p.getNoticeEnds(), budgetUsed, ranking);
    }
}
