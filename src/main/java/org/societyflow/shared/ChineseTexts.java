package org.societyflow.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts that are written down in Chinese whatever the language of the page that caused them: process variables a
 * reviewer reads in Tasklist, stored notifications, exported workbooks. From the message bundles, like every page.
 */
@Component
public class ChineseTexts {

    private final MessageSource messages;

    ChineseTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The value's label ({@code SocietyStatus.ACTIVE} → 正常), or null for none. */
    public String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
