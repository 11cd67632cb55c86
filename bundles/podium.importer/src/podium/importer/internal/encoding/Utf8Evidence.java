/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.encoding;

/**
 * Tells UTF-8 with a few damaged bytes from GBK text: well-formed multi-byte UTF-8 sequences are rare in
 * GBK, so a file made mostly of them is UTF-8, and its invalid bytes are damage to report.
 */
final class Utf8Evidence {

    private Utf8Evidence() {
    }

    static boolean looksLikeDamagedUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(b);
            if (length > 0 && continues(bytes, i, length)) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 3 && valid >= 4 * invalid;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static boolean continues(byte[] bytes, int start, int length) {
        if (start + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[start + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
