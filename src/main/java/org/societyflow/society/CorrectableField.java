package org.societyflow.society;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The register's particulars 学会部 may correct as data errors (docs/RULES.md, 更正): each with the form property it
 * is entered in and the change log's name for it. Name, legal representative, officers, supervising unit, charter,
 * term, status and party organisation are not here: they change only through their processes.
 */
enum CorrectableField {
    ADDRESS("address", "address", Society::getAddress, RegisterCorrectionForm::getAddress),
    BUSINESS_SCOPE("businessScope", "business_scope", Society::getBusinessScope,
            RegisterCorrectionForm::getBusinessScope),
    CONTACT_PHONE("contactPhone", "contact_phone", Society::getContactPhone, RegisterCorrectionForm::getContactPhone),
    REGISTERED_ON("registeredOn", "registered_on", Society::getRegisteredOn, RegisterCorrectionForm::getRegisteredOn),
    FUNDS("registeredFunds", "funds", Society::getRegisteredFunds, RegisterCorrectionForm::getRegisteredFunds),
    MEMBERS_INDIVIDUAL("membersIndividual", "members_individual", Society::getMembersIndividual,
            RegisterCorrectionForm::getMembersIndividual),
    MEMBERS_UNIT("membersUnit", "members_unit", Society::getMembersUnit, RegisterCorrectionForm::getMembersUnit);

    private final String property;
    private final String logName;
    private final Function<Society, Object> registered;
    private final Function<RegisterCorrectionForm, Object> requested;

    CorrectableField(String property, String logName, Function<Society, Object> registered,
                     Function<RegisterCorrectionForm, Object> requested) {
        this.property = property;
        this.logName = logName;
        this.registered = registered;
        this.requested = requested;
    }

    String property() {
        return property;
    }

    String logName() {
        return logName;
    }

    Object registered(Society society) {
        return registered.apply(society);
    }

    /** The value the form asks for, text stripped; null when the form leaves the particular as it is. */
    Object requested(RegisterCorrectionForm form) {
        Object value = requested.apply(form);
        return value instanceof String text ? text.strip() : value;
    }

    /** The message key of what is wrong with a requested value, or null. */
    String problem(Object value, LocalDate today) {
        if (value instanceof String text && text.isEmpty()) {
            return "validation.correction.blank";
        }
        return value instanceof LocalDate day && day.isAfter(today) ? "validation.correction.future" : null;
    }

    /** The value as the change log shows it, and as it is compared with the register. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : value.toString();
    }
}
