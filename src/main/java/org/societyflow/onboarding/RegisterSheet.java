package org.societyflow.onboarding;

import java.util.List;
import org.societyflow.shared.ChineseTexts;

/**
 * The data sheets of the register file, each with its columns in order. A sheet's name is the bundle's
 * {@code import.sheet.<key>} and a column's header {@code import.<key>.<column>}, in Chinese whatever the user's
 * language: the file is the 科协's, and its headers are how the import finds the columns.
 */
enum RegisterSheet implements ImportSheet {
    SOCIETIES("societies", List.of("code", "name", "englishName", "creditCode", "discipline", "supervisionMode",
            "registeredOn", "address", "contactPhone", "registeredFunds", "businessScope", "termNumber", "termStart",
            "termEnd", "membersIndividual", "membersUnit", "email")),
    OFFICERS("officers", List.of("creditCode", "role", "name", "birthDate", "termsServed", "legalRepresentative",
            "fullTime")),
    PARTY("party", List.of("creditCode", "organisationForm", "setUpOn", "secretary", "partyMembers", "workGroup",
            "instructor", "parentOrganisation")),
    INSPECTIONS("inspections", List.of("creditCode", "year", "grade"));

    /** The sheet that explains how to fill in the others; the import does not read it. */
    static final String INSTRUCTIONS = "import.sheet.instructions";

    final String key;
    final List<String> columns;

    RegisterSheet(String key, List<String> columns) {
        this.key = key;
        this.columns = columns;
    }

    @Override
    public String sheetName() {
        return ChineseTexts.format("import.sheet." + key);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> headers() {
        return ChineseTexts.formatAll("import." + key + ".", columns);
    }

    @Override
    public String header(String column) {
        return ChineseTexts.format("import." + key + "." + column);
    }
}
