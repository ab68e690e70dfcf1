package org.veche.planner.exchange;

import java.util.Locale;

/** Whether a misspelt field name is close enough to a known one to suggest it. */
final class Spelling {

    private Spelling() {}

    /** Same letters ignoring case, or at most two edits apart (e.g. {@code laborHours}, {@code colour}). */
    static boolean isClose(String typed, String known) {
        String a = typed.toLowerCase(Locale.ROOT);
        String b = known.toLowerCase(Locale.ROOT);
        return a.equals(b) || Math.min(a.length(), b.length()) > 3 && distance(a, b) <= 2;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
