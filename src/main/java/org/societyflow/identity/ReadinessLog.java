package org.societyflow.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log when the start-up work is done (setup, then the scans ordered after it) and the app takes traffic.
 * The web server answers before that, so whoever starts a node and waits for it (an operator, the reliability drills)
 * waits for this line, not for the first answer.
 */
@Component
public class ReadinessLog {

    public static final String READY = "SocietyFlow ready: start-up work done, accepting traffic";
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessLog.class);

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            LOG.info(READY);
        }
    }
}
