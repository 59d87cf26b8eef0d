package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.availability.ReadinessStateHealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * The readiness probe refuses traffic while the start-up work runs (setup, demo data, the scans: listeners of
 * ApplicationReadyEvent, in StartupOrder) and accepts it, with the log line the drills wait for, once all of it is done.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessLogTest {

    private static final String WORKING = "start-up work running";

    @Test
    void readinessFlipsAndTheLogSaysSoOnlyOnceTheStartUpWorkIsDone(CapturedOutput output) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StartUpWork.class)
                .web(WebApplicationType.NONE).run()) {
            ReadinessStateHealthIndicator readiness =
                    new ReadinessStateHealthIndicator(app.getBean(ApplicationAvailability.class));

            assertThat(app.getBean(StartUpWork.class).readinessWhileWorking).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
            assertThat(output.getOut()).contains(WORKING, ReadinessLog.READY);
            assertThat(output.getOut().indexOf(ReadinessLog.READY)).isGreaterThan(output.getOut().indexOf(WORKING));
        }
    }

    /** The last piece of start-up work, as the scans after the setup are; it reads the probe while it runs. */
    @Configuration
    @ImportAutoConfiguration(ApplicationAvailabilityAutoConfiguration.class)
    @Import(ReadinessLog.class)
    static class StartUpWork {

        @Autowired
        ApplicationAvailability availability;
        Status readinessWhileWorking;

        @EventListener(ApplicationReadyEvent.class)
        @Order(StartupOrder.AFTER_SETUP)
        void work() {
            System.out.println(WORKING);
            readinessWhileWorking = new ReadinessStateHealthIndicator(availability).health().getStatus();
        }
    }
}
