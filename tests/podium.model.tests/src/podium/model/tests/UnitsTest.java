/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import podium.model.Unit;
import podium.model.units.Dimension;
import podium.model.units.IncompatibleUnitsException;
import podium.model.units.Units;

class UnitsTest {

    @Test
    void convertsExactlyWithinADimension() {
        assertThat(Units.convert(new BigDecimal("1.2345"), Unit.HUNDRED_MILLION_USD, Unit.TEN_THOUSAND_USD))
                .isEqualByComparingTo("12345");
        assertThat(Units.convert(new BigDecimal("2800"), Unit.TEN_THOUSAND_USD, Unit.HUNDRED_MILLION_USD))
                .isEqualByComparingTo("0.28");
        assertThat(Units.convert(new BigDecimal("1"), Unit.YUAN, Unit.HUNDRED_MILLION_YUAN))
                .isEqualByComparingTo("0.00000001");
        assertThat(Units.convert(new BigDecimal("3"), Unit.HOUSEHOLD, Unit.FIRM)).isEqualByComparingTo("3");
    }

    @Test
    void roundTripLosesNothing() {
        BigDecimal v = new BigDecimal("123456789.123456789");
        BigDecimal there = Units.convert(v, Unit.YUAN, Unit.HUNDRED_MILLION_YUAN);
        assertThat(Units.convert(there, Unit.HUNDRED_MILLION_YUAN, Unit.YUAN)).isEqualByComparingTo(v);
    }

    @Test
    void neverMixesPercentWithPercentagePointsOrMoneyOfDifferentCurrencies() {
        assertThat(Units.compatible(Unit.PERCENT, Unit.PERCENTAGE_POINT)).isFalse();
        assertThat(Units.compatible(Unit.USD, Unit.YUAN)).isFalse();
        assertThat(Units.compatible(Unit.PERSON, Unit.PERSON_TIME)).isFalse();
        assertThatThrownBy(() -> Units.convert(BigDecimal.ONE, Unit.PERCENT, Unit.PERCENTAGE_POINT))
                .isInstanceOf(IncompatibleUnitsException.class).hasMessageContaining("个百分点");
    }

    @Test
    void everyUnitHasADimensionAndTheNoneUnitOnlyMatchesItself() {
        for (Unit unit : Unit.values()) {
            assertThat(Units.dimensionOf(unit)).isNotNull();
        }
        assertThat(Units.dimensionOf(Unit.NONE)).isEqualTo(Dimension.NONE);
        assertThat(Units.compatible(Unit.NONE, Unit.USD)).isFalse();
    }

    @Test
    void parsesTheSymbolsUsersWrite() {
        assertThat(Units.parse("万美元")).isEqualTo(Unit.TEN_THOUSAND_USD);
        assertThat(Units.parse(" ％ ")).isEqualTo(Unit.PERCENT);
        assertThat(Units.parse("百分点")).isEqualTo(Unit.PERCENTAGE_POINT);
        assertThat(Units.parse("个百分点")).isEqualTo(Unit.PERCENTAGE_POINT);
        assertThat(Units.parse("公里")).isNull();
        assertThat(Units.parse("")).isNull();
    }
}
