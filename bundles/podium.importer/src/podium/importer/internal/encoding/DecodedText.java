/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.encoding;

/**
 * Text decoded from a file's bytes, with line ends normalised to {@code \n} and any byte order mark
 * dropped; both are representation, not content, so they are not recorded as repairs.
 *
 * @param encoding the name shown to the user, e.g. {@code UTF-8}, {@code UTF-8 BOM}, {@code GB18030}
 */
public record DecodedText(String text, String encoding) {
}
