package org.societyflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.societyflow.notification.NotificationSettings;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.RegisterFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The invitation of an imported society's secretariat: the mail's link sets the password once, then says it was
 * used; a link past its validity says it expired; 学会部 sends a new one from the society's page.
 */
@IntegrationTest
class SecretariatInvitationIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    private static final Pattern LINK = Pattern.compile("(\\S+/account/invitation\\?token=([A-Za-z0-9_-]+))");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegisterTemplate template;
    @Autowired
    NotificationSettings settings;
    private boolean mailConfigured;

    /** The suite keeps mail off (application-it.yml); the invitations are mailed while this class's server runs. */
    @BeforeEach
    void mailOn() {
        mailConfigured = settings.isMail();
        settings.setMail(true);
    }

    @AfterEach
    void mailAsConfigured() {
        settings.setMail(mailConfigured);
    }

    @Test
    void theLinkSetsThePasswordOnceAndThenSaysItWasUsed() {
        String code = importOne("inva");
        String email = code + "@example.org";
        String token = token(mails(email, 1).get(0));
        PortalLogin visitor = new PortalLogin(port);

        HttpResponse<String> form = visitor.get("/account/invitation?token=" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("data-outcome=\"VALID\"").contains("id=\"invitation-form\"");
        HttpResponse<String> weak = visitor.submit("/account/invitation?token=" + token, "/account/invitation",
                Map.of("token", token, "password", "short", "confirmPassword", "short"));
        assertThat(weak.body()).contains("class=\"field-error\"").contains("data-outcome=\"VALID\"");
        assertThat(new PortalLogin(port).logIn("soc-" + code, "short")).as("no password set by the weak one")
                .isNotEqualTo("/");

        HttpResponse<String> done = visitor.submit("/account/invitation?token=" + token, "/account/invitation",
                Map.of("token", token, "password", "Mima2026xyz", "confirmPassword", "Mima2026xyz"));
        assertThat(done.body()).contains("data-outcome=\"DONE\"");
        assertThat(new PortalLogin(port).logIn("soc-" + code, "Mima2026xyz")).isEqualTo("/");

        HttpResponse<String> again = new PortalLogin(port).get("/account/invitation?token=" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("data-outcome=\"USED\"").contains("该邀请链接已经使用过")
                .doesNotContain("id=\"invitation-form\"");
        HttpResponse<String> reuse = new PortalLogin(port).submit("/login", "/account/invitation",
                Map.of("token", token, "password", "Other2026xyz", "confirmPassword", "Other2026xyz"));
        assertThat(reuse.statusCode()).isEqualTo(410);
        assertThat(new PortalLogin(port).logIn("soc-" + code, "Mima2026xyz")).as("the password stays").isEqualTo("/");
    }

    @Test
    void anExpiredLinkSaysSoAndSocietyAffairsSendANewOne() {
        String code = importOne("invb");
        String email = code + "@example.org";
        String token = token(mails(email, 1).get(0));
        jdbc.update("UPDATE account_invitation SET expires_at = ? WHERE user_id = ?",
                LocalDateTime.now().minusDays(1), "soc-" + code);

        HttpResponse<String> expired = new PortalLogin(port).get("/account/invitation?token=" + token);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("data-outcome=\"EXPIRED\"").contains("该邀请链接已过期");
        HttpResponse<String> unknown = new PortalLogin(port).get("/account/invitation?token=nosuchtoken");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("data-outcome=\"UNKNOWN\"");

        Long id = jdbc.queryForObject("SELECT id FROM society WHERE code = ?", Long.class, code);
        PortalLogin affairs = new PortalLogin(port);
        assertThat(affairs.logIn("affairs", "affairs")).isEqualTo("/");
        HttpResponse<String> resent = affairs.submit("/societies/" + id, "/imports/societies/" + id + "/invitation", "");
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(URI.create(resent.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/societies/" + id);
        assertThat(affairs.get("/societies/" + id).body()).contains("已重新发送秘书处账号的邀请邮件");
        String fresh = token(mails(email, 2).get(1));
        assertThat(new PortalLogin(port).get("/account/invitation?token=" + fresh).body()).contains("data-outcome=\"VALID\"");
        assertThat(new PortalLogin(port).get("/account/invitation?token=" + token).statusCode())
                .as("the old link stops working").isEqualTo(404);
    }

    @Test
    void aTemporaryPasswordFromSocietyAffairsMustBeReplacedAtTheFirstLogin() {
        String code = importOne("invc");
        Long id = jdbc.queryForObject("SELECT id FROM society WHERE code = ?", Long.class, code);
        PortalLogin affairs = new PortalLogin(port);
        assertThat(affairs.logIn("affairs", "affairs")).isEqualTo("/");
        assertThat(affairs.submit("/societies/" + id, "/imports/societies/" + id + "/invitation", "temporary=true")
                .statusCode()).isEqualTo(302);
        Matcher shown = Pattern.compile("临时密码：([A-Za-z0-9]+)").matcher(affairs.get("/societies/" + id).body());
        assertThat(shown.find()).isTrue();
        String temporary = shown.group(1);

        PortalLogin secretariat = new PortalLogin(port);
        secretariat.logIn("soc-" + code, temporary);
        for (String page : List.of("/", "/my-society", "/changes")) {
            HttpResponse<String> sent = secretariat.get(page);
            assertThat(sent.statusCode()).as(page).isEqualTo(302);
            assertThat(sent.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/account/password");
        }
        assertThat(secretariat.get("/account/password").body()).contains("id=\"password-required\"");
        HttpResponse<String> weak = secretariat.submit("/account/password", "/account/password",
                Map.of("password", "12345678", "confirmPassword", "12345678"));
        assertThat(weak.body()).contains("class=\"field-error\"");
        HttpResponse<String> chosen = secretariat.submit("/account/password", "/account/password",
                Map.of("password", "Xuehui2026ok", "confirmPassword", "Xuehui2026ok"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(secretariat.get("/").statusCode()).as("free to work").isEqualTo(200);
        PortalLogin again = new PortalLogin(port);
        assertThat(again.logIn("soc-" + code, "Xuehui2026ok")).isEqualTo("/");
        assertThat(again.get("/").statusCode()).as("not asked again").isEqualTo(200);
        assertThat(new PortalLogin(port).logIn("soc-whcs", "soc-whcs")).as("demo accounts are unaffected").isEqualTo("/");
        // last: a failed login makes the engine refuse the account's next ones for a few seconds
        assertThat(new PortalLogin(port).logIn("soc-" + code, temporary)).as("the temporary one is gone").isNotEqualTo("/");
    }

    /** Imports one society coded {@code <run>0} with its secretariat's address {@code <code>@example.org}. */
    private String importOne(String prefix) {
        String run = prefix + Long.toString(System.nanoTime() % 46656, 36).replaceAll("[0-9]", "x");
        byte[] file = RegisterFiles.fill(template.bytes(), RegisterFiles.generated(run, 1));
        Api.Response answer = Api.as(port, "affairs", "affairs").upload("/api/v1/imports/societies", "dryRun", "false",
                "register.xlsx", file);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return run + "0";
    }

    /** The mails to an address once there are {@code count}: invitations leave off the request. */
    private static List<jakarta.mail.internet.MimeMessage> mails(String address, int count) {
        return Await.until(count + " mails to " + address, () -> {
            List<jakarta.mail.internet.MimeMessage> mails = Mailbox.to(mail, address);
            return mails.size() >= count ? mails : null;
        });
    }

    private static String token(jakarta.mail.internet.MimeMessage message) {
        Matcher link = LINK.matcher(Mailbox.text(message));
        assertThat(link.find()).as(Mailbox.text(message)).isTrue();
        return link.group(2);
    }
}
