package org.societyflow.exit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.inspection.InspectionCampaignClosed;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Proposes the societies the identification table flags (docs/RULES.md, 软弱涣散): monthly ({@code societyflow.exit.scan-cron}),
 * after each 年检 campaign closes, and when 学会部 asks. Proposes nothing for a society with an open case or an undecided proposal, nor again
 * after a dismissal until the indicators change.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WeakSocietyScan {

    private final SocietyService societies;
    private final WeakSocietyIdentification identification;
    private final ExitProposalRepository proposals;
    private final ExitCaseRepository cases;

    @Scheduled(cron = "${societyflow.exit.scan-cron}")
    void monthly() {
        scan();
    }

    /**
     * After a 年检 campaign closed, once its transaction committed: the year's results are in the register. A failing
     * scan leaves the closed campaign as it is; the monthly scan tries again.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterCampaign(InspectionCampaignClosed closed) {
        scan();
    }

    /** Returns the new proposals. */
    @Transactional
    public List<ExitProposal> scan() {
        LocalDate today = EngineClock.today();
        // every record is read before the first society is locked: a concurrent scan then waits only for the few
        // proposals, not for the whole register's reading
        Map<Society, Indicators> flagged = new LinkedHashMap<>();
        for (Society society : societies.underSupervision()) {
            if (!society.isWeak() && !cases.hasOpenCase(society.getId())) {
                Indicators indicators = identification.of(society, today);
                if (indicators.any()) {
                    flagged.put(society, indicators);
                }
            }
        }
        return flagged.entrySet().stream().map(f -> propose(f.getKey(), f.getValue())).flatMap(Optional::stream)
                .toList();
    }

    private Optional<ExitProposal> propose(Society society, Indicators indicators) {
        // two nodes scan at the same hour: the second waits here for the first's proposal, finds it and skips
        // (societies come in id order on both, so the locks cannot deadlock)
        societies.getForUpdate(society.getId());
        Optional<ExitProposal> latest = proposals.findBySocietyIdOrderByIdDesc(society.getId()).stream().findFirst();
        boolean undecided = latest.filter(p -> p.getStatus() == ProposalStatus.PROPOSED).isPresent();
        boolean dismissedAsIs = latest.filter(p -> p.getStatus() == ProposalStatus.DISMISSED
                && p.getFingerprint().equals(indicators.fingerprint())).isPresent();
        if (undecided || dismissedAsIs) {
            return Optional.empty();
        }
        return Optional.of(proposals.save(new ExitProposal(society.getId(), indicators)));
    }
}
