/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import podium.model.Indicator;
import podium.model.Organisation;

/** How rule messages name elements: the Chinese title when there is one, else the name. */
final class Names {

    private Names() {
    }

    static String of(Indicator indicator) {
        if (indicator == null) {
            return "?";
        }
        return indicator.getTitle() != null ? indicator.getTitle() : String.valueOf(indicator.getName());
    }

    static String of(Organisation organisation) {
        if (organisation == null) {
            return "?";
        }
        return organisation.getTitle() != null ? organisation.getTitle() : String.valueOf(organisation.getName());
    }
}
