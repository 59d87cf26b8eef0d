package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.InspectionResult;

/**
 * The grant table's {@code lastInspectionGrade} is the 年检 result of the year before the programme's
 * (docs/RULES.md, F): not the latest on record, whichever year that was.
 */
class GrantEligibilityInspectionYearTest {

  static InspectionResult result(int year, InspectionGrade grade) {
    InspectionResult result = mock(InspectionResult.class);
    when(result.getYear()).thenReturn(year);
    when(result.getGrade()).thenReturn(grade);
    return result;
  }

  @ParameterizedTest(name = "{0} for a {1} programme ⇒ {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2025:PASS,2024:FAIL   | 2026 | PASS
      2025:FAIL,2024:PASS   | 2026 | FAIL
      2024:FAIL             | 2026 | NONE
      2026:PASS,2024:PASS   | 2026 | NONE
      2026:FAIL,2025:BASIC_PASS | 2026 | BASIC_PASS
      2026:FAIL,2025:PASS   | 2027 | FAIL
                            | 2026 | NONE
      """)
  void thePreviousYearsResult(String results, int programmeYear, String expected) {
    List<InspectionResult> inspections = results == null ? List.of()
        : Arrays.stream(results.split(",")).map(r -> r.split(":"))
            .map(r -> result(Integer.parseInt(r[0].trim()), InspectionGrade.valueOf(r[1].trim()))).toList();
    assertThat(GrantEligibility.previousYearGrade(inspections, programmeYear)).isEqualTo(expected);
  }
}
