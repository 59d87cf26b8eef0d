package org.societyflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.societyflow.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff import through its JSON API: the preview names each problem at its row and column, a file with problems
 * stores nothing, a clean file creates the accounts with their groups and an invitation each, importing it again
 * changes nothing, and a later file updates the accounts it matches by user id.
 */
@IntegrationTest
class StaffImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    @Test
    void previewsProblemsImportsInvitesAndReimportsNothing() throws Exception {
        String run = run();
        String first = "st" + run + "a";
        String second = "st" + run + "b";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(first, "王" + run, "学会部", first + "@example.org", "13800138000", "学会部"));
        rows.add(List.of(second, "李" + run, "办公室", second + "@example.org", "", "科协领导、系统管理员"));
        rows.add(List.of(first, "重复", "", "dup@example.org", "", "学会部"));
        rows.add(List.of("soc-whcs", "秘书处", "", "no-mail", "12345", "馆长"));

        JsonNode preview = upload(file(rows), true, 200);
        assertThat(preview.path("importable").asBoolean()).isFalse();
        List<String> problems = new ArrayList<>();
        preview.path("problems").forEach(p -> problems.add(p.path("sheet").asText() + "|" + p.path("row").asInt()
                + "|" + p.path("column").asText() + "|" + p.path("message").asText()));
        assertThat(problems).containsExactlyInAnyOrder(
                "工作人员|4|用户名|与第 2 行重复",
                "工作人员|5|电子邮箱|电子邮箱“no-mail”格式不正确",
                "工作人员|5|手机|手机号码“12345”格式不正确（应为 11 位）",
                "工作人员|5|角色|“馆长”不是可选的值，可选：系统管理员、科协领导、科技社团党委、学会部",
                "工作人员|5|用户名|用户名“soc-whcs”已是学会秘书处或学会发起人的账号");
        JsonNode refused = upload(file(rows), false, 422);
        assertThat(refused.path("problems")).hasSize(5);
        assertThat(identityService.createUserQuery().userIdIn(first, second).count()).isZero();

        rows.subList(2, 4).clear();
        JsonNode clean = upload(file(rows), true, 200);
        assertThat(clean.path("problems")).isEmpty();
        assertThat(clean.path("creates")).hasSize(2);
        JsonNode outcome = upload(file(rows), false, 200);
        assertThat(outcome.path("created").asInt()).isEqualTo(2);
        assertThat(groups(first)).containsExactly("society-affairs");
        assertThat(groups(second)).containsExactlyInAnyOrder("leadership", "camunda-admin");
        assertThat(identityService.createUserQuery().userId(first).singleResult().getLastName()).isEqualTo("王" + run);
        assertThat(identityService.getUserInfo(first, "mobile")).isEqualTo("13800138000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_invitation WHERE user_id IN (?, ?)",
                Integer.class, first, second)).isEqualTo(2);

        JsonNode again = upload(file(rows), false, 200);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("changed").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);

        rows.set(1, List.of(second, "李" + run, "办公室", second + "@example.net", "", "科协领导"));
        JsonNode later = upload(file(rows), false, 200);
        assertThat(later.path("changed").asInt()).isEqualTo(1);
        assertThat(groups(second)).containsExactly("leadership");
        assertThat(identityService.createUserQuery().userId(second).singleResult().getEmail())
                .isEqualTo(second + "@example.net");
    }

    private List<String> groups(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private static String run() {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            run.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return run.toString();
    }

    /** The downloaded template with these rows in its staff sheet. */
    private byte[] file(List<List<String>> rows) throws Exception {
        MockHttpServletResponse template = mvc.perform(get("/api/v1/imports/templates/staff.xlsx")
                .with(httpBasic("affairs", "affairs"))).andReturn().getResponse();
        assertThat(template.getStatus()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.getContentAsByteArray()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("工作人员");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private JsonNode upload(byte[] file, boolean dryRun, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/imports/staff").file("file", file)
                .param("dryRun", String.valueOf(dryRun)).header("Accept-Language", "zh-CN")
                .with(httpBasic("affairs", "affairs"))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return JSON.readTree(body);
    }
}
