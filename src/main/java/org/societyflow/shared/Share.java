package org.societyflow.shared;

/**
 * A share of a whole as the rules state it — "2/3 of the members present", "1/3 of the members" — kept as a fraction
 * so that 20 of 30 reaches 2/3 exactly, which no decimal does. Settings write it as {@code 2/3}; Spring converts the
 * text through {@link #valueOf}.
 */
public record Share(int numerator, int denominator) {

    public Share {
        if (numerator < 0 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("a share lies between 0/1 and 1/1: " + numerator + "/" + denominator);
        }
    }

    /** {@code "2/3"} → 2/3. */
    public static Share valueOf(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a share is written numerator/denominator, as 2/3: " + text);
        }
        return new Share(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** Whether {@code part} is at least this share of {@code whole}. */
    public boolean reachedBy(long part, long whole) {
        return part * denominator >= whole * numerator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
