package org.societyflow.reelection;

import java.time.LocalDate;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.identity.StartupOrder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts each supervised society's 换届 once, {@code societyflow.reelection.start-before} (6 months) before its
 * term ends (docs/RULES.md, 换届). Runs daily and at start-up; a society with an open or already started 换届 is skipped.
 */
@Component
class ReelectionScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReelectionScheduler.class);
    static final String SCHEDULER = "scheduler";

    private final SocietyService societies;
    private final ReelectionService reelections;
    private final Period startBefore;

    ReelectionScheduler(SocietyService societies, ReelectionService reelections,
                        @Value("${societyflow.reelection.start-before}") Period startBefore) {
        this.societies = societies;
        this.reelections = reelections;
        this.startBefore = startBefore;
    }

    /** After the register is set up at start-up, so a society due while the app was down is not missed. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.AFTER_SETUP)
    void scanAtStartUp() {
        scan();
    }

    @Scheduled(cron = "${societyflow.reelection.scan-cron}")
    void scan() {
        startDue(EngineClock.today());
    }

    /** Returns how many 换届 it started. */
    int startDue(LocalDate today) {
        int started = 0;
        for (Society society : societies.termEndingBefore(today.plus(startBefore))) {
            if (reelections.startedForCurrentTerm(society)) {
                continue;
            }
            try {
                reelections.start(society, SCHEDULER);
                started++;
            } catch (BusinessRuleException e) {
                LOG.info("换届 of {} not started: {}", society.getCode(), e.getMessageKey());
            }
        }
        return started;
    }
}
