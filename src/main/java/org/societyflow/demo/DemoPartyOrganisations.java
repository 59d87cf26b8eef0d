package org.societyflow.demo;

import java.time.LocalDate;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.party.PartyExemplarForm;
import org.societyflow.party.PartyExemplarService;
import org.societyflow.party.PartyNomination;
import org.societyflow.party.PartyOrganisationService;
import org.societyflow.shared.EngineClock;
import org.societyflow.party.PartyReportForm;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo societies' party organisations: three organised in the three forms, one covered only by an instructor
 * and a work group (武汉市网络空间安全学会, which has no organisation), the society in 筹备 none. And this year's 党建典型
 * selection, open a month more, with 武汉市计算机学会's nomination of its party branch.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPartyOrganisations {

    private final PartyOrganisationService party;
    private final PartyExemplarService exemplars;
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
        if (exemplars.selections().isEmpty()) {
            openSelection();
        }
    }

    private void openSelection() {
        PartyExemplarForm.Selection call = exemplars.blankForm();
        call.setTitle("“同心炬会 科耀江城”" + call.getYear() + "年度学会党建典型评选");
        call.setCallText("各学会党组织：为深入推进学会党建工作，科技社团党委决定开展年度学会党建工作示范党组织和党建品牌活动评选。"
                + "请各学会对照评选条件自主申报，填写主要事迹并上传相关材料。");
        call.setClosesOn(EngineClock.today().plusMonths(1));
        var selection = exemplars.open(call, new CurrentUser("party", "科技社团党委", Set.of(Groups.PARTY_COMMITTEE), null));
        PartyExemplarForm.Nomination nomination = new PartyExemplarForm.Nomination();
        nomination.setKind(PartyNomination.NominationKind.ORGANISATION);
        nomination.setTitle("武汉市计算机学会党支部");
        nomination.setAchievements("坚持“党建+学术”工作法，全年开展主题党日 12 次，组织党员专家科技志愿服务 30 余场。");
        exemplars.nominate(selection.getId(), nomination, new CurrentUser("soc-whcs", "武汉市计算机学会",
                Set.of(Groups.SOCIETY, Groups.ofSociety("whcs")), "whcs"));
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
        party.enterRegister(societies.getByCode(code).getId(), line, instructor, null, "demo");
    }
}
