/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.core.Severity;
import podium.importer.ImportCodes;
import podium.importer.RepairKind;
import podium.importer.internal.Messages;
import podium.importer.internal.cleanup.MisalignmentResolver.Resolution;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Repairs GBK mojibake where a byte was lost and pinyin survived ({@code ?,F(xiàn)在 → 。現(xiàn)在}), and
 * replaces what cannot be recovered with □ and a problem, so that no {@code ?gòu)} or {@code ?;} stays.
 * Runs before pinyin annotations are removed, because the pinyin is evidence.
 */
public final class MojibakeRepair implements CleanupStage {

    private static final char LOST = '□';
    private final GbkMisalignment misalignment;
    private final MisalignmentResolver resolver;

    public MojibakeRepair() {
        this(WordDictionary.icu(), HanReadings.icu());
    }

    MojibakeRepair(WordDictionary dictionary, HanReadings readings) {
        this.resolver = new MisalignmentResolver(dictionary, readings);
        this.misalignment = new GbkMisalignment(readings, c -> c != 0 && resolver.isPlausible((char) c));
    }

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        String text = tracked.text();
        int i = text.indexOf('?');
        DocumentEvidence evidence = i < 0 ? DocumentEvidence.none() : DocumentEvidence.of(text);
        while (i >= 0) {
            int next = repairAt(tracked, i, evidence, edits, findings);
            i = text.indexOf('?', next);
        }
    }

    /** Repairs the stretch at the {@code ?} at {@code i}; returns where to continue. */
    private int repairAt(TrackedText tracked, int i, DocumentEvidence evidence, TextEdits edits,
            List<Finding> findings) {
        String text = tracked.text();
        List<GbkMisalignment.Alignment> alignments = misalignment.alignments(text, i);
        // the bytes explain most stretches; a character known only by its pinyin is the last resort
        Resolution resolution = resolver.resolve(text, i,
                alignments.stream().filter(a -> !a.needsReadingTable()).toList(), evidence);
        if ((resolution == null || resolution.unresolved() > 0)
                && alignments.stream().anyMatch(GbkMisalignment.Alignment::needsReadingTable)) {
            Resolution withTable = resolver.resolve(text, i, alignments, evidence);
            if (withTable != null && (resolution == null || withTable.unresolved() < resolution.unresolved())) {
                resolution = withTable;
            }
        }
        if (resolution != null) {
            boolean lost = resolution.unresolved() > 0;
            edits.replace(i, resolution.end(), resolution.replacement(),
                    lost ? RepairKind.LOST_CHARACTER : RepairKind.MOJIBAKE);
            if (lost) {
                findings.add(lostCharacters(tracked, i, text.substring(i, resolution.end()),
                        resolution.unresolved()));
            }
            return resolution.end();
        }
        int junkEnd = residueEnd(text, i);
        if (junkEnd > 0) {
            edits.replace(i, junkEnd, String.valueOf(LOST), RepairKind.LOST_CHARACTER);
            findings.add(lostCharacters(tracked, i, text.substring(i, junkEnd), 1));
            return junkEnd;
        }
        return i + 1;
    }

    /**
     * The end of junk that must not stay even unrepaired: a {@code ?} followed by bare pinyin
     * ({@code ?gòu)}), or by ASCII punctuation that only a lost full-width byte explains ({@code ?;}).
     */
    private static int residueEnd(String text, int i) {
        int syllableEnd = PinyinAnnotations.bareSyllableEnd(text, i + 1);
        if (syllableEnd > 0) {
            return syllableEnd;
        }
        if (i + 1 < text.length() && ";:!,".indexOf(text.charAt(i + 1)) >= 0) {
            return i + 1;
        }
        return -1;
    }

    private static Finding lostCharacters(TrackedText tracked, int at, String junk, int count) {
        return new Finding(tracked.originOf(at), Severity.WARNING, ImportCodes.MOJIBAKE,
                NLS.bind(count == 1 ? Messages.MojibakeRepair_lostCharacter : Messages.MojibakeRepair_lostCharacters,
                        new Object[] {junk, String.valueOf(count), String.valueOf(LOST)}));
    }
}
