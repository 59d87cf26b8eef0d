package org.societyflow.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.societyflow.identity.StartupOrder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index Camunda does not ship: a society's home page finds its applications by the history variable
 * {@code societyCode} ({@link PortalApplicationService}), which without it reads that variable of every society's
 * processes (docs/PERFORMANCE.md). Camunda creates its tables after Flyway has run, so no migration can add it; it is
 * added once the engine is up, by the first node that finds it missing.
 */
@Component
class HistoryVariableIndex {

    static final String NAME = "SF_IDX_HI_VARINST_NAME_TEXT";
    private static final String TABLE = "ACT_HI_VARINST";

    private final JdbcTemplate jdbc;
    private final String databaseType;

    HistoryVariableIndex(DataSource dataSource, ProcessEngineConfigurationImpl engine) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.databaseType = engine.getDatabaseType();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.SETUP)
    void ensure() {
        if (exists()) {
            return;
        }
        // MySQL indexes at most 3,072 bytes of a key: the first 64 characters of the value tell codes apart
        String text = "h2".equals(databaseType) ? "TEXT_" : "TEXT_(64)";
        try {
            jdbc.execute("CREATE INDEX " + NAME + " ON " + TABLE + " (NAME_, " + text + ")");
        } catch (DataAccessException e) {
            // another node starting at the same moment created it first
            if (!exists()) {
                throw e;
            }
        }
    }

    boolean exists() {
        return Boolean.TRUE.equals(jdbc.execute((Connection connection) -> {
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(),
                    connection.getSchema(), TABLE, false, true)) {
                while (indexes.next()) {
                    if (NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
                return false;
            }
        }));
    }
}
