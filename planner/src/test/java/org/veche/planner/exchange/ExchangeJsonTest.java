package org.veche.planner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeJsonTest {

    @ParameterizedTest
    @CsvSource({
        "50000, 50000",
        "-3, -3",
        "0.05, 0.05",
        "0.30000000000000004, 0.30000000000000004",
        "1e20, 100000000000000000000",
        "1e-6, 0.000001",
        "1e-9, 1e-9",
        "-2.5e21, -2.5e21",
        "1.7976931348623157e308, 1.7976931348623157e308",
        "-0.0, 0"
    })
    void writesNumbersTheWayPeopleWriteThem(double value, String text) {
        assertThat(ExchangeJson.numberText(value)).isEqualTo(text);
    }

    @Test
    void everyWrittenNumberReadsBackExactly() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double value = i % 2 == 0
                    ? Double.longBitsToDouble(random.nextLong()) // any bit pattern
                    : Math.round(random.nextDouble() * 1e6) / 1e3; // the values plans use
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = ExchangeJson.numberText(value);
            double back = ExchangeJson.MAPPER.readTree(text).doubleValue();
            assertThat(back).as(text).isEqualTo(value == 0 ? 0.0 : value);
        }
    }

    @Test
    void refusesToWriteNonFiniteNumbers() {
        assertThatThrownBy(() -> ExchangeJson.numberText(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
