package org.societyflow.society;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.societyflow.shared.ChineseTexts;

/**
 * The particulars the go-live register import sets (docs/RULES.md, 名册导入), each read as the text the preview and
 * the change log show: two societies with the same texts have the same particulars, so a file imported again finds
 * nothing to change. Its change-log field is the lower-case name ({@code society.field.*}).
 */
public enum ImportedField {
    NAME(Society::getName),
    ENGLISH_NAME(Society::getEnglishName),
    DISCIPLINE(s -> label(s.getDiscipline())),
    SUPERVISION_MODE(s -> label(s.getSupervisionMode())),
    REGISTERED_ON(s -> day(s.getRegisteredOn())),
    ADDRESS(Society::getAddress),
    CONTACT_PHONE(Society::getContactPhone),
    BUSINESS_SCOPE(Society::getBusinessScope),
    FUNDS(RegisteredField.FUNDS::valueOf),
    TERM(Society::termSummary),
    MEMBERS(s -> ChineseTexts.format("society.members.summary", String.valueOf(s.getMembersIndividual()),
            String.valueOf(s.getMembersUnit()))),
    // role, then name: the register loads its officers by role and id, a file lists them in any order
    OFFICERS(s -> s.getOfficers().stream()
            .sorted(Comparator.comparing(Officer::getRole).thenComparing(Officer::getName))
            .map(Officer::detail).collect(Collectors.joining("；")));

    private final Function<Society, String> reader;

    ImportedField(Function<Society, String> reader) {
        this.reader = reader;
    }

    public String valueOf(Society society) {
        String value = reader.apply(society);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The field as the change log names it. */
    public String logName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String label(Enum<?> value) {
        return value == null ? null : ChineseTexts.label(value);
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
