package org.societyflow.reliability;

import java.util.List;
import org.societyflow.support.Files;

/**
 * Uploads of an application's attachments that must not be stored: no content, HTML, an executable named .pdf, an
 * unknown kind, over the app's 10 MB and over the server's 20 MB; and two that may be stored, under a safe name.
 */
final class BadUploads {

    record Upload(String what, String kind, String filename, byte[] content) {
    }

    static final String TRAVERSAL = "../../../etc/passwd.pdf";
    static final String SCRIPT_NAME = BadJson.SCRIPT + ".pdf";

    private BadUploads() {
    }

    /** Each refused for itself, as {@code kind}'s attachment. */
    static List<Upload> refused(String kind) {
        return List.of(new Upload("empty", kind, "empty.pdf", new byte[0]),
                new Upload("html", kind, "page.html", BadJson.SCRIPT.getBytes()),
                new Upload("an executable as pdf", kind, "fake.pdf", "MZ\u0090 not a pdf".getBytes()),
                new Upload("unknown kind", "NO_SUCH_KIND", "a.pdf", Files.pdf()),
                new Upload("11 MB", kind, "a.pdf", new byte[11 * 1024 * 1024]),
                new Upload("21 MB", kind, "a.pdf", new byte[21 * 1024 * 1024]));
    }
}
