/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.core.Podium;

/** Help ▸ About names the product with the version of Podium as built. */
class AboutActionTest {

    @Test
    void aboutTextCarriesTheBuiltVersionAndTheProductDescription() {
        assertThat(Podium.version()).matches("0\\.1\\.0\\..+");
        assertThat(AboutAction.text()).startsWith("Podium ").contains(Podium.version()).contains("Podium —");
    }
}
