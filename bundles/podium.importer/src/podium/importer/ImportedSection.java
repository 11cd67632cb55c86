/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.List;

/**
 * A numbered part of a speech ({@code 一、}, {@code （一）}, {@code 1.}, {@code 一是}, {@code 第一}, {@code 首先}).
 *
 * @param number the numbering as written, normalised ({@code 一、}, {@code （二）}, {@code 3.}), or null when the
 *               section was inferred from a restart of numbering without a marker
 * @param level  1 for the outermost sections
 * @param line   the line in the input file where the heading starts
 * @param offset where the heading starts in the speech's cleaned text
 */
public record ImportedSection(String number, String title, int level, int line, int offset,
        List<ImportedSection> children) {

    public ImportedSection {
        children = List.copyOf(children);
    }
}
