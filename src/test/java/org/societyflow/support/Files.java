package org.societyflow.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small files whose first bytes are those of the type they claim to be. */
public final class Files {

    /** The 材料 a 年检 report needs before it can be submitted. */
    public static final List<String> REQUIRED_INSPECTION_KINDS = List.of("AUDIT_REPORT", "REGISTRATION_CERTIFICATE", "DECLARATION");

    private Files() {
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    }

    /** Uploads the three required documents of a 年检 as the society. */
    public static void attachRequired(Api society, long inspectionId) {
        for (String kind : REQUIRED_INSPECTION_KINDS) {
            Api.Response response = society.upload("/api/v1/inspections/" + inspectionId + "/attachments", "kind", kind,
                    kind.toLowerCase() + ".pdf", pdf());
            if (response.status() != 201) {
                throw new AssertionError("upload of " + kind + " failed: " + response.status() + " " + response.text());
            }
        }
    }
}
