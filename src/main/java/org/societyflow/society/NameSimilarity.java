package org.societyflow.society;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two society names are the same or closely resemble each other (条例 art. 13), after the parts every
 * local society shares are set aside: 武汉市计算机学会 and 武汉计算机协会 are the same name, 武汉市计算机学会 and
 * 武汉市计算机应用学会 closely resemble each other.
 */
public final class NameSimilarity {

    private static final List<String> PLACES = List.of("湖北省", "湖北", "武汉市", "武汉");
    private static final List<String> KINDS = List.of("联合会", "研究会", "促进会", "学会", "协会");

    private NameSimilarity() {
    }

    /** The distinctive part of a name: full-width forms folded, spaces and punctuation, place and kind removed. */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase()
                .replaceAll("\\([^)]*\\)", "")
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
        for (String place : PLACES) {
            if (s.startsWith(place)) {
                s = s.substring(place.length());
                break;
            }
        }
        for (String kind : KINDS) {
            if (s.endsWith(kind)) {
                s = s.substring(0, s.length() - kind.length());
                break;
            }
        }
        return s;
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /**
     * How alike the distinctive parts are, 1 = the same: the better of the Dice coefficient of their character
     * bigrams and their longest common subsequence over the longer one (网络安全 within 网络空间安全).
     */
    public static double similarity(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.equals(y)) {
            return 1;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return Math.max(dice(x, y), (double) commonSubsequence(x, y) / Math.max(x.length(), y.length()));
    }

    private static int commonSubsequence(String x, String y) {
        int[][] length = new int[x.length() + 1][y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                length[i][j] = x.charAt(i - 1) == y.charAt(j - 1) ? length[i - 1][j - 1] + 1
                        : Math.max(length[i - 1][j], length[i][j - 1]);
            }
        }
        return length[x.length()][y.length()];
    }

    private static double dice(String x, String y) {
        List<String> bx = bigrams(x);
        List<String> by = bigrams(y);
        if (bx.isEmpty() || by.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(bx);
        shared.retainAll(new HashSet<>(by));
        long common = bx.stream().filter(shared::contains).count() + by.stream().filter(shared::contains).count();
        return (double) common / (bx.size() + by.size());
    }

    private static List<String> bigrams(String s) {
        if (s.length() < 2) {
            return List.of(s);
        }
        return java.util.stream.IntStream.range(0, s.length() - 1).mapToObj(i -> s.substring(i, i + 2)).toList();
    }
}
