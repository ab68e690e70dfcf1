package org.veche.planner.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounds imported quantities so that the economy file stays small and readable; 0 digits keeps them as they are. */
record SignificantDigits(int digits) {

    double round(double value) {
        if (digits == 0 || value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
    }
}
