/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.pdf.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.eclipse.osgi.util.NLS;

import podium.reports.api.ExportContext;
import podium.reports.api.ReportException;

/**
 * The Chinese TrueType font a PDF embeds, open until the PDF is saved: the file named by the export
 * option {@code font}, else by the environment variable {@code PODIUM_CJK_FONT} (either must be
 * usable), else the first usable of the usual Linux font files, else what {@code fc-match} names for
 * Chinese. Usable: a .ttf, or a .ttc with a member that has TrueType outlines and Chinese characters.
 */
public final class CjkFont implements Closeable {

    /** The export option naming the font file. */
    public static final String OPTION = "font"; //$NON-NLS-1$
    /** The environment variable naming the font file. */
    public static final String ENVIRONMENT = "PODIUM_CJK_FONT"; //$NON-NLS-1$

    /** Debian's and Ubuntu's Chinese TrueType fonts, the best first. */
    public static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), //$NON-NLS-1$
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), //$NON-NLS-1$
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), //$NON-NLS-1$
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc")); //$NON-NLS-1$

    /** 中: a font without it is no Chinese font. */
    private static final int HAN = 0x4E2D;

    private final Path file;
    private final TrueTypeFont font;
    private final Closeable source;

    private CjkFont(Path file, TrueTypeFont font, Closeable source) {
        this.file = file;
        this.font = font;
        this.source = source;
    }

    /** The font for an export, found as the class comment says. */
    public static CjkFont open(ExportContext context) throws ReportException {
        return open(context.option(OPTION).orElse(null), System::getenv, SYSTEM_FONTS, true);
    }

    /**
     * @param option      the file named by the export option, or null
     * @param environment the environment variables
     * @param candidates  font files to try when none is named
     * @param fcMatch     whether to ask fc-match at last
     */
    public static CjkFont open(String option, Function<String, String> environment, List<Path> candidates, boolean fcMatch)
            throws ReportException {
        if (option != null && !option.isBlank()) {
            return named(Path.of(option.trim()), Messages.Font_fromOption);
        }
        String variable = environment.apply(ENVIRONMENT);
        if (variable != null && !variable.isBlank()) {
            return named(Path.of(variable.trim()), Messages.Font_fromEnvironment);
        }
        List<Path> tried = new ArrayList<>(candidates);
        for (Path candidate : candidates) {
            Optional<CjkFont> found = quietly(candidate);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (fcMatch) {
            Optional<Path> matched = fcMatch();
            if (matched.isPresent()) {
                Optional<CjkFont> found = quietly(matched.get());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new ReportException(NLS.bind(Messages.Font_none,
                String.join(", ", tried.stream().map(Path::toString).toList()), Messages.Font_howTo)); //$NON-NLS-1$
    }

    /** The font file the PDF embeds. */
    public Path file() {
        return file;
    }

    /** The font (of a collection: its first member with Chinese characters). */
    public TrueTypeFont font() {
        return font;
    }

    /** Whether the font can draw {@code codePoint}. */
    public boolean has(int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** A file the user named: it must exist and be usable, or the export fails saying why. */
    private static CjkFont named(Path file, String namedBy) throws ReportException {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(NLS.bind(Messages.Font_missing, new Object[] {file, namedBy, Messages.Font_howTo}));
        }
        try {
            return load(file);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof Unusable ? e.getMessage() : String.valueOf(e.getMessage());
            throw new ReportException(NLS.bind(Messages.Font_unusable, new Object[] {file, namedBy, why, Messages.Font_howTo}), e);
        }
    }

    /** A font file the system may have: empty when it is missing or unusable. */
    private static Optional<CjkFont> quietly(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(load(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static CjkFont load(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) { //$NON-NLS-1$
            return collection(file);
        }
        if (!name.endsWith(".ttf")) { //$NON-NLS-1$
            throw new Unusable(Messages.Font_notTrueType);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        try {
            check(font);
            return new CjkFont(file, font, font);
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
    }

    /** The first member of the collection with TrueType outlines and Chinese characters; the collection stays open. */
    private static CjkFont collection(Path file) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            List<String> names = new ArrayList<>();
            collection.processAllFonts(f -> names.add(f.getName()));
            IOException reason = new Unusable(Messages.Font_noChinese);
            for (String member : names) {
                TrueTypeFont font = collection.getFontByName(member);
                try {
                    check(font);
                    return new CjkFont(file, font, collection);
                } catch (Unusable e) {
                    reason = e;
                }
            }
            throw reason;
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    private static void check(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript() || font.getGlyph() == null) {
            throw new Unusable(Messages.Font_notTrueType);
        }
        if (font.getUnicodeCmapLookup(false) == null || font.getUnicodeCmapLookup().getGlyphId(HAN) == 0) {
            throw new Unusable(Messages.Font_noChinese);
        }
    }

    /** The file fc-match names for Chinese, when it answers within five seconds with a TrueType file. */
    private static Optional<Path> fcMatch() {
        try {
            Process process = new ProcessBuilder("fc-match", "-f", "%{file}", ":lang=zh") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String answer;
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                answer = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            String lower = answer.toLowerCase(Locale.ROOT);
            return process.exitValue() == 0 && (lower.endsWith(".ttf") || lower.endsWith(".ttc")) //$NON-NLS-1$ //$NON-NLS-2$
                    ? Optional.of(Path.of(answer)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no fontconfig
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Why a font file cannot be used, in the user's words. */
    private static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }
}
