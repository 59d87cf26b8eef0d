package org.societyflow.workflow;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out application numbers, the business keys of every process: {@code <PREFIX>-<year>-<seq>}, e.g.
 * {@code NJ-2025-0007}. Gap-free per prefix and year: the counter row is locked until the caller's
 * transaction commits, so a rolled-back application gives its number back.
 */
@Component("applicationNumbers")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApplicationNumbers {

    private final JdbcTemplate jdbc;

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, Integer year) {
        int value = increment(prefix, year);
        return String.format("%s-%d-%04d", prefix, year, value);
    }

    /**
     * The business key of a process that runs once a year and is no application of its own: {@code <PREFIX>-<year>},
     * e.g. the 年检 campaign {@code NJ-2025}, whose societies' 年检 are numbered {@code NJ-2025-0001} and on. No
     * counter: the year is the key, and a second process of the year is refused by its feature's rules.
     */
    public static String yearly(String prefix, int year) {
        return prefix + "-" + year;
    }

    private int increment(String prefix, int year) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Integer current = jdbc.query(
                    "SELECT current_value FROM application_sequence WHERE prefix = ? AND seq_year = ? FOR UPDATE",
                    rs -> rs.next() ? rs.getInt(1) : null, prefix, year);
            if (current != null) {
                jdbc.update("UPDATE application_sequence SET current_value = ? WHERE prefix = ? AND seq_year = ?",
                        current + 1, prefix, year);
                return current + 1;
            }
            try {
                jdbc.update("INSERT INTO application_sequence (prefix, seq_year, current_value) VALUES (?, ?, 1)",
                        prefix, year);
                return 1;
            } catch (DuplicateKeyException concurrentFirstNumber) {
                // another transaction created the counter meanwhile: lock and increment it
            }
        }
        throw new IllegalStateException("could not allocate an application number for " + prefix + "-" + year);
    }
}
