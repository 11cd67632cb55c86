/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import podium.model.PeerGroup;

/** How peer groups are named in reports. */
final class Groups {

    private Groups() {
    }

    static String label(PeerGroup group) {
        return group.getTitle() == null || group.getTitle().isBlank() ? group.getName() : group.getTitle();
    }
}
