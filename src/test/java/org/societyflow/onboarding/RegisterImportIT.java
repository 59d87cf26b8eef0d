package org.societyflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.RegisterFiles;
import org.societyflow.support.RegisterFiles.Rows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The go-live register import through its JSON API: the template round-trips through the register's export, every
 * kind of problem is reported at its sheet, row and column, a file imported again changes nothing, a later file
 * changes what differs with "导入" in the change log, and a file with problems or one that cannot be read stores
 * nothing.
 */
@IntegrationTest
class RegisterImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    @Test
    void twoHundredSocietiesRoundTripThroughTheTemplateAndTheRegisterExport() throws Exception {
        String run = run();
        Rows rows = RegisterFiles.generated(run, 200);
        byte[] file = RegisterFiles.fill(template(), rows);

        JsonNode preview = upload(file, true, 200);
        assertThat(preview.path("problems")).isEmpty();
        assertThat(preview.path("creates")).hasSize(200);
        JsonNode outcome = upload(file, false, 200);
        assertThat(outcome.path("created").asInt()).isEqualTo(200);

        Map<String, Map<String, String>> exported = export();
        for (List<Object> society : rows.of(RegisterFiles.SOCIETIES)) {
            Map<String, String> line = exported.get((String) society.get(0));
            assertThat(line).as("exported %s", society.get(0)).isNotNull();
            assertThat(line).containsEntry("学会名称", (String) society.get(1))
                    .containsEntry("英文名称", (String) society.get(2))
                    .containsEntry("统一社会信用代码", (String) society.get(3))
                    .containsEntry("学科", (String) society.get(4))
                    .containsEntry("管理方式", (String) society.get(5))
                    .containsEntry("登记日期", society.get(6).toString())
                    .containsEntry("住所", (String) society.get(7))
                    .containsEntry("联系电话", (String) society.get(8))
                    .containsEntry("业务范围", (String) society.get(10))
                    .containsEntry("任期开始", society.get(12).toString())
                    .containsEntry("任期结束", society.get(13).toString());
            assertThat(new BigDecimal(line.get("注册资金（万元）"))).isEqualByComparingTo((BigDecimal) society.get(9));
            assertThat(Integer.parseInt(line.get("届次"))).isEqualTo(society.get(11));
            assertThat(Integer.parseInt(line.get("个人会员数"))).isEqualTo(society.get(14));
            assertThat(Integer.parseInt(line.get("单位会员数"))).isEqualTo(society.get(15));
        }
        List<Object> first = rows.of(RegisterFiles.SOCIETIES).get(0);
        Map<String, String> line = exported.get(run + "0");
        assertThat(line).containsEntry("理事长", "理事长" + run + "0").containsEntry("秘书长", "秘书长" + run + "0")
                .containsEntry("法定代表人", "理事长" + run + "0").containsEntry("党组织", "单独建立");
        assertThat(exported.get(run + "1")).containsEntry("党组织", "未建立");

        // the secretariat account and the society's group, and the 年检 results and the party line
        assertThat(identityService.createUserQuery().userId("soc-" + run + "0").memberOfGroup("society-" + run + "0")
                .count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().userId("soc-" + run + "0").singleResult().getEmail())
                .isEqualTo(first.get(16));
        Long id = societyId(run + "0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM society_inspection_result WHERE society_id = ?",
                Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT secretary FROM party_organisation WHERE society_id = ?", String.class, id))
                .isEqualTo("书记" + run + "0");
    }

    @Test
    void theSameFileAgainChangesNothingAndALaterFileChangesWhatDiffersWithImportInTheChangeLog() throws Exception {
        String run = run();
        Rows rows = RegisterFiles.generated(run, 5);
        upload(RegisterFiles.fill(template(), rows), false, 200);
        Long id = societyId(run + "2");
        int logLines = changeLogLines(id);

        JsonNode again = upload(RegisterFiles.fill(template(), rows), true, 200);
        assertThat(again.path("creates")).isEmpty();
        assertThat(again.path("changes")).isEmpty();
        assertThat(again.path("unchanged").asInt()).isEqualTo(5);
        JsonNode outcome = upload(RegisterFiles.fill(template(), rows), false, 200);
        assertThat(outcome.path("changed").asInt()).isZero();
        assertThat(changeLogLines(id)).as("no change-log line the second time").isEqualTo(logLines);

        rows.of(RegisterFiles.SOCIETIES).get(2).set(7, "武汉市武昌区新址路1号");
        rows.of(RegisterFiles.OFFICERS).get(2 * 3 + 2).set(2, "新秘书长" + run);
        rows.of(RegisterFiles.INSPECTIONS).get(2 * 2 + 1).set(2, "不合格");
        JsonNode later = upload(RegisterFiles.fill(template(), rows), true, 200);
        assertThat(later.path("changes")).hasSize(1);
        assertThat(later.path("changes").get(0).path("changes").findValuesAsText("field"))
                .containsExactlyInAnyOrder("住所", "负责人", (LocalDate.now().getYear() - 1) + " 年度年检结论");
        outcome = upload(RegisterFiles.fill(template(), rows), false, 200);
        assertThat(outcome.path("changed").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT field FROM society_change_log WHERE society_id = ? AND application_no = '导入'",
                String.class, id)).containsExactlyInAnyOrder("address", "officers");
        assertThat(jdbc.queryForObject("SELECT address FROM society WHERE id = ?", String.class, id))
                .isEqualTo("武汉市武昌区新址路1号");
        assertThat(jdbc.queryForObject("SELECT grade FROM society_inspection_result WHERE society_id = ? AND "
                + "inspection_year = ?", String.class, id, LocalDate.now().getYear() - 1)).isEqualTo("FAIL");
    }

    @Test
    void thePreviewNamesEachProblemAtItsSheetRowAndColumnAndTheImportStoresNothing() throws Exception {
        String run = run();
        Rows rows = RegisterFiles.generated(run, 9);
        List<List<Object>> societies = rows.of(RegisterFiles.SOCIETIES);
        String badCheck = ((String) societies.get(0).get(3)).substring(0, 17)
                + (((String) societies.get(0).get(3)).charAt(17) == '0' ? "1" : "0");
        societies.get(0).set(3, badCheck);                                   // row 2: check character
        societies.get(1).set(1, societies.get(2).get(1));                     // row 3: same name as row 4
        societies.get(3).set(4, "天文科");                                     // row 5: unknown discipline
        societies.get(4).set(13, LocalDate.of(2022, 1, 1));                   // row 6: term ends before it starts
        societies.get(5).set(0, "whcs");                                      // row 7: the demo society's code
        societies.get(6).set(6, "2020年13月");                                 // row 8: not a date
        String noPresident = (String) societies.get(7).get(3);
        String noSecretary = (String) societies.get(8).get(3);
        rows.of(RegisterFiles.OFFICERS).removeIf(o -> o.get(0).equals(noPresident) && o.get(1).equals("理事长")
                || o.get(0).equals(noSecretary) && o.get(1).equals("秘书长"));
        rows.add(RegisterFiles.OFFICERS, RegisterFiles.creditCode(run, 99), "理事长", "无主", null, 1, "否", "否");
        rows.add(RegisterFiles.INSPECTIONS, societies.get(2).get(3), 1999, "合格");
        int officerRows = rows.of(RegisterFiles.OFFICERS).size();
        int inspectionRows = rows.of(RegisterFiles.INSPECTIONS).size();
        int before = societies();

        JsonNode preview = upload(RegisterFiles.fill(template(), rows), true, 200);
        assertThat(preview.path("importable").asBoolean()).isFalse();
        List<String> problems = new ArrayList<>();
        preview.path("problems").forEach(p -> problems.add(p.path("sheet").asText() + "|" + p.path("row").asInt() + "|"
                + p.path("column").asText() + "|" + p.path("message").asText()));
        assertThat(problems).contains(
                "学会|2|统一社会信用代码|统一社会信用代码“" + badCheck + "”无效（应为 18 位，校验位须正确）",
                "学会|4|学会名称|与第 3 行重复",
                "学会|5|学科门类|“天文科”不是可选的值，可选：理科、工科、农科、医科、交叉学科",
                "学会|6|本届结束日期|本届结束日期应晚于开始日期",
                "学会|7|学会代码|学会代码已被名册中的学会 武汉市计算机学会 使用",
                "学会|8|登记日期|“2020年13月”不是日期（应为 2020-01-31 这样的日期）",
                "学会|9|统一社会信用代码|缺少理事长（在“负责人”表中填写）",
                "学会|10|统一社会信用代码|缺少秘书长（在“负责人”表中填写）",
                "负责人|" + (officerRows + 1) + "|学会统一社会信用代码|“学会”表中没有统一社会信用代码为 "
                        + RegisterFiles.creditCode(run, 99) + " 的学会");
        assertThat(problems).anyMatch(p -> p.startsWith("年检结果|" + (inspectionRows + 1) + "|年度|年度应为 "));
        // the officers of the society with the bad credit code name a society the sheet does not have
        assertThat(problems).anyMatch(p -> p.startsWith("负责人|2|学会统一社会信用代码|"));

        JsonNode refused = upload(RegisterFiles.fill(template(), rows), false, 422);
        assertThat(refused.path("problems")).hasSameSizeAs(preview.path("problems"));
        assertThat(societies()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        String run = run();
        byte[] valid = RegisterFiles.fill(template(), RegisterFiles.generated(run, 2));
        int before = societies();
        Map<String, byte[]> files = new HashMap<>();
        files.put("文件不是 Excel 工作簿", "%PDF-1.4 not a workbook".getBytes());
        files.put("请选择要上传的名册文件", new byte[0]);
        files.put("文件超过 5 MB", new byte[6 * 1024 * 1024]);
        files.put("文件缺少工作表“党组织”", edit(valid, book -> book.removeSheetAt(book.getSheetIndex("党组织"))));
        files.put("工作表“学会”第一行的列名与模板不符", edit(valid,
                book -> book.getSheet("学会").getRow(0).getCell(1).setCellValue("名字")));
        files.put("工作表“学会”的单元格 L2 含公式", edit(valid,
                book -> book.getSheet("学会").getRow(1).getCell(11).setCellFormula("1+1")));
        files.put("文件超过 20000 行", edit(valid, book -> {
            Sheet sheet = book.getSheet("年检结果");
            for (int r = 3; r < 100_000; r++) {
                sheet.createRow(r).createCell(1).setCellValue(2020);
            }
        }));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            for (boolean dryRun : List.of(true, false)) {
                JsonNode problem = upload(file.getValue(), dryRun, 400);
                assertThat(problem.path("errors").path("file").asText()).as(file.getKey()).startsWith(file.getKey());
            }
        }
        assertThat(societies()).as("nothing stored").isEqualTo(before);
        assertThat(identityService.createUserQuery().userId("soc-" + run + "0").count()).isZero();
    }

    @Test
    void onlySocietyAffairsAndAdminsImport() throws Exception {
        byte[] file = RegisterFiles.fill(template(), RegisterFiles.generated(run(), 1));
        for (String user : List.of("party", "leader", "expert1", "soc-whcs")) {
            assertThat(mvc.perform(get("/api/v1/imports/templates/societies.xlsx").with(httpBasic(user, user)))
                    .andReturn().getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(mvc.perform(multipart("/api/v1/imports/societies").file("file", file).param("dryRun", "true")
                    .with(httpBasic(user, user))).andReturn().getResponse().getStatus()).as(user).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/api/v1/imports/templates/societies.xlsx").with(httpBasic("admin", "admin")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    // ---- helpers ----

    /** Lower-case letters that make this test's codes, names and credit codes its own in the shared database. */
    private static String run() {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            run.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return run.toString();
    }

    private byte[] template() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/imports/templates/societies.xlsx")
                .with(httpBasic("affairs", "affairs"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("填写说明");
        }
        return response.getContentAsByteArray();
    }

    private JsonNode upload(byte[] file, boolean dryRun, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/imports/societies").file("file", file)
                .param("dryRun", String.valueOf(dryRun)).header("Accept-Language", "zh-CN")
                .with(httpBasic("affairs", "affairs"))).andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body.length() > 2000 ? body.substring(0, 2000) : body).isEqualTo(status);
        return JSON.readTree(body);
    }

    /** The register export by society code: header → cell text. */
    private Map<String, Map<String, String>> export() throws Exception {
        byte[] bytes = mvc.perform(get("/exports/societies.xlsx").with(httpBasic("affairs", "affairs")))
                .andReturn().getResponse().getContentAsByteArray();
        DataFormatter formatter = new DataFormatter();
        Map<String, Map<String, String>> byCode = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            Row head = sheet.getRow(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> line = new HashMap<>();
                for (Cell header : head) {
                    Cell cell = row.getCell(header.getColumnIndex());
                    line.put(header.getStringCellValue(), cell == null ? "" : cellText(cell, formatter));
                }
                byCode.put(line.get("学会代码"), line);
            }
        }
        return byCode;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private interface BookEdit {
        void apply(XSSFWorkbook book) throws Exception;
    }

    private static byte[] edit(byte[] file, BookEdit edit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private int societies() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM society", Integer.class);
    }

    private Long societyId(String code) {
        return jdbc.queryForObject("SELECT id FROM society WHERE code = ?", Long.class, code);
    }

    private int changeLogLines(Long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM society_change_log WHERE society_id = ?", Integer.class, id);
    }
}
