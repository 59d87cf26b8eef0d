package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Anyone registers an initiator (学会发起人) account, in the portal or over the JSON API, and logs in with it.
 * On H2 the account is usable at once; with the mysql profile (the suite on MariaDB) every account confirms its
 * e-mail address first, so these tests follow the link of the mail there ({@link RegistrationConfirmationIT}
 * tests the confirmation itself).
 */
@IntegrationTest
class RegistrationIT {

    private static final String USER_ID_INVALID = "用户名须为 3–32 位，以小写字母开头，只能包含小写字母、数字及 . _ -";

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    ApplicantAccountRepository accounts;

    @Autowired
    RegistrationService registrations;

    @LocalServerPort
    int port;

    @Test
    void theApplicantsGroupExistsAndHasNoAccessToTheWebapps() {
        Group group = identityService.createGroupQuery().groupId(Groups.APPLICANTS).singleResult();
        assertThat(group.getName()).isEqualTo("学会发起人");
        assertThat(group.getType()).isEqualTo("业务岗位");
        // Camunda lets the members of a new group read that group; nothing else, no Tasklist, Cockpit or Admin
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.APPLICANTS).list())
                .allSatisfy(a -> assertThat(a.getResourceType()).isEqualTo(Resources.GROUP.resourceType()));
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.APPLICANTS)
                .resourceType(Resources.APPLICATION).count()).isZero();
    }

    @Test
    void theLoginPageLeadsToTheRegistrationForm() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("注册发起人账号")))
                .andExpect(content().string(containsString("href=\"/register\"")));
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("工作单位")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/register").param("lang", "en"))
                .andExpect(content().string(containsString("Register an initiator account")))
                .andExpect(content().string(containsString("Employer")));
    }

    @Test
    void anInitiatorRegistersInThePortalAndLogsIn() throws Exception {
        String userId = Applicants.freshUserId();
        Map<String, String> form = Applicants.form(userId);
        form.put("email", userId + "@Example.COM");

        mvc.perform(register(form)).andExpect(status().isForbidden());
        assertThat(identityService.createUserQuery().userId(userId).count()).as("without a CSRF token").isZero();

        MvcResult result = mvc.perform(register(form).with(csrf())).andReturn();
        if (registrations.confirmationRequired()) {
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/register/sent");
        } else {
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
            assertThat(result.getFlashMap().get("success")).isEqualTo("registration.done");
            assertThat(result.getFlashMap().get("registeredUser")).isEqualTo(userId);
            // the flash waits in the session (Spring Session JDBC), which the redirect reaches with its cookie
            mvc.perform(get("/login").cookie(result.getResponse().getCookies()))
                    .andExpect(content().string(containsString("注册成功，请用新账号登录")))
                    .andExpect(content().string(containsString("value=\"" + userId + "\"")));
        }

        User user = identityService.createUserQuery().userId(userId).singleResult();
        assertThat(user.getLastName()).isEqualTo("张三丰");
        assertThat(user.getEmail()).isEqualTo(userId + "@example.com");
        assertThat(identityService.createGroupQuery().groupMember(userId).list()).extracting(Group::getId)
                .containsExactly(Groups.APPLICANTS);
        ApplicantAccount account = accounts.findById(userId).orElseThrow();
        assertThat(account.getPhone()).isEqualTo("13912345678");
        assertThat(account.getEmployer()).isEqualTo("华中科技大学");
        assertThat(account.getRegisteredAt()).isNotNull();

        activate(userId + "@example.com");
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(userId, Applicants.PASSWORD)).isEqualTo("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").body()).contains("张三丰");
    }

    @Test
    void anInitiatorRegistersOverTheApi() {
        String userId = Applicants.freshUserId();
        Api.Response response = Api.anonymous(port).post("/api/v1/registrations", Applicants.form(userId));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.body().get("userId").asText()).isEqualTo(userId);
        assertThat(response.body().get("confirmationRequired").asBoolean()).isEqualTo(registrations.confirmationRequired());

        activate(userId + "@example.com");
        Api initiator = Api.as(port, userId, Applicants.PASSWORD);
        JsonNode me = initiator.get("/api/v1/me").body();
        assertThat(me.get("name").asText()).isEqualTo("张三丰");
        assertThat(me.get("groups").toString()).isEqualTo("[\"applicants\"]");
        assertThat(me.get("staff").asBoolean()).isFalse();
        assertThat(me.get("societyCode").isNull()).isTrue();
        assertThat(initiator.get("/engine-rest/task/count").status()).isEqualTo(200);
        // an initiator is no society and no reviewer
        assertThat(initiator.get("/api/v1/societies").status()).isEqualTo(403);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("userId", "", "必填"),
                Arguments.of("userId", "ab", USER_ID_INVALID),
                Arguments.of("userId", "1abc", USER_ID_INVALID),
                Arguments.of("userId", "Zhang.san", USER_ID_INVALID),
                Arguments.of("userId", "zhang san", USER_ID_INVALID),
                Arguments.of("userId", "zhang@san", USER_ID_INVALID),
                Arguments.of("userId", "z" + "1".repeat(32), USER_ID_INVALID),
                Arguments.of("name", " ", "必填"),
                Arguments.of("name", "张".repeat(51), "姓名不能超过 50 个字"),
                Arguments.of("email", "", "必填"),
                Arguments.of("email", "zhang.example.com", "请输入有效的电子邮箱地址"),
                Arguments.of("email", "zhang@localhost", "请输入有效的电子邮箱地址"),
                Arguments.of("email", "zhang san@example.com", "请输入有效的电子邮箱地址"),
                Arguments.of("phone", "", "必填"),
                Arguments.of("phone", "12812345678", "请输入 11 位中国大陆手机号码"),
                Arguments.of("phone", "1391234567", "请输入 11 位中国大陆手机号码"),
                Arguments.of("phone", "+8613912345678", "请输入 11 位中国大陆手机号码"),
                Arguments.of("employer", "", "必填"),
                Arguments.of("employer", "单".repeat(201), "工作单位不能超过 200 个字"),
                Arguments.of("password", "", "必填"),
                Arguments.of("password", "abc123", "密码不符合密码策略：至少 8 位"),
                Arguments.of("password", "abcdefghij", "密码不符合密码策略：至少 1 个数字"),
                Arguments.of("password", "1234567890", "密码不符合密码策略：至少 1 个小写字母"),
                Arguments.of("password", "ABCDE", "密码不符合密码策略：至少 8 位；至少 1 个小写字母；至少 1 个数字"),
                Arguments.of("password", "张三丰secret2024", "密码不符合密码策略：不得包含用户名、姓名或邮箱"),
                Arguments.of("password", "a1".repeat(33), "密码不得超过 64 位"),
                Arguments.of("confirmPassword", "", "必填"),
                Arguments.of("confirmPassword", "Secret2025", "两次输入的密码不一致"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("badInput")
    void theApiRefusesBadInputFieldByFieldAndStoresNothing(String field, String value, String message) {
        Map<String, String> form = Applicants.form(Applicants.freshUserId());
        form.put(field, value);
        if (field.equals("password") && !value.isEmpty()) {
            form.put("confirmPassword", value);
        }
        Api.Response response = Api.anonymous(port).post("/api/v1/registrations", form);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body().get("detail").asText()).isEqualTo("输入有误，请检查标出的字段");
        assertThat(response.body().get("errors").toString()).isEqualTo(
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put(field, message).toString());
        assertNothingStored(form);
    }

    @Test
    void theApiRefusesAnEmptyBodyWithEveryField() {
        Api.Response response = Api.anonymous(port).post("/api/v1/registrations", Map.of());
        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().get("errors").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("userId", "name", "email", "phone", "employer", "password",
                "confirmPassword");
        assertThat(Api.anonymous(port).post("/api/v1/registrations", "{not json").status()).isEqualTo(400);
    }

    @Test
    void thePortalShowsEachErrorNextToItsFieldAndKeepsTheInputButNotThePasswords() throws Exception {
        Map<String, String> form = Applicants.form("Wrong Id");
        form.put("name", "");
        form.put("email", "nobody-at-example.com");
        form.put("phone", "139123");
        form.put("employer", "");
        form.put("password", "Password9");
        form.put("confirmPassword", "Password8");
        mvc.perform(register(form).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"register-error\"")))
                .andExpect(content().string(containsString(USER_ID_INVALID)))
                .andExpect(content().string(containsString("请输入有效的电子邮箱地址")))
                .andExpect(content().string(containsString("请输入 11 位中国大陆手机号码")))
                .andExpect(content().string(containsString("两次输入的密码不一致")))
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("value=\"Wrong Id\"")))
                .andExpect(content().string(containsString("value=\"nobody-at-example.com\"")))
                .andExpect(content().string(containsString("value=\"139123\"")))
                .andExpect(content().string(not(containsString("Password9"))))
                .andExpect(content().string(not(containsString("Password8"))));

        Map<String, String> weak = Applicants.form(Applicants.freshUserId());
        weak.put("password", "weakpassword");
        weak.put("confirmPassword", "weakpassword");
        mvc.perform(register(weak).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password breaks the password policy: at least 1 digit(s)")))
                .andExpect(content().string(containsString("value=\"" + weak.get("userId") + "\"")));
        assertNothingStored(weak);
    }

    @Test
    void aTakenUserIdOrEmailAddressIsRefused() throws Exception {
        Api anonymous = Api.anonymous(port);
        Map<String, String> staff = Applicants.form("affairs");
        Api.Response takenId = anonymous.post("/api/v1/registrations", staff);
        assertThat(takenId.status()).isEqualTo(400);
        assertThat(takenId.body().at("/errors/userId").asText()).isEqualTo("该用户名已被使用，请换一个");
        assertThat(identityService.createUserQuery().userId("affairs").singleResult().getEmail())
                .isEqualTo("affairs@example.org");

        Map<String, String> takenEmail = Applicants.form(Applicants.freshUserId());
        takenEmail.put("email", "Affairs@Example.org");
        Api.Response response = anonymous.post("/api/v1/registrations", takenEmail);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/errors/email").asText()).isEqualTo("该电子邮箱已被其他账号使用");
        assertNothingStored(takenEmail);

        String first = Applicants.freshUserId();
        assertThat(anonymous.post("/api/v1/registrations", Applicants.form(first)).status()).isEqualTo(201);
        Map<String, String> sameEmail = Applicants.form(Applicants.freshUserId());
        sameEmail.put("email", first + "@example.com");
        assertThat(anonymous.post("/api/v1/registrations", sameEmail).body().at("/errors/email").asText())
                .isEqualTo("该电子邮箱已被其他账号使用");
        assertNothingStored(sameEmail);

        Map<String, String> sameId = Applicants.form(first);
        sameId.put("email", "other." + first + "@example.com");
        sameId.put("name", "李四");
        mvc.perform(register(sameId).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该用户名已被使用，请换一个")))
                .andExpect(content().string(containsString("value=\"李四\"")));
        assertThat(identityService.createUserQuery().userId(first).singleResult().getLastName()).isEqualTo("张三丰");
    }

    private static MockHttpServletRequestBuilder register(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/register");
        form.forEach(request::param);
        return request;
    }

    private void assertNothingStored(Map<String, String> form) {
        String userId = form.get("userId");
        if (!userId.isBlank()) {
            assertThat(identityService.createUserQuery().userId(userId).count()).as("user " + userId).isZero();
            assertThat(accounts.findById(userId)).as("account " + userId).isEmpty();
        }
    }

    /** With the mysql profile the account first follows the link of its confirmation mail. */
    private void activate(String email) {
        if (!registrations.confirmationRequired()) {
            assertThat(Mailbox.to(mail, email)).as("no mail without confirmation").isEmpty();
            return;
        }
        String token = Mailbox.confirmationToken(Mailbox.only(mail, email));
        try {
            mvc.perform(get("/register/confirm").param("token", token)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
