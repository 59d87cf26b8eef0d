package org.societyflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 更正 (docs/RULES.md): 学会部 corrects data errors of the register with a reason, each line in the change log the
 * society reads; the society cannot correct its own register, and a form with an error stores nothing.
 */
@IntegrationTest
class RegisterCorrectionIT {

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    SocietyService societies;

    @Test
    void affairsCorrectsTheAddressAndABirthDateAndTheSocietyReadsWhyOnItsProfile() {
        Society society = testSocieties.registerActive("corr");
        Long officer = society.getOfficers().get(0).getId();
        Api.Response answer = Api.as(port, "affairs", "affairs").post(corrections(society), Map.of(
                "address", "武汉市武昌区珞喻路1号", "membersIndividual", 121,
                "officers", List.of(Map.of("id", officer, "birthDate", "1971-01-01")),
                "reason", "登记证书住所为珞喻路1号，录入时遗漏门牌"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().findValuesAsText("field"))
                .containsExactlyInAnyOrder("address", "members_individual", "officer_birth_date");
        Society corrected = societies.get(society.getId());
        assertThat(corrected.getAddress()).isEqualTo("武汉市武昌区珞喻路1号");
        assertThat(corrected.getMembersIndividual()).isEqualTo(121);
        assertThat(corrected.getOfficers().get(0).getBirthDate()).hasToString("1971-01-01");
        assertThat(societies.changeLog(society.getId()))
                .filteredOn(e -> e.getField().equals("address")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getOldValue()).isEqualTo("武汉市");
                    assertThat(e.getApplicationNo()).isEqualTo("更正");
                    assertThat(e.getReason()).isEqualTo("登记证书住所为珞喻路1号，录入时遗漏门牌");
                    assertThat(e.getChangedBy()).isEqualTo("affairs");
                });

        String profile = ownAccount(society).get("/societies/" + society.getId()).text();
        assertThat(profile).contains("武汉市武昌区珞喻路1号", "登记证书住所为珞喻路1号，录入时遗漏门牌", "更正",
                "1970-01-01", "1971-01-01");
        assertThat(profile).doesNotContain("id=\"correction-form\"");
    }

    @Test
    void theSocietyCannotCorrectItsOwnRegister() {
        Society society = testSocieties.registerActive("cors");
        Api own = ownAccount(society);

        assertThat(own.post(corrections(society), Map.of("address", "自改住所", "reason", "我们想改")).status())
                .isEqualTo(403);
        PortalLogin browser = new PortalLogin(port);
        browser.logIn("soc-" + society.getCode(), "soc-" + society.getCode());
        String page = "/societies/" + society.getId();
        assertThat(browser.submit(page, page + "/corrections", Map.of("address", "自改住所", "reason", "我们想改"))
                .statusCode()).isEqualTo(403);
        assertThat(societies.get(society.getId()).getAddress()).isEqualTo("武汉市");
        assertThat(societies.changeLog(society.getId())).isEmpty();
    }

    @Test
    void withoutAReasonTheFormShowsTheMessageAtTheReasonAndNothingIsStored() {
        Society society = testSocieties.registerActive("corn");
        Api affairs = Api.as(port, "affairs", "affairs");
        Api.Response answer = affairs.post(corrections(society), Map.of("address", "武汉市洪山区", "reason", " "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().toString()).contains("reason");

        PortalLogin browser = new PortalLogin(port);
        browser.logIn("affairs", "affairs");
        String page = "/societies/" + society.getId();
        HttpResponse<String> form = browser.submit(page, page + "/corrections",
                Map.of("address", "武汉市洪山区", "membersUnit", "6", "reason", ""));
        assertThat(form.statusCode()).isEqualTo(200);
        String reasonField = form.body().substring(form.body().indexOf("name=\"reason\""));
        assertThat(reasonField.substring(0, reasonField.indexOf("</div>"))).contains("class=\"field-error\"");

        Society unchanged = societies.get(society.getId());
        assertThat(unchanged.getAddress()).isEqualTo("武汉市");
        assertThat(unchanged.getMembersUnit()).isEqualTo(5);
        assertThat(societies.changeLog(society.getId())).isEmpty();
    }

    @Test
    void aBadValueAmongGoodOnesIsRefusedWholeAndSoIsACorrectionThatChangesNothing() {
        Society society = testSocieties.registerActive("corb");
        Api affairs = Api.as(port, "affairs", "affairs");
        Api.Response future = affairs.post(corrections(society), Map.of("address", "武汉市江汉区",
                "registeredOn", "2999-01-01", "reason", "登记日期笔误"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().toString()).contains("registeredOn");

        Api.Response same = affairs.post(corrections(society), Map.of("address", "武汉市", "reason", "无变化"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(affairs.post(corrections(society), Map.of("officers", List.of(Map.of("id", -1, "birthDate",
                "1960-01-01")), "reason", "他会的负责人")).status()).isEqualTo(400);

        assertThat(societies.get(society.getId()).getAddress()).isEqualTo("武汉市");
        assertThat(societies.changeLog(society.getId())).isEmpty();
    }

    private Api ownAccount(Society society) {
        return Api.as(port, "soc-" + society.getCode(), "soc-" + society.getCode());
    }

    private static String corrections(Society society) {
        return "/api/v1/societies/" + society.getId() + "/corrections";
    }
}
