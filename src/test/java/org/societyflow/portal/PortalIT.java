package org.societyflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.support.Api;
import org.societyflow.support.Campaigns;
import org.societyflow.support.Files;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Reports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Thymeleaf portal as each role sees it: pages render, forms show field errors, foreign data stays hidden. */
@IntegrationTest
class PortalIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    SocietyService societies;

    @LocalServerPort
    int port;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, user);
    }

    @Test
    void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("学会工作平台")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Log in")));
    }

    @Test
    void everyPageHasAFaviconAndTheBellIsAnIconNotAnEmoji() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
        String home = mvc.perform(get("/").with(as("affairs"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(home).contains("rel=\"icon\"", "/img/favicon.svg").doesNotContain("\uD83D\uDD14", "&#128276;");
        String bell = home.substring(home.indexOf("id=\"notification-bell\""));
        assertThat(bell.substring(0, bell.indexOf("</a>"))).contains("<svg");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/app/tasklist/default/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theRegisterIsForStaffAndEachSocietySeesOnlyItsOwnProfile() throws Exception {
        Society whcs = societies.getByCode("whcs");
        Society whma = societies.getByCode("whma");
        // other tests register societies of their own, so the demo ones need not be on the first page: search
        mvc.perform(get("/societies").param("q", "计算机学会").with(as("affairs"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("武汉市计算机学会")));
        mvc.perform(get("/societies").param("q", "医学").with(as("affairs")))
                .andExpect(content().string(containsString("武汉医学会")))
                .andExpect(content().string(not(containsString("武汉市计算机学会"))));
        mvc.perform(get("/societies/" + whma.getId()).with(as("affairs"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("周建国")))
                .andExpect(content().string(containsString(whma.getCreditCode())));

        mvc.perform(get("/societies").with(as("soc-whcs"))).andExpect(status().isForbidden());
        mvc.perform(get("/societies/" + whma.getId()).with(as("soc-whcs"))).andExpect(status().isNotFound());
        mvc.perform(get("/my-society").with(as("soc-whcs"))).andExpect(redirectedUrl("/societies/" + whcs.getId()));
        mvc.perform(get("/societies/" + whcs.getId()).with(as("soc-whcs"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("陈立新")));
    }

    @Test
    void campaignFormShowsFieldErrorsAndNeedsCsrf() throws Exception {
        mvc.perform(post("/campaigns").param("year", "2999").with(as("affairs")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("年检年度须在1990年至去年之间")));
        mvc.perform(post("/campaigns").param("year", "2001").with(as("affairs")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/campaigns").param("year", "2001").with(as("soc-whcs")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns").with(as("soc-whcs"))).andExpect(status().isForbidden());
    }

    /** A hidden field missing or altered by hand is the portal's error page, not the API's problem document. */
    @Test
    void aFormPostedWithoutItsHiddenFieldGetsThePortalsErrorPage() throws Exception {
        Society whcs = societies.getByCode("whcs");
        mvc.perform(post("/societies/" + whcs.getId() + "/abnormal-activity").with(as("affairs")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(post("/societies/" + whcs.getId() + "/abnormal-activity").param("listed", "<script>")
                        .with(as("affairs")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void aSocietyFillsItsReportInThePortal() throws Exception {
        int year = Campaigns.freshYear();
        mvc.perform(post("/campaigns").param("year", String.valueOf(year)).with(as("affairs")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Api api = Api.as(port, "soc-whcs", "soc-whcs");
        long id = Campaigns.inspectionOf(api, year);
        mvc.perform(get("/").with(as("soc-whcs"))).andExpect(content().string(containsString("填报年度工作报告")))
                .andExpect(content().string(containsString("/inspections/" + id)));
        mvc.perform(get("/inspections/" + id).with(as("soc-whcs"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-form\"")));
        mvc.perform(get("/inspections/" + id).with(as("soc-whma"))).andExpect(status().isNotFound());

        mvc.perform(report(id, Map.of("membersIndividual", "-3", "income", "很多"), "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能小于 0")))
                .andExpect(content().string(containsString("请输入数字")));
        assertThat(api.get("/api/v1/inspections/" + id + "/report").body().get("membersIndividual").isNull()).isTrue();

        mvc.perform(report(id, Map.of("membersIndividual", "120"), "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")));
        assertThat(api.get("/api/v1/inspections/" + id).body().get("status").asText()).isEqualTo("AWAITING_REPORT");

        mvc.perform(report(id, Map.of("membersIndividual", "120"), "save"))
                .andExpect(redirectedUrl("/inspections/" + id));
        assertThat(api.get("/api/v1/inspections/" + id + "/report").body().get("membersIndividual").asInt()).isEqualTo(120);

        mvc.perform(multipart("/inspections/" + id + "/attachments").file(new MockMultipartFile("file", "审计.exe",
                        "application/octet-stream", "MZ".getBytes())).param("kind", "AUDIT_REPORT").with(as("soc-whcs")).with(csrf()))
                .andExpect(redirectedUrl("/inspections/" + id + "#attachments"))
                .andExpect(flash().attribute("attachmentError", "attachment.wrongType"));
        for (String kind : Files.REQUIRED_INSPECTION_KINDS) {
            mvc.perform(multipart("/inspections/" + id + "/attachments").file(new MockMultipartFile("file", kind + ".pdf",
                            "application/pdf", Files.pdf())).param("kind", kind).with(as("soc-whcs")).with(csrf()))
                    .andExpect(flash().attribute("success", "attachment.uploaded"));
        }
        mvc.perform(get("/inspections/" + id).with(as("soc-whcs")))
                .andExpect(content().string(containsString("AUDIT_REPORT.pdf")));

        Map<String, String> complete = new java.util.HashMap<>();
        Reports.complete().forEach((k, v) -> complete.put(k, String.valueOf(v)));
        mvc.perform(report(id, Map.of(), "submit").with(request -> {
            complete.forEach(request::addParameter);
            return request;
        })).andExpect(redirectedUrl("/inspections/" + id));
        assertThat(api.get("/api/v1/inspections/" + id).body().get("status").asText()).isEqualTo("SUBMITTED");
        mvc.perform(get("/inspections/" + id).with(as("soc-whcs")))
                .andExpect(content().string(containsString("已提交，待审核")))
                .andExpect(content().string(containsString("学会部审核年检报告")))
                .andExpect(content().string(containsString("<td>学会部</td>")));
        String applicationNo = api.get("/api/v1/inspections/" + id).body().get("applicationNo").asText();
        mvc.perform(get("/").with(as("soc-whcs")))
                .andExpect(content().string(containsString("本学会的申请与事项")))
                .andExpect(content().string(containsString(applicationNo)))
                .andExpect(content().string(containsString("学会年度检查")));
        mvc.perform(get("/").with(as("soc-whma"))).andExpect(content().string(not(containsString(applicationNo))));

        mvc.perform(report(id, Map.of("membersIndividual", "1"), "save")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能再修改")));
    }

    private static MockHttpServletRequestBuilder report(long id, Map<String, String> fields, String action) {
        MockHttpServletRequestBuilder request = post("/inspections/" + id + "/report").param("action", action)
                .with(as("soc-whcs")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theReelectionPagesOfferTheCandidateTableAndShowFieldErrors() throws Exception {
        Society whma = societies.getByCode("whma");
        Api affairs = Api.as(port, "affairs", "affairs");
        // the scheduler test may have started it already; either way there is one open 换届
        affairs.post("/api/v1/reelections", Map.of("societyId", whma.getId()));
        long id = affairs.get("/api/v1/societies/" + whma.getId() + "/reelections").body().get(0).get("id").asLong();

        mvc.perform(get("/reelections").with(as("soc-whma"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reelections/" + id)));
        mvc.perform(get("/reelections/" + id).with(as("soc-whma"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"candidates\"")))
                .andExpect(content().string(containsString("name=\"candidates[3].name\"")));
        mvc.perform(get("/reelections/" + id).with(as("soc-whcs"))).andExpect(status().isNotFound());

        mvc.perform(post("/reelections/" + id + "/plan").param("action", "submit").param("councilSize", "1")
                        .param("candidates[0].name", "周建国").param("candidates[0].role", "PRESIDENT")
                        .with(as("soc-whma")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能小于 3")))
                .andExpect(content().string(containsString("value=\"周建国\"")));
        mvc.perform(post("/reelections/" + id + "/plan").param("action", "save").param("councilSize", "30")
                        .param("candidates[0].name", "周建国").param("candidates[0].role", "PRESIDENT")
                        .param("candidates[1].name", "").with(as("soc-whma")).with(csrf()))
                .andExpect(redirectedUrl("/reelections/" + id));
        assertThat(affairs.get("/api/v1/reelections/" + id + "/plan").body().get("candidates").size()).isEqualTo(1);
        mvc.perform(get("/societies/" + whma.getId()).with(as("affairs")))
                .andExpect(content().string(containsString("登记事项变更记录")));
    }

    @Test
    void theChangePageShowsEveryRegisteredItemAndItsErrorsInline() throws Exception {
        Society whnss = societies.getByCode("whnss");
        Api secretariat = Api.as(port, "soc-whnss", "soc-whnss");
        long id = secretariat.post("/api/v1/changes", null).body().get("id").asLong();

        mvc.perform(get("/changes/" + id).with(as("soc-whnss"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item-SUPERVISING_UNIT\"")))
                .andExpect(content().string(containsString(whnss.getAddress())));
        mvc.perform(get("/changes/" + id).with(as("soc-whcs"))).andExpect(status().isNotFound());

        mvc.perform(post("/changes/" + id + "/request").param("action", "submit").param("reason", "迁址")
                        .param("items[1].field", "ADDRESS").param("items[1].newValue", whnss.getAddress())
                        .with(as("soc-whnss")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("与原登记内容相同")));
        assertThat(secretariat.get("/api/v1/changes/" + id).body().get("status").asText()).isEqualTo("DRAFT");

        mvc.perform(post("/changes/" + id + "/request").param("action", "save").param("reason", "迁址")
                        .param("items[1].field", "ADDRESS").param("items[1].newValue", "武汉市东湖高新区光谷大道1号")
                        .with(as("soc-whnss")).with(csrf()))
                .andExpect(redirectedUrl("/changes/" + id));
        mvc.perform(get("/changes/" + id).with(as("soc-whnss")))
                .andExpect(content().string(containsString("value=\"武汉市东湖高新区光谷大道1号\"")));
    }
}
