/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;
import podium.importer.internal.ImportPipeline;
import podium.importer.internal.Messages;

/**
 * Imports speech texts as planners find them on websites: detects the encoding, repairs mojibake,
 * removes pinyin and web junk, converts to Simplified, splits the file into speeches and sections, and
 * reads every figure, reporting what it could not repair as problems. Headless and thread-safe.
 */
public final class SpeechImporter {

    private final ImportPipeline pipeline = new ImportPipeline();

    /** Imports a file; an unreadable file gives a result with an {@code unreadable} error, not an exception. */
    public ImportResult importFile(Path file) {
        String path = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Limits.SPEECH_FILE_BYTES) {
                // refused before reading: the pipeline holds several copies of the text
                int[] at = Limits.position(file, Limits.SPEECH_FILE_BYTES);
                return tooLarge(path, size, at[0], at[1]);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            Problem problem = new Problem(path, 0, 0, Severity.ERROR, ImportCodes.UNREADABLE,
                    NLS.bind(Messages.SpeechImporter_cannotRead, e.getMessage()));
            return new ImportResult(path, null, "", List.of(), List.of(), List.of(problem));
        }
        return importBytes(path, bytes);
    }

    /** Imports the bytes of a file named {@code path} (the name is only used in problems). */
    public ImportResult importBytes(String path, byte[] bytes) {
        if (bytes.length > Limits.SPEECH_FILE_BYTES) {
            int[] at = Limits.position(bytes, (int) Limits.SPEECH_FILE_BYTES);
            return tooLarge(path, bytes.length, at[0], at[1]);
        }
        return pipeline.run(path, bytes);
    }

    /** A file beyond {@link Limits#SPEECH_FILE_BYTES}, located at the first byte past the limit. */
    private static ImportResult tooLarge(String path, long size, int line, int column) {
        Problem problem = new Problem(path, line, column, Severity.ERROR, ImportCodes.TOO_LARGE,
                NLS.bind(Messages.SpeechImporter_tooLarge, size, Limits.mebibytes(Limits.SPEECH_FILE_BYTES)));
        return new ImportResult(path, null, "", List.of(), List.of(), List.of(problem));
    }

    /** Imports text that is already decoded, e.g. pasted into the workbench. */
    public ImportResult importText(String path, String text) {
        return pipeline.runText(path, text.replace("\r\n", "\n").replace('\r', '\n'), "text");
    }
}
