/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.persistence;

/** Stable codes of problems found while reading model files. */
public final class PersistenceCodes {
    /** The file does not exist or cannot be read. */
    public static final String UNREADABLE = "PDM-F001";
    /** The file is not well-formed XML or not a valid model file (line and column given). */
    public static final String MALFORMED = "PDM-F002";
    /** A reference points to an element that cannot be found. */
    public static final String UNRESOLVED = "PDM-F003";
    /** A warning reported by the parser (e.g. an unknown attribute that was skipped). */
    public static final String PARSER_WARNING = "PDM-F004";
    /** The file could not be written; the previous content is unchanged. */
    public static final String UNWRITABLE = "PDM-F005";

    private PersistenceCodes() {
    }
}
