package org.societyflow.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an application accepts, recognised by extension and by the file's first bytes, so a
 * renamed executable or a script does not pass as a PDF.
 */
enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    /** docx and xlsx are ZIP containers */
    OFFICE_XML("application/octet-stream", new byte[] {'P', 'K', 3, 4}, "docx", "xlsx"),
    /** legacy doc and xls are OLE2 compound files */
    OFFICE_LEGACY("application/octet-stream", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "doc", "xls");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    FileType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    String contentType(String extension) {
        return switch (extension) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            default -> contentType;
        };
    }

    static Optional<FileType> of(String extension, byte[] content) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> Arrays.asList(type.extensions).contains(ext))
                .filter(type -> startsWith(content, type.magic))
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
