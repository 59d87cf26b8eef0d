package org.societyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;

/**
 * Readiness without its database: the {@code db} member (Boot's indicator on the app's pool, HealthEndpointsIT checks
 * it is a member) goes DOWN, so does the probe, and it answers 503: the balancer and docker take the node out.
 */
class ReadinessWithoutDatabaseTest {

    @Test
    void aDatabaseThatRefusesConnectionsTakesTheNodeOutOfTraffic() throws SQLException {
        DataSource gone = mock(DataSource.class);
        when(gone.getConnection()).thenThrow(new SQLException("Connection refused"));

        Health db = new DataSourceHealthIndicator(gone).health();
        Status readiness = StatusAggregator.getDefault().getAggregateStatus(Status.UP, Status.UP, db.getStatus());

        assertThat(db.getStatus()).isEqualTo(Status.DOWN);
        assertThat(readiness).isEqualTo(Status.DOWN);
        assertThat(HttpCodeStatusMapper.DEFAULT.getStatusCode(readiness)).isEqualTo(503);
    }

    @Test
    void flywayIsReadyOnlyOnceItsRunHasMigrated() {
        MigrationHealth flyway = new MigrationHealth();
        assertThat(flyway.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        flyway.handle(org.flywaydb.core.api.callback.Event.AFTER_MIGRATE, null);
        assertThat(flyway.health().getStatus()).isEqualTo(Status.UP);
    }
}
