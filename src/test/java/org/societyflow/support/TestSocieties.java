package org.societyflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.societyflow.identity.GroupSetup;
import org.societyflow.identity.Groups;
import java.time.LocalDate;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Component;

/**
 * A society of a test's own, in the register with its group and its secretariat's account
 * {@code soc-<code>} / {@code soc-<code>}, so no other test's applications are in the way.
 */
@Component
public class TestSocieties {

    private final SocietyService societies;
    private final GroupSetup groupSetup;
    private final IdentityService identityService;

    TestSocieties(SocietyService societies, GroupSetup groupSetup, IdentityService identityService) {
        this.societies = societies;
        this.groupSetup = groupSetup;
        this.identityService = identityService;
    }

    /** A code no other test uses, starting with {@code prefix}. */
    public static String uniqueCode(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    /** A supervised, active society with a president and a standalone party organisation, registered. */
    public Society registerActive(String prefix) {
        return registerActive(prefix, LocalDate.now().minusYears(3));
    }

    /** The same registered on the given day (see below). */
    public Society registerActive(String prefix, LocalDate registeredOn) {
        return registerActive(prefix, new Officer(OfficerRole.PRESIDENT, "王测" + prefix, LocalDate.of(1970, 1, 1), true, false, 1),
                PartyOrganisation.STANDALONE, registeredOn);
    }

    /** A supervised, active society with the given officer and party organisation, registered. */
    public Society registerActive(String prefix, Officer officer, PartyOrganisation party) {
        return registerActive(prefix, officer, party, LocalDate.now().minusYears(3));
    }

    /**
     * The same registered on the given day: one registered before the years {@link Campaigns#freshYear} hands out takes
     * part in every campaign.
     */
    public Society registerActive(String prefix, Officer officer, PartyOrganisation party, LocalDate registeredOn) {
        String code = uniqueCode(prefix);
        LocalDate termStart = LocalDate.now().minusYears(1);
        Society society = new Society(code, "武汉市测试学会" + code, Discipline.ENGINEERING, SupervisionMode.SUPERVISED,
                SocietyStatus.ACTIVE, party)
                .registered(null, registeredOn, null, "学术交流", "武汉市", "027-88888888")
                .term(2, termStart, termStart.plusYears(5).minusDays(1)).members(120, 5)
                .officer(officer);
        register(society);
        return societies.getByCode(code);
    }

    /** A society with no party organisation and no 秘书长, registered on the given day: the 软弱涣散 table flags both. */
    public Society registerWeak(String prefix, LocalDate registeredOn) {
        String code = uniqueCode(prefix);
        LocalDate termStart = LocalDate.now().minusYears(2);
        Society society = new Society(code, "武汉市测试学会" + code, Discipline.SCIENCE, SupervisionMode.SUPERVISED,
                SocietyStatus.ACTIVE, PartyOrganisation.NONE)
                .registered(null, registeredOn, null, "学术交流", "武汉市", "027-88888888")
                .term(1, termStart, termStart.plusYears(5).minusDays(1)).members(80, 3)
                .officer(new Officer(OfficerRole.PRESIDENT, "孙理", LocalDate.of(1966, 6, 6), true, false, 1));
        register(society);
        return societies.getByCode(code);
    }

    /**
     * The society with a 合格 年检 for last year on record, as a society that may apply for grants has (grant-eligibility
     * Rule_04, Rule_05); returns it.
     */
    public Society passedLastInspection(Society society) {
        societies.recordInspectionResult(society.getId(), LocalDate.now().getYear() - 1, null, InspectionGrade.PASS, null);
        return society;
    }

    /** Registers the society and returns its account (user id = password). */
    public String register(Society society) {
        societies.register(society, "测试", "test");
        groupSetup.ensureSocietyGroup(society.getCode(), society.getName());
        String account = "soc-" + society.getCode();
        User user = identityService.newUser(account);
        user.setFirstName("秘书处");
        user.setPassword(account);
        TestUsers.save(identityService, user);
        identityService.createMembership(account, Groups.SOCIETY);
        identityService.createMembership(account, Groups.ofSociety(society.getCode()));
        return account;
    }
}
