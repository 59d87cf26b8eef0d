package org.societyflow.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.societyflow.SocietyFlowApplication;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as the benchmarks under {@code bench/} run it: on a MariaDB database of its own with the profiles
 * of the integration suite there ({@code mysql,it}: demo users, no mail), quiet logs, a random port.
 */
final class BenchApp {

    /** The database the application runs on: {@code -Dbench.database}, sf_bench unless set. */
    static final String DATABASE = System.getProperty("bench.database", "sf_bench");
    static final CurrentUser AFFAIRS = new CurrentUser("affairs", "学会部", Set.of(Groups.SOCIETY_AFFAIRS), null);

    private BenchApp() {
    }

    static String url(String database) {
        return "jdbc:mysql://127.0.0.1:3306/" + database + "?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true";
    }

    static ConfigurableApplicationContext start() {
        // as arguments: they win over application-mysql.yml, as the command line of a deployment does
        return new SpringApplicationBuilder(SocietyFlowApplication.class).profiles("mysql", "it")
                .run("--spring.datasource.url=" + url(DATABASE), "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--server.port=0");
    }

    /**
     * {@code count} active societies registered in 2000, coded {@code <prefix><n>}, written straight into the
     * register's table: how they got there is not what the benchmarks measure. Returns their ids in order.
     */
    static List<Long> insertSocieties(JdbcTemplate jdbc, String prefix, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + i, "基准学会" + prefix + i, Date.valueOf(LocalDate.of(2000, 1, 1))});
        }
        jdbc.batchUpdate("INSERT INTO society (code, name, discipline, supervision_mode, status, party_organisation,"
                + " registered_on) VALUES (?, ?, 'SCIENCE', 'SUPERVISED', 'ACTIVE', 'STANDALONE', ?)", rows);
        return jdbc.queryForList("SELECT id FROM society WHERE code LIKE ? ORDER BY id", Long.class, prefix + "%");
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
