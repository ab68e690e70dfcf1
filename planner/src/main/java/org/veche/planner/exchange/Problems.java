package org.veche.planner.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.veche.model.Violation;

/**
 * The problems found while reading one file. A problem that made the reader put a stand-in value in
 * place of the bad one is a <em>replacement</em>: a later rule check may then complain about the
 * stand-in, and {@link #isConsequence} recognises such echoes so the user sees the cause only.
 */
final class Problems {

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> replaced = new LinkedHashSet<>();

    /** A problem whose value was still usable or simply left out (an unknown field, a bad map entry). */
    void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** A problem where the reader put a stand-in value at {@code path} to carry on. */
    void replaced(String path, String message) {
        add(path, message);
        replaced.add(path);
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /**
     * Whether a rule violation is only an echo of a stand-in: it sits at or inside a replaced value,
     * or at the entry that directly holds one, or it is an unknown reference while an id of the list
     * that defines such ids was itself replaced.
     */
    boolean isConsequence(Violation violation) {
        String path = violation.path();
        for (String stand : replaced) {
            if (path.equals(stand) || isInside(path, stand)
                    || !path.isEmpty() && path.equals(parent(stand))) {
                return true;
            }
        }
        return isUnknownReference(violation, "product", "products")
                || isUnknownReference(violation, "region", "regions");
    }

    private boolean isUnknownReference(Violation violation, String kind, String list) {
        return violation.message().startsWith("unknown " + kind + " ")
                && replaced.stream().anyMatch(stand -> stand.equals(list) || definesIds(stand, list));
    }

    /** {@code products[3]} or {@code products[3].id}: an entry of the list, or its id. */
    private static boolean definesIds(String stand, String list) {
        return stand.matches(Pattern.quote(list) + "\\[\\d+](\\.id)?");
    }

    private static boolean isInside(String path, String container) {
        return path.startsWith(container + ".") || path.startsWith(container + "[");
    }

    /** The path one level up: {@code a[1].b} → {@code a[1]}, {@code a[1]} → {@code a}. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
