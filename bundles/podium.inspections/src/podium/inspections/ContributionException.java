/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

/**
 * A contribution's class could not be created or is not what its extension point asks for; the
 * message names the plugin.
 *
 * @since 1.0
 */
public class ContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
