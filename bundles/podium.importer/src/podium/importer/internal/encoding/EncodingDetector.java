/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;

import podium.importer.internal.Messages;

/**
 * Detects and strictly decodes the encodings Chinese texts arrive in: UTF-8 with or without a byte
 * order mark, UTF-16 with a mark (or without one when NUL bytes give it away), and GB18030, the
 * superset of GBK and GB2312. A byte that fits none of them is an error, never a replacement character.
 */
public final class EncodingDetector {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");

    private EncodingDetector() {
    }

    public static DecodedText decode(byte[] bytes) throws UndecodableException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeAs(bytes, 3, StandardCharsets.UTF_8, "UTF-8 BOM");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeAs(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeAs(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (hasNul(bytes)) {
            // neither UTF-8 nor GB18030 text contains NUL bytes; UTF-16 does, on the side of the high byte
            Charset utf16 = nulsOnEvenBytes(bytes) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return decodeAs(bytes, 0, utf16, utf16.name());
        }
        int utf8Error = firstError(bytes, StandardCharsets.UTF_8);
        if (utf8Error < 0) {
            return decodeAs(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        }
        if (Utf8Evidence.looksLikeDamagedUtf8(bytes)) {
            // UTF-8 bytes often happen to be valid GB18030: decoding them so would be silent mojibake
            throw undecodable(bytes, utf8Error, "UTF-8");
        }
        if (firstError(bytes, GBK) < 0) {
            return decodeAs(bytes, 0, GBK, "GBK");
        }
        return decodeAs(bytes, 0, GB18030, "GB18030");
    }

    private static DecodedText decodeAs(byte[] bytes, int skip, Charset charset, String label)
            throws UndecodableException {
        int error = firstError(bytes, skip, charset);
        if (error >= 0) {
            throw undecodable(bytes, error, label);
        }
        try {
            String text = strict(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new DecodedText(normaliseLineEnds(stripBom(text)), label);
        } catch (CharacterCodingException e) {
            throw undecodable(bytes, skip, label);
        }
    }

    private static int firstError(byte[] bytes, Charset charset) {
        return firstError(bytes, 0, charset);
    }

    /** Offset of the first byte that does not decode, or -1 when all of them do. */
    private static int firstError(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static UndecodableException undecodable(byte[] bytes, int offset, String tried) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String message = offset < bytes.length
                ? NLS.bind(Messages.EncodingDetector_undecodable, HexFormat.of().withUpperCase()
                        .formatHex(bytes, offset, Math.min(bytes.length, offset + 4)), tried)
                : NLS.bind(Messages.EncodingDetector_undecodableAtEnd, tried);
        return new UndecodableException(line, offset - lineStart + 1, message);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nulsOnEvenBytes(byte[] bytes) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        return even > odd;
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
