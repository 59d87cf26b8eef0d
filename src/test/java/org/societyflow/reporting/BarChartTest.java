package org.societyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn charts: bars scaled to the longest, segments side by side. */
class BarChartTest {

    @Test
    void barsAreScaledToTheLongestAndStackedBySeries() {
        BarChart chart = BarChart.of("c", List.of("合格", "不合格"), null, List.of(
                new BarChart.Row("2024年", new long[] {30, 10}, null),
                new BarChart.Row("2023年", new long[] {20, 0}, null)));

        BarChart.Bar first = chart.bars().get(0);
        assertThat(first.segments()).extracting(BarChart.Segment::width).containsExactly(300, 100);
        assertThat(first.segments().get(1).x()).isEqualTo(BarChart.LABEL_WIDTH + 300);
        assertThat(first.text()).isEqualTo("40");
        BarChart.Bar second = chart.bars().get(1);
        assertThat(second.y()).isEqualTo(BarChart.ROW);
        // a zero value draws nothing
        assertThat(second.segments()).extracting(BarChart.Segment::width).containsExactly(200);
        assertThat(chart.legend()).extracting(BarChart.Legend::label).containsExactly("合格", "不合格");
    }

    @Test
    void longLabelsAreCutAndEmptyChartsStillHaveARow() {
        BarChart chart = BarChart.of("c", List.of("x"), null, List.of(
                new BarChart.Row("二〇二五年度学术交流活动平台项目资助", new long[] {0}, "0 元")));
        assertThat(chart.bars().get(0).label()).hasSize(BarChart.LABEL_CHARS).endsWith("…");
        assertThat(chart.bars().get(0).fullLabel()).isEqualTo("二〇二五年度学术交流活动平台项目资助");
        assertThat(chart.bars().get(0).segments()).isEmpty();
        assertThat(BarChart.of("e", List.of("x"), null, List.of()).height()).isEqualTo(BarChart.ROW);
    }
}
