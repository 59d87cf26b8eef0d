package org.societyflow.demo;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.activity.ActivityForm;
import org.societyflow.activity.ActivityForm.ActivityBrand;
import org.societyflow.activity.ActivityForm.ActivityType;
import org.societyflow.activity.ActivityService;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of verified activities for each registered demo society — last year's whole (what the 年检 of last year
 * prefills) and the weeks before today (the calendar and the lists) — entered as ledger rows without processes, so
 * start-up stays quick. A society that has any activity already is left as it is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoActivities {

    /** One activity of the pattern: its day in last year (month, day), its kind, title, brand and size. */
    private record Pattern(int month, int day, ActivityType type, String title, ActivityBrand brand, int participants,
                           Integer audience) {
    }

    private static final List<Pattern> LAST_YEAR = List.of(
            new Pattern(1, 12, ActivityType.PARTY_BUILDING, "新年主题党日：学习贯彻全会精神", ActivityBrand.PARTY_BRAND, 25, null),
            new Pattern(3, 22, ActivityType.ACADEMIC_SALON, "青年学术沙龙（第一期）", ActivityBrand.NONE, 45, 300),
            new Pattern(4, 18, ActivityType.TRAINING, "会员继续教育培训班", ActivityBrand.NONE, 80, null),
            new Pattern(5, 30, ActivityType.VOLUNTEER_SERVICE, "科技工作者日 · 专家进社区志愿服务", ActivityBrand.SCIENCE_WORKERS_DAY,
                    30, 600),
            new Pattern(6, 20, ActivityType.YOUNG_SCIENTIST_FORUM, "青年科学家论坛", ActivityBrand.NONE, 120, 2_500),
            new Pattern(7, 1, ActivityType.PARTY_BUILDING, "“七一”党员专家座谈会", ActivityBrand.PARTY_BRAND, 20, null),
            new Pattern(9, 16, ActivityType.POPULAR_SCIENCE, "全国科普日 · 走进中小学科普讲座", ActivityBrand.NATIONAL_SCIENCE_DAY,
                    40, 1_800),
            new Pattern(10, 25, ActivityType.ACADEMIC_CONFERENCE, "科学年会分会场 · 学科发展研讨会",
                    ActivityBrand.ANNUAL_MEETING_BRANCH, 180, 5_000),
            new Pattern(11, 15, ActivityType.ACADEMIC_SALON, "青年学术沙龙（第二期）", ActivityBrand.NONE, 38, 260),
            new Pattern(12, 6, ActivityType.ACADEMIC_CONFERENCE, "年度学术年会", ActivityBrand.NONE, 260, 3_000));

    private final ActivityService activities;
    private final SocietyService societies;

    @Transactional
    public void load() {
        List<String> codes = List.of("whcs", "whma", "whas", "whps", "whnss");
        for (int i = 0; i < codes.size(); i++) {
            Society society = societies.getByCode(codes.get(i));
            if (!activities.anyOf(society.getId())) {
                enterYear(society, i);
            }
        }
    }

    /** Last year's pattern, sized and shifted a little per society, and two activities of the last weeks. */
    private void enterYear(Society society, int nth) {
        int year = EngineClock.today().getYear() - 1;
        for (int i = 0; i < LAST_YEAR.size(); i++) {
            // a younger or smaller society does less: the last of the pattern are left out one by one
            if (i >= LAST_YEAR.size() - nth) {
                break;
            }
            Pattern p = LAST_YEAR.get(i);
            // an occasion keeps its day (科技工作者日 30 May, 全国科普日 in its week); the society's own move a little
            LocalDate day = LocalDate.of(year, p.month(), p.day());
            if (p.brand() == ActivityBrand.NONE) {
                day = day.plusDays(nth);
            }
            enter(society, p.type(), p.title(), p.brand(), day, p.participants() + 7 * nth, p.audience());
        }
        LocalDate today = EngineClock.today();
        enter(society, ActivityType.ACADEMIC_SALON, "青年学术沙龙（本年度）", ActivityBrand.NONE,
                today.minusDays(20 + nth), 42 + nth, 280);
        enter(society, ActivityType.POPULAR_SCIENCE, "院士科普工作室开放日", ActivityBrand.ACADEMICIAN_STUDIO,
                today.minusDays(nth % 3), 35, 1_200);
    }

    private void enter(Society society, ActivityType type, String title, ActivityBrand brand, LocalDate day,
                       int participants, Integer audience) {
        ActivityForm form = new ActivityForm();
        form.setActivityType(type);
        form.setTitle(title);
        form.setStartsOn(day);
        form.setEndsOn(day);
        form.setVenue(type == ActivityType.POPULAR_SCIENCE ? "武汉科技馆" : "武汉市科技会堂");
        form.setOnline(false);
        form.setOrganisers(society.getName());
        form.setCoOrganisers(brand == ActivityBrand.ANNUAL_MEETING_BRANCH ? "武汉市科学技术协会" : null);
        form.setParticipants(participants);
        form.setAudience(audience);
        form.setBrand(brand);
        form.setSummary(title + "，" + society.getName() + "组织，参与" + participants + "人。");
        activities.enterVerified(society.getId(), form, "demo");
    }
}
