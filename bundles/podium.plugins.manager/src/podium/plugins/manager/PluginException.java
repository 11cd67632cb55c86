/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager;

/** A plugin operation that was refused or could not be done; nothing was changed. The message is for users. */
public final class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** @param code one of {@link PluginCodes} */
    public PluginException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable code, one of {@link PluginCodes}. */
    public String code() {
        return code;
    }
}
