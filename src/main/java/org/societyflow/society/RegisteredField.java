package org.societyflow.society;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registered particulars a 变更 may change (docs/RULES.md, 变更), each with how the register reads it as text,
 * for the diff reviewers see and for the change log.
 */
public enum RegisteredField {
    NAME(Society::getName),
    ADDRESS(Society::getAddress),
    BUSINESS_SCOPE(Society::getBusinessScope),
    CHARTER(s -> s.getCharterAdoptedOn() == null ? null : s.getCharterAdoptedOn().toString()),
    LEGAL_REPRESENTATIVE(s -> s.getOfficers().stream().filter(Officer::isLegalRepresentative).map(Officer::getName)
            .collect(Collectors.joining("、"))),
    OFFICERS(Society::officersSummary),
    FUNDS(s -> s.getRegisteredFunds() == null ? null : s.getRegisteredFunds().stripTrailingZeros().toPlainString()),
    SUPERVISING_UNIT(Society::getSupervisingUnit);

    private final Function<Society, String> reader;

    RegisteredField(Function<Society, String> reader) {
        this.reader = reader;
    }

    public String valueOf(Society society) {
        return reader.apply(society);
    }

    static BigDecimal funds(String text) {
        return new BigDecimal(text.strip());
    }
}
