package org.societyflow.society;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 条例's requirements of a local society (art. 10, 13), from {@code societyflow.society-rules.*} (defaults in
 * application.yml) so that a city or an amended 条例 changes them without a release.
 */
@ConfigurationProperties("societyflow.society-rules")
@Getter
public class SocietyRules {

    private int minIndividualMembers = 50;
    private int minUnitMembers = 30;
    private int minMixedMembers = 50;
    private BigDecimal minFunds = new BigDecimal("30000");
    private int minFullTimeStaff = 1;
    private List<String> reservedNamePrefixes = new ArrayList<>(List.of("中国", "全国", "中华"));
    /** From this {@link NameSimilarity#similarity} on, a name closely resembles another. */
    private double similarNameThreshold = 0.6;
    /** From this {@link NameSimilarity#similarity} on, a business scope closely resembles another's. */
    private double similarScopeThreshold = 0.5;

    /** Enough members: individual, unit or both together (条例 art. 10). */
    public boolean enoughMembers(int individual, int unit) {
        return individual >= minIndividualMembers || unit >= minUnitMembers || individual + unit >= minMixedMembers;
    }

    public boolean enoughFunds(BigDecimal funds) {
        return funds != null && funds.compareTo(minFunds) >= 0;
    }

    public boolean reservedName(String name) {
        return name != null && reservedNamePrefixes.stream().anyMatch(name.strip()::startsWith);
    }

    public void setMinIndividualMembers(int v) { minIndividualMembers = v; }
    public void setMinUnitMembers(int v) { minUnitMembers = v; }
    public void setMinMixedMembers(int v) { minMixedMembers = v; }
    public void setMinFunds(BigDecimal v) { minFunds = v; }
    public void setMinFullTimeStaff(int v) { minFullTimeStaff = v; }
    public void setReservedNamePrefixes(List<String> v) { reservedNamePrefixes = v; }
    public void setSimilarNameThreshold(double v) { similarNameThreshold = v; }
    public void setSimilarScopeThreshold(double v) { similarScopeThreshold = v; }
}
