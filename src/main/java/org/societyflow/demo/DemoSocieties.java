package org.societyflow.demo;

import static org.societyflow.society.OfficerRole.PRESIDENT;
import static org.societyflow.society.OfficerRole.SECRETARY_GENERAL;
import static org.societyflow.society.OfficerRole.VICE_PRESIDENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.societyflow.identity.GroupSetup;
import org.societyflow.identity.Groups;
import org.societyflow.society.CreditCode;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo users and Wuhan societies for the default (H2) profile; never loaded with the {@code mysql}
 * profile. Passwords equal the user ids, as the README says.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoSocieties {

    private final IdentityService identityService;
    private final SocietyService societies;
    private final GroupSetup groupSetup;

    @Transactional
    public void load() {
        user("affairs", "王晓明（学会部）", "", Groups.SOCIETY_AFFAIRS);
        user("party", "李红（科技社团党委）", "", Groups.PARTY_COMMITTEE);
        user("leader", "张国强（分管领导）", "", Groups.LEADERSHIP);
        // six, so a grant review of three can draw around the one who is an officer of 武汉市计算机学会
        for (int i = 1; i <= 6; i++) {
            user("expert" + i, "评审专家" + i, "", Groups.EXPERTS);
        }
        // once they have founded a society they are its secretariat, not an applicant any more
        if (identityService.createUserQuery().userId("applicant").count() == 0) {
            user("applicant", "刘洋（学会发起人）", "", Groups.APPLICANTS);
        }
        for (Society society : demoSocieties()) {
            if (!societies.exists(society.getCode())) {
                societies.register(society, "演示数据", "demo");
            }
            groupSetup.ensureSocietyGroup(society.getCode(), society.getName());
            user("soc-" + society.getCode(), "秘书处", society.getName(), Groups.SOCIETY,
                    Groups.ofSociety(society.getCode()));
        }
    }

    private void user(String id, String firstName, String lastName, String... groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(id);
            user.setEmail(id + "@example.org");
            // the documented demo passwords (user id = password) break the password policy on purpose
            ((IdentityServiceImpl) identityService).saveUser(user, true);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    private static List<Society> demoSocieties() {
        return List.of(
                new Society("whcs", "武汉市计算机学会", Discipline.ENGINEERING, SupervisionMode.SUPERVISED,
                        SocietyStatus.ACTIVE, PartyOrganisation.STANDALONE)
                        .registered(creditCode("5142010033100001"), LocalDate.of(1980, 5, 12),
                                "Wuhan Computer Society", "计算机科学技术学术交流、科普、继续教育与咨询服务",
                                "武汉市洪山区珞喻路1037号", "027-87540001")
                        .term(9, LocalDate.of(2022, 11, 20), LocalDate.of(2027, 11, 19))
                        .members(1860, 42)
                        .funds(new BigDecimal("500000"), "武汉市科学技术协会", LocalDate.of(2022, 11, 20))
                        .officer(new Officer(PRESIDENT, "陈立新", LocalDate.of(1965, 3, 2), true, false, 1))
                        .officer(new Officer(VICE_PRESIDENT, "刘敏", LocalDate.of(1972, 8, 19), false, false, 1))
                        .officer(new Officer(SECRETARY_GENERAL, "赵晓峰", LocalDate.of(1980, 1, 7), false, true, 2)),
                new Society("whma", "武汉医学会", Discipline.MEDICINE, SupervisionMode.SUPERVISED,
                        SocietyStatus.ACTIVE, PartyOrganisation.STANDALONE)
                        .registered(creditCode("5142010033100002"), LocalDate.of(1954, 9, 1), "Wuhan Medical Association",
                                "医学学术交流、继续医学教育、医学科普", "武汉市江岸区胜利街155号", "027-82811002")
                        .term(12, LocalDate.of(2020, 10, 15), LocalDate.of(2025, 10, 14))
                        .members(5200, 160)
                        .funds(new BigDecimal("1200000"), "武汉市科学技术协会", LocalDate.of(2020, 10, 15))
                        .officer(new Officer(PRESIDENT, "周建国", LocalDate.of(1955, 6, 30), true, false, 2))
                        .officer(new Officer(SECRETARY_GENERAL, "孙丽", LocalDate.of(1976, 12, 3), false, true, 1)),
                new Society("whas", "武汉农学会", Discipline.AGRICULTURE, SupervisionMode.SUPERVISED,
                        SocietyStatus.RECTIFYING, PartyOrganisation.JOINT)
                        .registered(creditCode("5142010033100003"), LocalDate.of(1979, 4, 8), "Wuhan Agricultural Society",
                                "农业科技学术交流、农技推广与培训", "武汉市江汉区常青路27号", "027-85671003")
                        .term(8, LocalDate.of(2021, 6, 1), LocalDate.of(2026, 5, 31))
                        .members(640, 18)
                        .funds(new BigDecimal("80000"), "武汉市科学技术协会", LocalDate.of(2021, 6, 1))
                        .officer(new Officer(PRESIDENT, "吴志强", LocalDate.of(1962, 2, 14), true, false, 1))
                        .officer(new Officer(SECRETARY_GENERAL, "郑华", LocalDate.of(1983, 7, 21), false, false, 1)),
                new Society("whps", "武汉物理学会", Discipline.SCIENCE, SupervisionMode.DIRECT,
                        SocietyStatus.ACTIVE, PartyOrganisation.FUNCTIONAL)
                        .registered(creditCode("5142010033100004"), LocalDate.of(1983, 10, 10), "Wuhan Physical Society",
                                "物理学学术交流、青少年物理科普", "武汉市武昌区八一路299号", "027-68752004")
                        .term(7, LocalDate.of(2023, 3, 18), LocalDate.of(2028, 3, 17))
                        .members(720, 9)
                        .funds(new BigDecimal("150000"), null, LocalDate.of(2023, 3, 18))
                        .officer(new Officer(PRESIDENT, "何光明", LocalDate.of(1968, 11, 5), true, false, 1))
                        .officer(new Officer(SECRETARY_GENERAL, "罗静", LocalDate.of(1986, 4, 9), false, true, 1)),
                new Society("whnss", "武汉市网络空间安全学会", Discipline.INTERDISCIPLINARY, SupervisionMode.SUPERVISED,
                        SocietyStatus.ACTIVE, PartyOrganisation.NONE)
                        .registered(creditCode("5142010033100005"), LocalDate.of(2019, 8, 26),
                                "Wuhan Cyberspace Security Society", "网络空间安全学术交流、人才培养、科普宣传",
                                "武汉市东西湖区临空港大道1号", "027-83005005")
                        .term(2, LocalDate.of(2024, 9, 1), LocalDate.of(2029, 8, 31))
                        .members(310, 25)
                        .funds(new BigDecimal("300000"), "武汉市科学技术协会", LocalDate.of(2024, 9, 1))
                        .officer(new Officer(PRESIDENT, "黄磊", LocalDate.of(1975, 9, 9), true, false, 1))
                        .officer(new Officer(SECRETARY_GENERAL, "杨帆", LocalDate.of(1990, 2, 2), false, true, 1)),
                new Society("whicv", "武汉市智能网联汽车学会", Discipline.ENGINEERING, SupervisionMode.SUPERVISED,
                        SocietyStatus.PREPARING, PartyOrganisation.NONE)
                        .members(0, 0));
    }

    /** Completes a demo code (登记管理机关 5, 社会团体 1, 武汉 420100, organisation code) with its check character. */
    private static String creditCode(String first16) {
        String first17 = first16 + "X";
        return first17 + CreditCode.checkCharacter(first17);
    }
}
