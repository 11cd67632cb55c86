/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.core.Podium;

class PodiumVersionTest {

    @Test
    void versionIsTheBuiltBundleVersion() {
        assertThat(Podium.version()).matches("0\\.1\\.0\\.\\d{12}|0\\.1\\.0\\.qualifier");
    }
}
