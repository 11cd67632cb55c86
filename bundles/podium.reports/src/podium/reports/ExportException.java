/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

/**
 * An export was not written; the message says why in the user's language, and the target file is
 * unchanged.
 *
 * @since 1.0
 */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
