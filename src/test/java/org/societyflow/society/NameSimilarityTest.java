package org.societyflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}: same={2}")
    @CsvSource({
            "武汉市计算机学会, 武汉计算机协会, true",
            "武汉市计算机学会, 武汉市 计算机 学会, true",
            "武汉市计算机学会, 武汉市计算机学会（筹）, true",
            "ＷＵＨＡＮ  AI 学会, wuhanai学会, true",
            "武汉市计算机学会, 武汉市计算机应用学会, false",
            "武汉医学会, 武汉农学会, false"
    })
    void sameNamesDifferOnlyByPlaceKindSpacingOrWidth(String a, String b, boolean same) {
        assertThat(NameSimilarity.same(a, b)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} ~ {1} ≥ 0.6: {2}")
    @CsvSource({
            "武汉市计算机应用学会, 武汉市计算机学会, true",
            "武汉市人工智能学会, 武汉人工智能产业促进会, true",
            "武汉市网络空间安全学会, 武汉市网络安全学会, true",
            "武汉市智能网联汽车学会, 武汉市计算机学会, false",
            "武汉医学会, 武汉物理学会, false",
            "武汉市光学学会, 武汉市声学学会, false"
    })
    void closelyResemblingNamesScoreFromTheThresholdOn(String a, String b, boolean similar) {
        assertThat(NameSimilarity.similarity(a, b) >= 0.6).isEqualTo(similar);
    }
}
