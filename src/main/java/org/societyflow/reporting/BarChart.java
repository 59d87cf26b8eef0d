package org.societyflow.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal (stacked) bar chart the server draws as inline SVG — no script library, nothing from a CDN. This record
 * holds the geometry; {@code reporting/charts.html} turns it into markup, so every label is escaped by Thymeleaf.
 */
public record BarChart(String id, int width, int height, List<Bar> bars, List<Legend> legend) {

    static final int LABEL_WIDTH = 200;
    static final int BAR_AREA = 400;
    /** Room for the longest value text, a programme's "已资助 0 / 预算 600,000 元". */
    static final int VALUE_WIDTH = 240;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;
    /** Long titles are cut in the chart; the full text is the bar's tooltip. */
    static final int LABEL_CHARS = 14;
    private static final String[] PALETTE = {"#2e7d32", "#f59e0b", "#b42318", "#1d4ed8", "#9ca3af", "#7c3aed"};

    public record Segment(String series, long value, int x, int width, String fill) {
    }

    public record Bar(String label, String fullLabel, String text, int y, int valueX, List<Segment> segments) {
    }

    public record Legend(String label, String fill, int x, int y) {
    }

    /** One bar: its label, a value per series, and the text printed after it (the total when null). */
    record Row(String label, long[] values, String text) {
    }

    /** Bars scaled to the longest; a series' colour is its place in {@code series}, or {@code fills} when given. */
    static BarChart of(String id, List<String> series, List<String> fills, List<Row> rows) {
        long max = rows.stream().mapToLong(BarChart::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Row row : rows) {
            int y = bars.size() * ROW;
            int x = LABEL_WIDTH;
            List<Segment> segments = new ArrayList<>();
            for (int i = 0; i < row.values().length; i++) {
                long value = row.values()[i];
                int width = max == 0 ? 0 : (int) Math.round(value * (double) BAR_AREA / max);
                if (value > 0) {
                    segments.add(new Segment(series.get(i), value, x, Math.max(width, 1), fill(fills, i)));
                }
                x += width;
            }
            bars.add(new Bar(shorten(row.label()), row.label(), row.text() != null ? row.text() : String.valueOf(total(row)),
                    y, x + 6, segments));
        }
        List<Legend> legend = new ArrayList<>();
        int legendY = rows.size() * ROW + 6;
        if (series.size() > 1) {
            for (int i = 0; i < series.size(); i++) {
                legend.add(new Legend(series.get(i), fill(fills, i), LABEL_WIDTH + i * (BAR_AREA + VALUE_WIDTH) / series.size(),
                        legendY));
            }
        }
        int height = Math.max(rows.size() * ROW + (legend.isEmpty() ? 0 : ROW + 6), ROW);
        return new BarChart(id, LABEL_WIDTH + BAR_AREA + VALUE_WIDTH, height, bars, legend);
    }

    private static long total(Row row) {
        long sum = 0;
        for (long v : row.values()) {
            sum += v;
        }
        return sum;
    }

    private static String fill(List<String> fills, int i) {
        return fills != null && i < fills.size() ? fills.get(i) : PALETTE[i % PALETTE.length];
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= LABEL_CHARS ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }
}
