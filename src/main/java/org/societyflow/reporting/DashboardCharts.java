package org.societyflow.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.SocietyStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard's charts in the page's language: labels resolved here, geometry in {@link BarChart}. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardCharts {

    /** 筹备中 blue, 正常 green, 整改中 amber, 已退出 grey: the order of {@link SocietyStatus}. */
    private static final List<String> STATUS_FILLS = List.of("#1d4ed8", "#2e7d32", "#f59e0b", "#9ca3af");
    private static final List<String> GRADE_FILLS = List.of("#2e7d32", "#f59e0b", "#b42318");
    private static final List<String> FUNDING_FILLS = List.of("#2e7d32", "#f59e0b", "#e5e7eb");

    private final MessageSource messages;

    /** Societies per discipline, each bar split by status. */
    BarChart societies(Dashboard d, Locale locale) {
        List<String> series = Arrays.stream(SocietyStatus.values()).map(s -> text("SocietyStatus." + s, locale)).toList();
        List<BarChart.Row> rows = Arrays.stream(Discipline.values()).map(discipline -> new BarChart.Row(
                text("Discipline." + discipline, locale),
                Arrays.stream(SocietyStatus.values()).mapToLong(s -> d.societies().get(s).get(discipline)).toArray(),
                null)).toList();
        return BarChart.of("chart-societies", series, STATUS_FILLS, rows);
    }

    /** 合格 / 基本合格 / 不合格 per year. */
    BarChart grades(Dashboard d, Locale locale) {
        List<String> series = Arrays.stream(InspectionGrade.values()).map(g -> text("InspectionGrade." + g, locale)).toList();
        List<BarChart.Row> rows = d.gradesByYear().entrySet().stream().map(e -> new BarChart.Row(
                text("dashboard.year", locale, e.getKey()),
                Arrays.stream(InspectionGrade.values()).mapToLong(g -> e.getValue().get(g)).toArray(), null)).toList();
        return BarChart.of("chart-grades", series, GRADE_FILLS, rows);
    }

    /** Running instances per process, for the processes that have any. */
    BarChart openApplications(Dashboard d, Locale locale) {
        List<BarChart.Row> rows = d.openApplications().stream().filter(p -> p.instances() > 0)
                .map(p -> new BarChart.Row(p.name(), new long[] {p.instances()}, null)).toList();
        return BarChart.of("chart-open", List.of(text("dashboard.instances", locale)), null, rows);
    }

    /** Each programme's budget: granted, on the list but not yet granted, and the rest. */
    BarChart funding(Dashboard d, Locale locale) {
        List<String> series = List.of(text("dashboard.granted", locale), text("dashboard.plannedOnly", locale),
                text("dashboard.remaining", locale));
        List<BarChart.Row> rows = d.funding().stream().map(f -> {
            long planned = Math.max(f.planned() - f.granted(), 0);
            long rest = Math.max(f.totalBudget() - f.granted() - planned, 0);
            return new BarChart.Row(f.title(), new long[] {f.granted(), planned, rest},
                    text("dashboard.grantedOf", locale, f.granted(), f.totalBudget()));
        }).toList();
        return BarChart.of("chart-funding", series, FUNDING_FILLS, rows);
    }

    Map<String, BarChart> all(Dashboard d, Locale locale) {
        return Map.of("societies", societies(d, locale), "grades", grades(d, locale),
                "open", openApplications(d, locale), "funding", funding(d, locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
