/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;


import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;

/**
 * The text of a .podium file decoded strictly as UTF-8, or the reason it is not text, with the line
 * and column of the first bad byte; a byte-order mark is dropped.
 */
public record SourceText(String text, Problem problem) {

    /** Decodes a file's bytes; {@code path} is how the user named the file. */
    public static SourceText decode(String path, byte[] bytes) {
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            int[] at = position(bytes, nul);
            return new SourceText(null, new Problem(path, at[0], at[1], Severity.ERROR, IssueCodes.BINARY,
                    Texts.message(IssueCodes.BINARY, null, nul)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int[] at = position(bytes, in.position());
            return new SourceText(null, new Problem(path, at[0], at[1], Severity.ERROR, IssueCodes.UNREADABLE,
                    Texts.message(IssueCodes.UNREADABLE, null,
                            String.format("%02X", bytes[in.position()] & 0xFF), in.position())));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new SourceText(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line and column (in characters of the valid prefix) of a byte offset. */
    private static int[] position(byte[] bytes, int offset) {
        String prefix;
        try {
            prefix = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, 0, offset)).toString();
        } catch (CharacterCodingException e) {
            prefix = "";
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, prefix.length() - lineStart + 1};
    }
}
