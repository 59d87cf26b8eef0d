package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class HistoryVariableIndexIT {

    @Autowired
    HistoryVariableIndex index;

    @Autowired
    DataSource dataSource;

    @Test
    void theStartCreatesTheIndexAndItIsCreatedAgainWhereItIsMissing() {
        assertThat(index.exists()).as("created at start-up").isTrue();
        index.ensure();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        boolean h2 = Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.getMetaData().getURL().startsWith("jdbc:h2")));
        jdbc.execute("DROP INDEX " + HistoryVariableIndex.NAME + (h2 ? "" : " ON ACT_HI_VARINST"));
        assertThat(index.exists()).isFalse();
        index.ensure();
        assertThat(index.exists()).isTrue();
    }
}
