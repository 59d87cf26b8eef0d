package org.societyflow.shared;

import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts that are written down in Chinese whatever the language of the page that caused them: process variables a
 * reviewer reads in Tasklist, stored notifications, exported workbooks, the register's change log. From the message
 * bundles, like every page. Beans use the instance (the app's MessageSource); what Spring does not build — enums,
 * entities, column lists, the engine's listeners — uses the static side, which reads the same bundle with the same
 * settings as {@code spring.messages} in application.yml.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChineseTexts {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasename("i18n/messages");
        BUNDLE.setDefaultEncoding("UTF-8");
        BUNDLE.setFallbackToSystemLocale(false);
    }

    private final MessageSource messages;

    /** The value's label ({@code SocietyStatus.ACTIVE} → 正常), or null for none. */
    public String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return messages.getMessage(key(value), null, value.name(), CHINESE);
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    /** {@link #of} without a bean; a value without a label is an error. */
    public static String label(Enum<?> value) {
        return BUNDLE.getMessage(key(value), null, CHINESE);
    }

    /** {@link #text} without a bean. */
    public static String format(String key, Object... args) {
        return BUNDLE.getMessage(key, args, CHINESE);
    }

    /** The texts of {@code prefix + name} for each name, in order: a workbook's column headers. */
    public static List<String> formatAll(String prefix, List<String> names) {
        return names.stream().map(name -> format(prefix + name)).toList();
    }

    private static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
