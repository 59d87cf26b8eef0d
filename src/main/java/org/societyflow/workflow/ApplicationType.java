package org.societyflow.workflow;

/**
 * What names one application type: its process, the prefix of its numbers ({@code BG-2026-0001}; every prefix is
 * listed in docs/ARCHITECTURE.md), the name its errors use ({@code change} → "change not found"), the path segment of its
 * pages and API ({@code changes}), and the owner type its documents are filed under.
 */
public record ApplicationType(String processKey, String keyPrefix, String name, String collection,
                              String attachmentOwner, Class<? extends Enum<?>> attachmentKinds) {
}
