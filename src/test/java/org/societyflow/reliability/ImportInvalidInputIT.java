package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.societyflow.onboarding.RegisterTemplate;
import org.societyflow.support.Api;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.RegisterFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input to the register import: the hostile uploads of {@link BadUploads} through the API and the portal page,
 * each refused with its reason and nothing stored, and the bad values of {@link BadForms} in the confirm form of a
 * previewed file, each answered with the page's message and nothing imported.
 */
@IntegrationTest
class ImportInvalidInputIT {

    private static final String PAGE = "/imports";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegisterTemplate template;

    @Test
    void hostileUploadsAreRefusedThroughTheApiAndThePageAndStoreNothing() {
        Api api = Api.as(port, "affairs", "affairs");
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("affairs", "affairs")).isEqualTo("/");
        int before = societies();
        int accountsBefore = accounts();
        for (String kind : new String[] {"societies", "staff"}) {
            String refusedId = kind.equals("staff") ? "staff-import-refused" : "import-refused";
            for (BadUploads.Upload upload : BadUploads.refused("")) {
                for (String dryRun : new String[] {"true", "false"}) {
                    Api.Response answer = api.upload("/api/v1/imports/" + kind + "?dryRun=" + dryRun, "note", "x",
                            upload.filename(), upload.content());
                    assertThat(answer.status()).as(upload.what()).isBetween(400, 499);
                    if (answer.status() == 400) {
                        assertThat(answer.body().path("errors").path("file").asText()).as(upload.what()).isNotEmpty();
                    }
                }
                HttpResponse<String> answer = browser.upload(PAGE, "/imports/" + kind, Map.of(), upload.filename(),
                        upload.content());
                assertThat(answer.statusCode()).as(upload.what()).isBetween(200, 499);
                if (answer.statusCode() == 200) {
                    assertThat(answer.body()).as(upload.what()).contains("id=\"" + refusedId + "\"")
                            .doesNotContain("id=\"import-confirm\"").doesNotContain("id=\"staff-import-confirm\"")
                            .doesNotContain(BadJson.SCRIPT);
                }
            }
        }
        assertThat(accounts()).as("no account stored by the refused uploads").isEqualTo(accountsBefore);
        assertThat(societies()).as("nothing stored by the refused uploads").isEqualTo(before);
    }

    @Test
    void badValuesInTheConfirmFormImportNothing() {
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("affairs", "affairs")).isEqualTo("/");
        byte[] file = RegisterFiles.fill(template.bytes(), RegisterFiles.generated("badform", 2));
        HttpResponse<String> preview = browser.upload(PAGE, "/imports/societies", Map.of(), "register.xlsx", file);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"import-confirm\"");
        BadForms.fuzz(BadForms.fields(preview.body(), "/imports/societies/confirm"),
                form -> browser.submit(PAGE, "/imports/societies/confirm", form), this::societies, () -> "", () -> { });
    }

    @Test
    void badValuesInTheStaffConfirmFormImportNothing() throws Exception {
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn("affairs", "affairs")).isEqualTo("/");
        HttpResponse<String> preview = browser.upload(PAGE, "/imports/staff", Map.of(), "staff.xlsx", staffFile());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"staff-import-confirm\"");
        BadForms.fuzz(BadForms.fields(preview.body(), "/imports/staff/confirm"),
                form -> browser.submit(PAGE, "/imports/staff/confirm", form), this::accounts, () -> "", () -> { });
    }

    /** A staff file without problems: the staff sheet's headers and one new account. */
    private static byte[] staffFile() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("工作人员");
            List<List<String>> rows = List.of(List.of("用户名", "姓名", "部门", "电子邮箱", "手机", "角色"),
                    List.of("badform-staff", "张三", "学会部", "badform-staff@example.org", "13800138000", "学会部"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private int accounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER", Integer.class);
    }

    private int societies() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM society", Integer.class);
    }
}
