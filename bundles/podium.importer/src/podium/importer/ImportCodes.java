/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

/** The stable problem codes of the speech importer, printed by the CLI and keyed on by tests. */
public final class ImportCodes {
    /** A number the website blanked: {@code 确保省定万美元}, {@code 增速为%}. */
    public static final String MISSING_NUMBER = "missing-number";
    /** A template placeholder instead of a value: {@code 20xx}, {@code XX}, {@code x}, {@code **}. */
    public static final String PLACEHOLDER = "placeholder";
    /** Parts that do not add up to the total stated with them. */
    public static final String SUM_MISMATCH = "sum-mismatch";
    /** The bytes are not valid UTF-8, GB18030 or UTF-16. */
    public static final String ENCODING = "encoding";
    /** The file could not be read. */
    public static final String UNREADABLE = "unreadable";
    /** Mojibake that could not be repaired; the junk was replaced by □. */
    public static final String MOJIBAKE = "mojibake";
    /** The file is larger than {@code podium.core.Limits#SPEECH_FILE_BYTES}; it was not read. */
    public static final String TOO_LARGE = "too-large";
    /** The file contains no speech text at all. */
    public static final String EMPTY = "empty";

    private ImportCodes() {
    }
}
