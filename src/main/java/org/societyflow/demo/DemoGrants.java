package org.societyflow.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.grant.ExpertForm;
import org.societyflow.grant.ExpertPool;
import org.societyflow.grant.GrantCategory;
import org.societyflow.grant.Programme;
import org.societyflow.grant.ProgrammeForm;
import org.societyflow.grant.ProgrammeService;
import org.societyflow.grant.ProgrammeType;
import org.societyflow.grant.StationAssessmentService;
import org.societyflow.grant.StationForm;
import org.societyflow.grant.StationKind;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Discipline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's expert pool (one expert is an officer of 武汉市计算机学会, one a member of 武汉市智能网联汽车学会, so the
 * exclusion shows), two open calls, a draft programme and a 海智 station. Loaded once, after the demo users and
 * societies (the experts are users, the stations' hosts societies), through the services 学会部 uses.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoGrants {

    private static final CurrentUser DEMO = new CurrentUser("affairs", "演示数据", Set.of(Groups.SOCIETY_AFFAIRS), null);

    private final ExpertPool experts;
    private final ProgrammeService programmeService;
    private final StationAssessmentService stations;

    @Transactional
    public void load() {
        if (!experts.isEmpty()) {
            return;
        }
        expert("expert1", "郭振华", LocalDate.of(1970, 5, 12), List.of(Discipline.ENGINEERING, Discipline.INTERDISCIPLINARY), null);
        expert("expert2", "林雪", LocalDate.of(1978, 10, 3), List.of(Discipline.ENGINEERING, Discipline.SCIENCE), null);
        expert("expert3", "马骏", LocalDate.of(1966, 1, 25), List.of(Discipline.MEDICINE, Discipline.AGRICULTURE), null);
        expert("expert4", "陈立新", LocalDate.of(1965, 3, 2), List.of(Discipline.ENGINEERING), null);
        expert("expert5", "邓捷", LocalDate.of(1981, 7, 30), List.of(Discipline.ENGINEERING, Discipline.MEDICINE), "whicv");
        expert("expert6", "彭博", LocalDate.of(1974, 12, 8), List.of(Discipline.SCIENCE, Discipline.INTERDISCIPLINARY,
                Discipline.ENGINEERING), null);

        LocalDate today = EngineClock.today();
        Programme exchange = programme(ProgrammeType.ACADEMIC_EXCHANGE, today.getYear() + " 年度学术交流活动平台项目",
                "围绕基础学科、应用学科和新兴交叉学科，支持学会开展学术沙龙、青年科学家论坛、前沿高端学术交流、综合交叉类学术交流和学术交流平台基础建设。\n"
                        + "资助档次：2 万、3 万、5 万、10 万元；每个学会限报 1 项；申报单位须为第一主办单位。",
                today.minusDays(10), today.plusDays(30), 600_000, 100_000, ProgrammeType.ACADEMIC_EXCHANGE.categories());
        Programme conference = programme(ProgrammeType.INTERNATIONAL_CONFERENCE, today.getYear() + " 年度国际学术会议资助",
                "市科协为主办或支持单位；申报学会为承办单位且不得转包；会议于 1–11 月举办，9 月 30 日前申报；已举办的会议可持材料申请事后资助。",
                today.minusDays(5), today.plusDays(45), 500_000, 100_000, List.of(GrantCategory.GENERAL));
        programme(ProgrammeType.PARTY_BUILDING, today.getYear() + " 年度党建引领学会能力提升专项",
                "突出党建强会，以提升学会服务效能为目标，以党建工作示范化、特色活动品牌化为重点。申报学会须已建立党组织。",
                today.plusDays(20), today.plusDays(60), 300_000, 50_000, List.of(GrantCategory.GENERAL));
        programmeService.publish(exchange.getId(), DEMO);
        programmeService.publish(conference.getId(), DEMO);

        station("武汉市计算机学会海智工作站", StationKind.WORKSTATION, "whcs", 2022);
        station("武汉医学会海外离岸联络站（多伦多）", StationKind.OFFSHORE_LIAISON, "whma", 2023);
    }

    private void expert(String userId, String name, LocalDate born, List<Discipline> disciplines, String memberOf) {
        ExpertForm form = new ExpertForm();
        form.setUserId(userId);
        form.setName(name);
        form.setBirthDate(born);
        form.setDisciplines(disciplines);
        form.setMemberOf(memberOf);
        experts.add(form, DEMO);
    }

    private Programme programme(ProgrammeType type, String title, String callText, LocalDate opens, LocalDate closes,
                                long budget, long cap, List<GrantCategory> categories) {
        ProgrammeForm form = programmeService.blankForm();
        form.setType(type);
        form.setTitle(title);
        form.setCallText(callText);
        form.setOpensOn(opens);
        form.setClosesOn(closes);
        form.setTotalBudget(budget);
        form.setCapPerProject(cap);
        form.setCategories(categories);
        return programmeService.create(form, DEMO);
    }

    private void station(String name, StationKind kind, String societyCode, int establishedYear) {
        StationForm form = new StationForm();
        form.setName(name);
        form.setKind(kind);
        form.setSocietyCode(societyCode);
        form.setEstablishedYear(establishedYear);
        stations.register(form, DEMO);
    }
}
