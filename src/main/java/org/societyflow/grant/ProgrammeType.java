package org.societyflow.grant;

import java.util.List;

/** The funding programmes (docs/RULES.md, 项目资助), each with the categories an application may choose. */
public enum ProgrammeType {
    ACADEMIC_EXCHANGE(List.of(GrantCategory.SALON, GrantCategory.YOUNG_FORUM, GrantCategory.FRONTIER,
            GrantCategory.CROSS_DISCIPLINE, GrantCategory.PLATFORM_BUILDING)),
    PARTY_BUILDING(List.of(GrantCategory.GENERAL)),
    HAIZHI(List.of(GrantCategory.GENERAL)),
    YOUNG_SCIENTIST(List.of(GrantCategory.GENERAL)),
    ACADEMICIAN_STUDIO(List.of(GrantCategory.GENERAL)),
    INTERNATIONAL_CONFERENCE(List.of(GrantCategory.GENERAL)),
    ANNUAL_MEETING_BRANCH(List.of(GrantCategory.GENERAL));

    private final List<GrantCategory> categories;

    ProgrammeType(List<GrantCategory> categories) {
        this.categories = categories;
    }

    public List<GrantCategory> categories() {
        return categories;
    }
}
