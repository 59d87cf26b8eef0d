package org.societyflow.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which expert scores a user may see. 学会部, leadership and admins see every score; an expert sees only their own
 * until the programme's review closes (ranking), then the others without names; a society sees the mean score once
 * the programme has decided.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScoreBoard {

    /** One review as shown: {@code expert} is null where the viewer may not know who scored. */
    public record Score(String expert, ReviewStatus status, Integer innovation, Integer feasibility, Integer impact,
                        Integer budgetScore, BigDecimal total, String comment, int round) {
    }

    private final ExpertReviewRepository reviews;

    public List<Score> visible(GrantApplication application, Programme programme, CurrentUser user) {
        if (application.getApplicationNo() == null || user.isSociety()) {
            return List.of();
        }
        boolean all = GrantManagers.isManager(user) || user.isIn(Groups.LEADERSHIP);
        List<Score> shown = new ArrayList<>();
        for (ExpertReview r : reviews.findBySubjectKeyOrderByIdAsc(application.getApplicationNo())) {
            boolean own = r.getExpert().equals(user.userId());
            if (all || own) {
                shown.add(score(r, r.getExpert()));
            } else if (user.isExpert() && programme.getStatus().reviewClosed()) {
                shown.add(score(r, null));
            }
        }
        return shown;
    }

    /** The mean score, when the viewer may see it. */
    public BigDecimal meanScore(GrantApplication application, Programme programme, CurrentUser user) {
        if (user.isSociety()) {
            return programme.getStatus() == ProgrammeStatus.DECIDED ? application.getMeanScore() : null;
        }
        if (GrantManagers.isManager(user) || user.isIn(Groups.LEADERSHIP) || programme.getStatus().reviewClosed()) {
            return application.getMeanScore();
        }
        return null;
    }

    private static Score score(ExpertReview r, String expert) {
        return new Score(expert, r.getStatus(), r.getInnovation(), r.getFeasibility(), r.getImpact(), r.getBudgetScore(),
                r.getTotal(), r.getComment(), r.getRound());
    }
}
