package org.societyflow.demo;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.party.PartyOrganisationService;
import org.societyflow.party.PartyReportForm;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo societies' party organisations: three organised in the three forms, one covered only by an instructor
 * and a work group (武汉市网络空间安全学会, which has no organisation), the society in 筹备 none.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPartyOrganisations {

    private final PartyOrganisationService party;
    private final SocietyService societies;

    @Transactional
    public void load() {
        enter("whcs", PartyOrganisation.STANDALONE, LocalDate.of(2016, 7, 1), "赵晓峰", 12, false, "陈红梅",
                "中共武汉市科技社团委员会");
        enter("whma", PartyOrganisation.STANDALONE, LocalDate.of(2012, 6, 28), "孙丽", 26, false, null,
                "中共武汉市科技社团委员会");
        enter("whas", PartyOrganisation.JOINT, LocalDate.of(2018, 3, 15), "郑华", 4, false, null,
                "中共武汉市科技社团委员会");
        enter("whps", PartyOrganisation.FUNCTIONAL, LocalDate.of(2020, 9, 10), "罗静", 3, false, null,
                "中共武汉市科学技术协会机关委员会");
        enter("whnss", PartyOrganisation.NONE, null, null, 2, true, "陈红梅", null);
    }

    private void enter(String code, PartyOrganisation form, LocalDate setUpOn, String secretary, int members,
                       boolean workGroup, String instructor, String parent) {
        PartyReportForm line = new PartyReportForm();
        line.setOrganisationForm(form);
        line.setSetUpOn(setUpOn);
        line.setSecretary(secretary);
        line.setPartyMembers(members);
        line.setWorkGroup(workGroup);
        line.setParentOrganisation(parent);
        party.enterRegister(societies.getByCode(code).getId(), line, instructor, "demo");
    }
}
