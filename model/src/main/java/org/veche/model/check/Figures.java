package org.veche.model.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a person reads them in a message: at most 6 significant digits, no trailing zeros. */
final class Figures {

    private Figures() {}

    static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String percent(double share) {
        return of(share * 100) + " %";
    }
}
