package org.societyflow.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.founding.FoundingSettings;
import org.societyflow.onboarding.PlannedSociety.Change;
import org.societyflow.onboarding.RegisterWorkbook.SheetRow;
import org.societyflow.party.PartyOrganisationRecord;
import org.societyflow.party.PartyOrganisationService;
import org.societyflow.party.PartyReportForm;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.CreditCode;
import org.societyflow.society.Discipline;
import org.societyflow.society.ImportedField;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.InspectionResult;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the rows of a register file against the rules of docs/RULES.md (名册导入) and against the register, and
 * plans what importing it would do. Every problem is found in one pass, each at its sheet, row and column.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisterCheck {

    /** The short code of a society's account and groups, as the founding form asks for it. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,15}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s,;:<>()\\[\\]\"]+@[^@\\s,;:<>()\\[\\]\"]+\\.[^@\\s.,;:<>()\\[\\]\"]+");
    /** 10 亿元 in 万元: more than any society's registered funds, less than the column holds. */
    private static final BigDecimal MAX_FUNDS = new BigDecimal("100000");

    private final SocietyService societies;
    private final PartyOrganisationService party;
    private final FoundingSettings founding;
    private final ImportSettings settings;
    private final MessageSource messages;

    @Transactional(readOnly = true)
    ImportPlan check(Map<RegisterSheet, List<SheetRow>> sheets) {
        Problems problems = new Problems(messages, LocaleContextHolder.getLocale());
        Map<String, Entry> entries = societies(sheets.get(RegisterSheet.SOCIETIES), problems);
        officers(sheets.get(RegisterSheet.OFFICERS), entries, problems);
        partyOrganisations(sheets.get(RegisterSheet.PARTY), entries, problems);
        inspections(sheets.get(RegisterSheet.INSPECTIONS), entries, problems);
        List<PlannedSociety> planned = plan(entries, problems);
        return new ImportPlan(problems.list(), planned);
    }

    /** A society row as read, with the rows of the other sheets that name it. */
    private static final class Entry {
        final int row;
        String code;
        String name;
        String creditCode;
        String email;
        Function<PartyOrganisation, Society> builder;
        Society society;
        final List<Officer> officers = new ArrayList<>();
        PartyReportForm party;
        String instructor;
        final Map<Integer, InspectionGrade> grades = new TreeMap<>();
        final Map<Integer, Integer> gradeRows = new HashMap<>();

        Entry(int row) {
            this.row = row;
        }
    }

    private Map<String, Entry> societies(List<SheetRow> rows, Problems problems) {
        Map<String, Entry> byCreditCode = new LinkedHashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        LocalDate today = EngineClock.today();
        for (SheetRow sheetRow : rows) {
            RowValues row = new RowValues(RegisterSheet.SOCIETIES, sheetRow, problems);
            Entry entry = new Entry(row.number());
            entry.code = row.matching("code", true, 16, CODE, "import.problem.code");
            entry.name = row.text("name", true, 100);
            String englishName = row.text("englishName", false, 200);
            entry.creditCode = creditCode(row);
            Discipline discipline = row.label("discipline", true, Discipline.values());
            SupervisionMode mode = row.label("supervisionMode", true, SupervisionMode.values());
            LocalDate registeredOn = row.day("registeredOn", true);
            String address = row.text("address", true, 200);
            String phone = row.matching("contactPhone", false, 32, PHONE, "import.problem.phone");
            BigDecimal funds = row.amount("registeredFunds", false, MAX_FUNDS);
            String scope = row.text("businessScope", false, 1000);
            Integer termNumber = row.whole("termNumber", true, 1, 100);
            LocalDate termStart = row.day("termStart", true);
            LocalDate termEnd = row.day("termEnd", true);
            Integer individual = row.whole("membersIndividual", false, 0, 1_000_000);
            Integer unit = row.whole("membersUnit", false, 0, 100_000);
            entry.email = row.matching("email", false, 100, EMAIL, "import.problem.email");
            if (registeredOn != null && registeredOn.isAfter(today)) {
                row.problem("registeredOn", "import.problem.future");
            }
            if (termStart != null && termEnd != null && !termEnd.isAfter(termStart)) {
                row.problem("termEnd", "import.problem.termOrder");
            }
            if (registeredOn != null && termStart != null && termStart.isBefore(registeredOn)) {
                row.problem("termStart", "import.problem.termBeforeRegistration");
            }
            duplicate(row, "code", entry.code, codes);
            duplicate(row, "name", entry.name, names);
            if (entry.creditCode != null) {
                Entry first = byCreditCode.get(entry.creditCode);
                if (first != null) {
                    row.problem("creditCode", "import.problem.duplicateInFile", first.row);
                    continue;
                }
                byCreditCode.put(entry.creditCode, entry);
            }
            if (entry.code != null && entry.name != null && discipline != null && mode != null && termNumber != null) {
                // built once the party sheet is read: a new society's row has the organisation its party line has
                entry.builder = partyForm -> new Society(entry.code, entry.name, discipline, mode, SocietyStatus.ACTIVE,
                        partyForm)
                        .registered(entry.creditCode, registeredOn, englishName, scope, address, phone)
                        .term(termNumber, termStart, termEnd)
                        .members(individual == null ? 0 : individual, unit == null ? 0 : unit)
                        .funds(funds == null ? null : funds.movePointRight(4),
                                mode == SupervisionMode.SUPERVISED ? founding.getSupervisingUnit() : null, null);
            }
        }
        return byCreditCode;
    }

    private static String creditCode(RowValues row) {
        String code = row.text("creditCode", true, 18 * 2);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            row.problem("creditCode", "import.problem.creditCode", code);
            return null;
        }
        return code;
    }

    private static void duplicate(RowValues row, String column, String value, Map<String, Integer> seen) {
        if (value != null) {
            Integer first = seen.putIfAbsent(value, row.number());
            if (first != null) {
                row.problem(column, "import.problem.duplicateInFile", first);
            }
        }
    }

    /** The society a row of another sheet names by its credit code, or null (with a problem). */
    private static Entry owner(RowValues row, Map<String, Entry> entries) {
        String code = row.text("creditCode", true, 18 * 2);
        if (code == null) {
            return null;
        }
        Entry entry = entries.get(code.toUpperCase(Locale.ROOT));
        if (entry == null) {
            row.problem("creditCode", "import.problem.unknownSociety", code, RegisterSheet.SOCIETIES.sheetName());
        }
        return entry;
    }

    private void officers(List<SheetRow> rows, Map<String, Entry> entries, Problems problems) {
        LocalDate today = EngineClock.today();
        for (SheetRow sheetRow : rows) {
            RowValues row = new RowValues(RegisterSheet.OFFICERS, sheetRow, problems);
            Entry entry = owner(row, entries);
            OfficerRole role = row.label("role", true, OfficerRole.values());
            String name = row.text("name", true, 50);
            LocalDate birthDate = row.day("birthDate", false);
            Integer terms = row.whole("termsServed", false, 1, 20);
            boolean legal = row.yes("legalRepresentative");
            boolean fullTime = row.yes("fullTime");
            if (birthDate != null && !birthDate.isBefore(today)) {
                row.problem("birthDate", "import.problem.future");
            }
            if (entry != null && role != null && name != null) {
                if (entry.officers.size() == settings.getMaxOfficersPerSociety()) {
                    row.problem("name", "import.problem.tooManyOfficers", settings.getMaxOfficersPerSociety());
                } else {
                    entry.officers.add(new Officer(role, name, birthDate, legal, fullTime, terms == null ? 1 : terms));
                }
            }
        }
        for (Entry entry : entries.values()) {
            Map<OfficerRole, Long> roles = entry.officers.stream()
                    .collect(Collectors.groupingBy(Officer::getRole, Collectors.counting()));
            for (OfficerRole single : List.of(OfficerRole.PRESIDENT, OfficerRole.SECRETARY_GENERAL)) {
                long count = roles.getOrDefault(single, 0L);
                if (count != 1) {
                    problems.add(RegisterSheet.SOCIETIES, entry.row, "creditCode",
                            count == 0 ? "import.problem.missingOfficer" : "import.problem.oneOfficer",
                            ChineseTexts.label(single), RegisterSheet.OFFICERS.sheetName());
                }
            }
            long legal = entry.officers.stream().filter(Officer::isLegalRepresentative).count();
            if (!entry.officers.isEmpty() && legal != 1) {
                problems.add(RegisterSheet.SOCIETIES, entry.row, "creditCode", "import.problem.legalRepresentative",
                        legal, RegisterSheet.OFFICERS.sheetName());
            }
        }
    }

    private void partyOrganisations(List<SheetRow> rows, Map<String, Entry> entries, Problems problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow sheetRow : rows) {
            RowValues row = new RowValues(RegisterSheet.PARTY, sheetRow, problems);
            Entry entry = owner(row, entries);
            PartyReportForm form = new PartyReportForm();
            form.setChangeKind(PartyReportForm.PartyChangeKind.INITIAL);
            form.setOrganisationForm(row.label("organisationForm", true, PartyOrganisation.values()));
            form.setSetUpOn(row.day("setUpOn", false));
            form.setSecretary(row.text("secretary", false, 50));
            form.setPartyMembers(row.whole("partyMembers", false, 0, 100_000));
            form.setWorkGroup(row.yes("workGroup"));
            String instructor = row.text("instructor", false, 50);
            form.setParentOrganisation(row.text("parentOrganisation", false, 200));
            if (form.getSetUpOn() != null && form.getSetUpOn().isAfter(EngineClock.today())) {
                row.problem("setUpOn", "import.problem.future");
            }
            if (entry != null) {
                Integer first = seen.putIfAbsent(entry.creditCode, row.number());
                if (first != null) {
                    row.problem("creditCode", "import.problem.duplicateInFile", first);
                } else if (form.getOrganisationForm() != null) {
                    entry.party = form;
                    entry.instructor = instructor;
                }
            }
        }
    }

    private void inspections(List<SheetRow> rows, Map<String, Entry> entries, Problems problems) {
        RegisterTemplate.YearRange years = RegisterTemplate.inspectionYears(settings);
        for (SheetRow sheetRow : rows) {
            RowValues row = new RowValues(RegisterSheet.INSPECTIONS, sheetRow, problems);
            Entry entry = owner(row, entries);
            Integer year = row.whole("year", true, 0, 9999);
            InspectionGrade grade = row.label("grade", true, InspectionGrade.values());
            if (year != null && !years.contains(year)) {
                row.problem("year", "import.problem.inspectionYear", String.valueOf(years.first()),
                        String.valueOf(years.last()));
                year = null;
            }
            if (entry != null && year != null && grade != null) {
                Integer first = entry.gradeRows.putIfAbsent(year, row.number());
                if (first != null) {
                    row.problem("year", "import.problem.duplicateInFile", first);
                } else {
                    entry.grades.put(year, grade);
                }
            }
        }
    }

    /** Matches the file's societies with the register by credit code and plans each one. */
    private List<PlannedSociety> plan(Map<String, Entry> entries, Problems problems) {
        Map<String, Society> byCreditCode = index(societies.withCreditCodes(entries.keySet()), Society::getCreditCode);
        Map<String, Society> byCode = index(societies.withCodes(entries.values().stream()
                .map(e -> e.code).filter(java.util.Objects::nonNull).toList()), Society::getCode);
        Map<String, Society> byName = index(societies.withNames(entries.values().stream()
                .map(e -> e.name).filter(java.util.Objects::nonNull).toList()), Society::getName);
        List<Long> registeredIds = byCreditCode.values().stream().map(Society::getId).toList();
        Map<Long, PartyOrganisationRecord> partyLines = party.records(registeredIds);
        Map<Long, Map<Integer, InspectionGrade>> results = societies.inspectionResults(registeredIds).stream()
                .collect(Collectors.groupingBy(InspectionResult::getSocietyId,
                        Collectors.toMap(InspectionResult::getYear, InspectionResult::getGrade)));
        List<PlannedSociety> planned = new ArrayList<>();
        for (Entry entry : entries.values()) {
            Society registered = byCreditCode.get(entry.creditCode);
            Society holder = byCode.get(entry.code);
            if (holder != null && holder != registered) {
                problems.add(RegisterSheet.SOCIETIES, entry.row, "code", "import.problem.codeTaken", holder.getName());
            }
            if (registered != null && entry.code != null && !registered.getCode().equals(entry.code)) {
                problems.add(RegisterSheet.SOCIETIES, entry.row, "code", "import.problem.codeDiffers",
                        registered.getCode());
            }
            Society namesake = byName.get(entry.name);
            if (namesake != null && namesake != registered) {
                problems.add(RegisterSheet.SOCIETIES, entry.row, "name", "import.problem.nameTaken", namesake.getCode());
            }
            if (entry.builder == null) {
                continue;
            }
            entry.society = entry.builder.apply(entry.party == null ? PartyOrganisation.NONE
                    : entry.party.getOrganisationForm());
            entry.officers.forEach(entry.society::officer);
            boolean partyEntered = entry.party != null
                    && (registered == null || !partyLines.containsKey(registered.getId()));
            List<Change> changes = new ArrayList<>();
            // the grades importing records: all of a new society's, those a registered one has otherwise
            Map<Integer, InspectionGrade> grades = new TreeMap<>(entry.grades);
            if (registered != null) {
                SocietyService.importChanges(registered, entry.society).forEach((field, values) ->
                        changes.add(new Change(fieldLabel(field), values[0], values[1])));
                if (partyEntered) {
                    changes.add(new Change(text("society.field.party_organisation"), null,
                            ChineseTexts.label(entry.party.getOrganisationForm())));
                }
                Map<Integer, InspectionGrade> recorded = results.getOrDefault(registered.getId(), Map.of());
                grades.entrySet().removeIf(g -> recorded.get(g.getKey()) == g.getValue());
                grades.forEach((year, grade) -> changes.add(new Change(text("import.change.inspection",
                        String.valueOf(year)), recorded.get(year) == null ? null : ChineseTexts.label(recorded.get(year)),
                        ChineseTexts.label(grade))));
            }
            planned.add(new PlannedSociety(entry.society, registered, entry.email, entry.party, entry.instructor,
                    partyEntered, Map.copyOf(grades), List.copyOf(changes)));
        }
        return planned;
    }

    private String fieldLabel(ImportedField field) {
        return text("society.field." + field.logName());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static Map<String, Society> index(List<Society> list, Function<Society, String> key) {
        return list.stream().collect(Collectors.toMap(key, s -> s, (a, b) -> a));
    }
}
