package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.societyflow.support.PortalLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Registration with e-mail confirmation, as the mysql profile always has it: the mail with the link reaches the
 * SMTP server, the account cannot log in (portal, JSON API, engine REST API) until the link is followed, an
 * expired or unknown link changes nothing, and a mail that cannot be sent leaves no account behind.
 *
 * <p>Runs in the suite's one application context and switches the confirmation on for its own tests: a second
 * context would start a second process engine named "default", which takes over Camunda's engine registry for
 * the REST API and webapps of every later test.
 */
@IntegrationTest
class RegistrationConfirmationIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationSettings settings;

    @Autowired
    RegistrationService registrations;

    @Autowired
    ApplicantAccountRepository accounts;

    @Autowired
    IdentityService identityService;

    @LocalServerPort
    int port;

    private boolean configured;

    @BeforeEach
    void confirmationOn() {
        configured = settings.isConfirmEmail();
        settings.setConfirmEmail(true);
        assertThat(registrations.confirmationRequired()).isTrue();
    }

    @AfterEach
    void confirmationAsConfigured() {
        settings.setConfirmEmail(configured);
    }

    @Test
    void anAccountLogsInOnlyOnceItsEmailAddressIsConfirmed() throws Exception {
        String userId = Applicants.freshUserId();
        String email = userId + "@example.com";
        MvcResult registered = mvc.perform(register(Applicants.form(userId)).with(csrf())).andReturn();
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/register/sent");
        // the flash waits in the session (Spring Session JDBC), which the redirect reaches with its cookie
        mvc.perform(get("/register/sent").cookie(registered.getResponse().getCookies()))
                .andExpect(content().string(containsString("请查收确认邮件")))
                .andExpect(content().string(containsString("确认邮件已发送至 " + email)));

        MimeMessage message = Mailbox.only(mail, email);
        assertThat(message.getSubject()).isEqualTo("【学会工作平台】请确认您的电子邮箱");
        assertThat(Mailbox.text(message)).contains("张三丰", userId);
        String link = Mailbox.confirmationLink(message);
        assertThat(link).startsWith("http://localhost:8080/register/confirm?token=");
        String token = Mailbox.confirmationToken(message);
        assertThat(token).hasSize(43);

        ApplicantAccount account = accounts.findById(userId).orElseThrow();
        assertThat(account.awaitsConfirmation()).isTrue();
        assertThat(account.getConfirmationToken()).as("only the hash is stored")
                .isEqualTo(ConfirmationToken.hash(token)).isNotEqualTo(token);
        assertThat(Duration.between(account.getRegisteredAt(), account.getTokenExpiresAt())).isEqualTo(Duration.ofDays(3));

        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(userId, Applicants.PASSWORD)).isEqualTo("/login?unconfirmed");
        assertThat(browser.get("/login?unconfirmed").body()).contains("请先点击确认邮件中的链接激活账号");
        assertThat(browser.get("/").statusCode()).as("not logged in").isEqualTo(302);
        Api initiator = Api.as(port, userId, Applicants.PASSWORD);
        assertThat(initiator.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(initiator.get("/engine-rest/task/count").status()).isEqualTo(401);

        mvc.perform(get("/register/confirm").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("账号已激活")));
        assertThat(accounts.findById(userId).orElseThrow().getConfirmedAt()).isNotNull();

        browser = new PortalLogin(port);
        assertThat(browser.logIn(userId, Applicants.PASSWORD)).isEqualTo("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(initiator.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(initiator.get("/engine-rest/task/count").status()).isEqualTo(200);

        mvc.perform(get("/register/confirm").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该账号此前已经激活")));
    }

    @Test
    void anExpiredOrUnknownLinkChangesNothingAndTheAccountMayRegisterAgain() throws Exception {
        String userId = Applicants.freshUserId();
        String email = userId + "@example.com";
        Api.Response response = Api.anonymous(port).post("/api/v1/registrations", Applicants.form(userId));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.body().get("confirmationRequired").asBoolean()).isTrue();
        String token = Mailbox.confirmationToken(Mailbox.only(mail, email));

        ApplicantAccount account = accounts.findById(userId).orElseThrow();
        account.awaitConfirmation(account.getConfirmationToken(), Instant.now().minusSeconds(60));
        accounts.save(account);

        mvc.perform(get("/register/confirm").param("token", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("链接已过期")));
        assertThat(accounts.findById(userId).orElseThrow().awaitsConfirmation()).isTrue();
        assertThat(new PortalLogin(port).logIn(userId, Applicants.PASSWORD)).isEqualTo("/login?unconfirmed");

        mvc.perform(get("/register/confirm").param("token", token.substring(1)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("链接无效")));
        mvc.perform(get("/register/confirm")).andExpect(status().isNotFound());
        mvc.perform(get("/register/confirm").param("token", "")).andExpect(status().isNotFound());

        // the lapsed registration does not hold its user id and e-mail address
        Map<String, String> again = Applicants.form(userId);
        again.put("name", "张三");
        assertThat(Api.anonymous(port).post("/api/v1/registrations", again).status()).isEqualTo(201);
        assertThat(Mailbox.to(mail, email)).hasSize(2);
        String newToken = Mailbox.confirmationToken(Mailbox.to(mail, email).get(1));
        mvc.perform(get("/register/confirm").param("token", token)).andExpect(status().isNotFound());
        mvc.perform(get("/register/confirm").param("token", newToken)).andExpect(status().isOk());
        assertThat(identityService.createUserQuery().userId(userId).singleResult().getLastName()).isEqualTo("张三");
        assertThat(new PortalLogin(port).logIn(userId, Applicants.PASSWORD)).isEqualTo("/");

        // a pending registration whose link is still valid does hold them
        String pending = Applicants.freshUserId();
        assertThat(Api.anonymous(port).post("/api/v1/registrations", Applicants.form(pending)).status()).isEqualTo(201);
        Api.Response taken = Api.anonymous(port).post("/api/v1/registrations", Applicants.form(pending));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body().at("/errors/userId").asText()).isEqualTo("该用户名已被使用，请换一个");
        assertThat(taken.body().at("/errors/email").asText()).isEqualTo("该电子邮箱已被其他账号使用");
    }

    @Test
    void aMailThatCannotBeSentLeavesNoAccount() throws Exception {
        mail.stop();
        String userId = Applicants.freshUserId();
        Api.Response response = Api.anonymous(port).post("/api/v1/registrations", Applicants.form(userId));
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body().get("detail").asText()).startsWith("确认邮件发送失败，账号未创建");
        assertNoAccount(userId);

        mvc.perform(register(Applicants.form(userId)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mail-failed\"")))
                .andExpect(content().string(containsString("value=\"" + userId + "\"")));
        assertNoAccount(userId);
    }

    private void assertNoAccount(String userId) {
        assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.APPLICANTS).userId(userId).count()).isZero();
        assertThat(accounts.findById(userId)).isEmpty();
    }

    private static MockHttpServletRequestBuilder register(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/register");
        form.forEach(request::param);
        return request;
    }
}
