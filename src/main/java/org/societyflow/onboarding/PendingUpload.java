package org.societyflow.onboarding;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.UUID;

/**
 * The import file (of a kind: societies, staff) a portal user has previewed and may now confirm, kept in their HTTP session under a random
 * token: the confirm button sends the token, not the file again. The session rather than a table because the upload
 * is one person's, for minutes, and must go with their logout or session timeout — a table would need its own
 * clean-up and a migration for nothing another user or node needs (the app's sessions already stick to a node).
 * One upload per session: a new preview replaces the last, and the token stops a stale tab confirming it.
 */
record PendingUpload(String token, String kind, String filename, byte[] content) implements Serializable {

    private static final String ATTRIBUTE = PendingUpload.class.getName();

    static PendingUpload keep(HttpSession session, String kind, String filename, byte[] content) {
        PendingUpload upload = new PendingUpload(UUID.randomUUID().toString(), kind, filename, content);
        session.setAttribute(ATTRIBUTE, upload);
        return upload;
    }

    /** The upload of this kind the token names, or null when the session holds another one or none. */
    static PendingUpload take(HttpSession session, String kind, String token) {
        if (session.getAttribute(ATTRIBUTE) instanceof PendingUpload upload && upload.token.equals(token)
                && upload.kind.equals(kind)) {
            session.removeAttribute(ATTRIBUTE);
            return upload;
        }
        return null;
    }
}
