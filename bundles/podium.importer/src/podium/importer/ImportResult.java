/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.List;

import podium.core.Problem;
import podium.core.Severity;

/**
 * Everything the importer read from one file.
 *
 * @param file      the file as the user named it
 * @param encoding  the detected encoding ({@code UTF-8}, {@code UTF-8 BOM}, {@code GB18030}, {@code UTF-16LE},
 *                  ...), null when the bytes could not be decoded
 * @param inputText the decoded input, line ends normalised to {@code \n}; empty when undecodable
 * @param repairs   every change made to the text, in input order
 * @param problems  every problem of the file and its speeches, in {@link Problem#ORDER}
 */
public record ImportResult(String file, String encoding, String inputText, List<TextRepair> repairs,
        List<ImportedSpeech> speeches, List<Problem> problems) {

    public ImportResult {
        repairs = List.copyOf(repairs);
        speeches = List.copyOf(speeches);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error, i.e. the file could not be imported as a whole. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
