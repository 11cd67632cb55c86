/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.encoding;

/** The bytes are not text in any encoding the importer reads; never silently replaced. */
public final class UndecodableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public UndecodableException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the first byte that could not be decoded. */
    public int line() {
        return line;
    }

    /** 1-based column (in bytes) of that byte within its line. */
    public int column() {
        return column;
    }
}
