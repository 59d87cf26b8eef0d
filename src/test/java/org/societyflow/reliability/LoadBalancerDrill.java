package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.societyflow.support.PortalLogin;

/**
 * Two nodes behind a real load balancer (nginx, round robin, no sticky sessions): a browser user logged in through it
 * keeps working, without logging in again, while one node is killed, restarted, and then the other one is killed.
 *
 * <p>Not part of the normal integration suite (the name ends in Drill); {@code .ci/run} installs nginx when missing and
 * runs it with the other drills on MariaDB; see docs/OPERATIONS.md.
 */
class LoadBalancerDrill {

    /** Rounds of the browser's requests between two events; each round is several requests, spread by the balancer. */
    private static final int ROUNDS = 3;

    @Test
    void aBrowserBehindTheBalancerStaysLoggedInWhileItsNodesDie() throws Exception {
        DrillDatabase db = DrillDatabase.fresh("balancer", "societyflow_balancer");
        GreenMail smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int mailPort = smtp.getSmtp().getPort();
        AppNode a = AppNode.of("balanced-a", db.url(), mailPort, List.of("--societyflow.demo-data=true"));
        AppNode b = AppNode.of("balanced-b", db.url(), mailPort, List.of());
        LoadBalancer balancer = null;
        try {
            a.start().awaitReady(TwoNodeDrill.START_UP);
            b.start().awaitReady(TwoNodeDrill.START_UP);
            balancer = LoadBalancer.start(List.of(a, b));

            PortalLogin browser = new PortalLogin(balancer.port());
            assertThat(browser.logIn("admin", "admin")).isEqualTo("/");
            rounds(browser, "with both nodes up");
            assertThat(balancer.nodesThatAnswered()).as("round robin: both nodes answered")
                    .contains("127.0.0.1:" + a.port(), "127.0.0.1:" + b.port());

            a.kill();
            rounds(browser, "with node A killed");

            a.start().awaitReady(TwoNodeDrill.START_UP);
            b.kill();
            rounds(browser, "with node A restarted and node B killed");
        } finally {
            if (balancer != null) {
                balancer.stop();
            }
            a.stop();
            b.stop();
            smtp.stop();
        }
    }

    private static void rounds(PortalLogin browser, String when) {
        for (int round = 0; round < ROUNDS; round++) {
            SessionSharingDrill.assertLoggedIn(browser, when);
        }
    }
}
