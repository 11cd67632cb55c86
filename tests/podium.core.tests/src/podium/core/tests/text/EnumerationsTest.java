/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import podium.core.text.Enumerations;

class EnumerationsTest {

    @Test
    void chineseListsItsItemsWithTheEnumerationComma() {
        assertThat(Enumerations.join(List.of("县市区", "乡镇", "xlsx"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("县市区、乡镇、xlsx");
        assertThat(Enumerations.join(List.of("县市区", "乡镇"), Locale.TRADITIONAL_CHINESE)).isEqualTo("县市区、乡镇");
    }

    @Test
    void otherLanguagesUseACommaAndASpace() {
        assertThat(Enumerations.join(List.of("county", "town"), Locale.ENGLISH)).isEqualTo("county, town");
        assertThat(Enumerations.join(List.of("Kreis", "Gemeinde"), Locale.GERMANY)).isEqualTo("Kreis, Gemeinde");
    }

    @Test
    void oneItemOrNoneHasNoSeparator() {
        assertThat(Enumerations.join(List.of("csv"), Locale.CHINA)).isEqualTo("csv");
        assertThat(Enumerations.join(List.of(), Locale.ENGLISH)).isEmpty();
    }
}
