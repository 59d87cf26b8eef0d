package org.societyflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese translation of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), which our resources add to
 * the camunda-webapp-webjar's {@code en} and {@code de}: every text of the webjar's {@code en.json} has a Chinese
 * text with the same placeholders and HTML, and each app's {@code config.js} offers Chinese.
 *
 * <p>The webapps choose the locale from the first two letters of the browser's language ({@code zh-CN} → {@code zh})
 * and load {@code locales/<locale>.json}, so the translation kept in {@code zh-CN.json} is also served as
 * {@code zh.json}, an identical copy.
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    /** Real tags only: texts such as {@code <null>} or {@code <Operation>} are shown as they are. */
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|u|ul)\\b");
    /** The English plural ending some texts append ("batch" + "s"), which Chinese does without. */
    private static final String PLURAL_ENDING = "s";
    /**
     * The fallback is the browser's language where the app has it, else English: angular-translate loads the fallback
     * besides the browser's language, and the one whose file arrives last sets moment's (the dates') language.
     */
    private static final Pattern FALLBACK_LOCALE = Pattern.compile(
            "fallbackLocale['\"]?\\s*:\\s*LOCALES\\.includes\\(BROWSER_LANGUAGE\\)\\s*\\?\\s*BROWSER_LANGUAGE\\s*:\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern LOCALES = Pattern.compile("const LOCALES\\s*=\\s*\\[([^\\]]*)]");
    private static final Pattern BROWSER_LANGUAGE = Pattern.compile(
            "const BROWSER_LANGUAGE\\s*=\\s*\\(\\(navigator\\.languages && navigator\\.languages\\[0]\\)[^;]*\\.split\\('-'\\)\\[0]\\.toLowerCase\\(\\);");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseHasEveryTextOfEnglish(String app) throws IOException {
        JsonNode en = json.readTree(read(webjarResource(app, "locales/en.json")));
        JsonNode zh = json.readTree(read(ourResource(app, "locales/zh-CN.json")));

        List<String> problems = new ArrayList<>();
        compare("", en, zh, problems);
        if (!problems.isEmpty()) {
            fail("%s/locales/zh-CN.json does not match the webjar's en.json (%d problems):%n  %s", app,
                    problems.size(), String.join("\n  ", problems));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseBrowsersLoadTheSameTranslation(String app) throws IOException {
        JsonNode zhCn = json.readTree(read(ourResource(app, "locales/zh-CN.json")));
        URL copy = resources(APP + app + "/locales/zh.json").stream().findFirst()
                .orElseThrow(() -> new AssertionError(app + "/locales/zh.json is missing: Chinese browsers load "
                        + "zh.json, so it must be a copy of zh-CN.json"));
        assertThat(json.readTree(read(copy))).as("%s/locales/zh.json must be an identical copy of zh-CN.json", app)
                .isEqualTo(zhCn);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configOffersChineseWithTheBrowsersLanguageOrEnglishAsFallback(String app) throws IOException {
        String config = withoutLineComments(read(ourResource(app, "scripts/config.js")));

        // the list is declared once (const LOCALES), for availableLocales and the fallback
        assertThat(config).as("%s/scripts/config.js sets locales.availableLocales to LOCALES", app)
                .containsPattern("availableLocales['\"]?\\s*:\\s*LOCALES\\b");
        Matcher available = LOCALES.matcher(config);
        assertThat(available.find()).as("%s/scripts/config.js declares LOCALES", app).isTrue();
        List<String> locales = new ArrayList<>();
        for (String locale : available.group(1).split(",")) {
            locales.add(locale.trim().replaceAll("^['\"]|['\"]$", ""));
        }
        assertThat(locales).as("%s availableLocales", app).contains("zh-CN", "zh", "en", "de");

        Matcher fallback = FALLBACK_LOCALE.matcher(config);
        assertThat(fallback.find()).as("%s/scripts/config.js sets locales.fallbackLocale to the browser's language "
                + "where listed", app).isTrue();
        assertThat(fallback.group(1)).as("%s fallbackLocale for other languages", app).isEqualTo("en");
        assertThat(BROWSER_LANGUAGE.matcher(config).find()).as("%s/scripts/config.js takes the browser's language as "
                + "the webapps do (navigator.languages[0] cut at '-')", app).isTrue();

        for (String locale : locales) {
            URL file = resources(APP + app + "/locales/" + locale + ".json").stream().findFirst().orElse(null);
            assertThat(file).as("%s lists the locale %s, so locales/%s.json must exist", app, locale, locale)
                    .isNotNull();
        }
    }

    /**
     * Every leaf of {@code en} must be in {@code zh}: texts non-empty (but for the plural ending) with the same
     * placeholders and HTML tags.
     */
    private static void compare(String path, JsonNode en, JsonNode zh, List<String> problems) {
        if (zh == null || zh.isMissingNode() || zh.isNull()) {
            problems.add(path + ": missing");
        } else if (en.isObject()) {
            if (!zh.isObject()) {
                problems.add(path + ": not an object");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = en.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
                        zh.get(field.getKey()), problems);
            }
        } else if (en.isArray()) {
            if (!zh.isArray() || zh.size() != en.size()) {
                problems.add(path + ": not an array of " + en.size());
                return;
            }
            for (int i = 0; i < en.size(); i++) {
                compare(path + "[" + i + "]", en.get(i), zh.get(i), problems);
            }
        } else if (en.isTextual()) {
            if (!zh.isTextual()) {
                problems.add(path + ": not a text");
            } else if (!en.asText().isEmpty() && !en.asText().equals(PLURAL_ENDING) && zh.asText().isBlank()) {
                problems.add(path + ": empty");
            } else {
                for (String placeholder : all(PLACEHOLDER, en.asText())) {
                    if (!zh.asText().contains(placeholder)) {
                        problems.add(path + ": lacks " + placeholder + " in \"" + zh.asText() + "\"");
                    }
                }
                List<String> enTags = all(HTML_TAG, en.asText());
                List<String> zhTags = all(HTML_TAG, zh.asText());
                Collections.sort(enTags);
                Collections.sort(zhTags);
                if (!enTags.equals(zhTags)) {
                    problems.add(path + ": HTML tags " + zhTags + " instead of " + enTags);
                }
            }
        } else if (en.getNodeType() != zh.getNodeType()) {
            problems.add(path + ": not a " + en.getNodeType());
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String withoutLineComments(String script) {
        return script.replaceAll("(?m)^\\s*//.*$", "");
    }

    private URL webjarResource(String app, String file) throws IOException {
        String name = APP + app + "/" + file;
        return resources(name).stream()
                .filter(url -> url.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in the " + WEBJAR + " jar on the classpath"));
    }

    /** Our own resource, which shadows the webjar's of the same name (our classes come first on the classpath). */
    private URL ourResource(String app, String file) throws IOException {
        String name = APP + app + "/" + file;
        return resources(name).stream()
                .filter(url -> !url.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError("src/main/resources/" + name + " is missing"));
    }

    private List<URL> resources(String name) throws IOException {
        return Collections.list(getClass().getClassLoader().getResources(name));
    }

    /** UTF-8 without the byte order mark the webjar's files start with. */
    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
