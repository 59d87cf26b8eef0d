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
    /* A person's name as a society's name (条例 art. 13): what is left of the name without the city and the kind. */
    private List<String> placePrefixes = new ArrayList<>(List.of("武汉市", "武汉"));
    private List<String> kindSuffixes = new ArrayList<>(List.of("研究会", "促进会", "联合会", "学会", "协会"));
    /** Surnames, compound ones included, that begin a suspected person's name. */
    private List<String> surnames = new ArrayList<>();
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

    /**
     * The person's name a proposed society name seems to be, if any: without the city and the kind (学会, 研究会 …),
     * a surname and one or two more characters (武汉市张三学会 → 张三). A suspicion for the reviewer, never a refusal:
     * 石油 and 易学 begin with surnames too (docs/RULES.md, 成立).
     */
    public java.util.Optional<String> personNameSuspect(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        String stripped = name.strip();
        String withoutPlace = placePrefixes.stream().filter(stripped::startsWith).findFirst()
                .map(place -> stripped.substring(place.length())).orElse(stripped);
        String candidate = kindSuffixes.stream().filter(withoutPlace::endsWith).findFirst()
                .map(kind -> withoutPlace.substring(0, withoutPlace.length() - kind.length())).orElse(withoutPlace);
        return surnames.stream().filter(candidate::startsWith)
                .filter(surname -> candidate.length() - surname.length() >= 1 && candidate.length() - surname.length() <= 2)
                .findFirst().map(surname -> candidate);
    }

    public void setPlacePrefixes(List<String> v) { placePrefixes = v; }
    public void setKindSuffixes(List<String> v) { kindSuffixes = v; }
    public void setSurnames(List<String> v) { surnames = v; }
    public void setMinIndividualMembers(int v) { minIndividualMembers = v; }
    public void setMinUnitMembers(int v) { minUnitMembers = v; }
    public void setMinMixedMembers(int v) { minMixedMembers = v; }
    public void setMinFunds(BigDecimal v) { minFunds = v; }
    public void setMinFullTimeStaff(int v) { minFullTimeStaff = v; }
    public void setReservedNamePrefixes(List<String> v) { reservedNamePrefixes = v; }
    public void setSimilarNameThreshold(double v) { similarNameThreshold = v; }
    public void setSimilarScopeThreshold(double v) { similarScopeThreshold = v; }
}
